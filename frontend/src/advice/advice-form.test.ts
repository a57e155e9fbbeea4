import { describe, expect, it } from "vitest";
import { includedAreas, toAdviceForm, toFormValues, toScreenErrors } from "./advice-form";

describe("advice form values", () => {
  it("round-trips a saved form", () => {
    const saved = {
      summary: "Summary",
      areas: [
        {
          area: "sensory-and-physical" as const,
          needs: "Needs",
          severity: 0,
          outcomes: "Outcomes",
          provision: [
            { what: "A", who: "B", howOften: "C", forHowLong: "D" },
            { what: "E", who: "F", howOften: "G", forHowLong: "H" },
          ],
        },
      ],
      reportDocumentId: "doc-1",
    };
    const values = toFormValues(saved);
    expect(values.areas["sensory-and-physical"].severity).toBe("0");
    expect(toAdviceForm(values)).toEqual({ ...saved, reusesExistingAdvice: undefined });
  });

  it("leaves out blank areas", () => {
    const values = toFormValues({});
    values.areas["cognition-and-learning"].severity = "2";
    expect(includedAreas(values)).toEqual(["cognition-and-learning"]);
    expect(toAdviceForm(values).areas).toEqual([
      { area: "cognition-and-learning", severity: 2, provision: [] },
    ]);
  });

  it("maps API errors to screen fields", () => {
    const values = toFormValues({});
    values.areas["social-emotional-and-mental-health"].needs = "x";
    const errors = toScreenErrors(
      [
        { field: "form.areas.0.outcomes", message: "a" },
        { field: "form.areas.0.provision", message: "b" },
        { field: "form.areas.0.provision.0.who", message: "c" },
        { field: "form.reportDocumentId", message: "d" },
        { field: "form.summary", message: "e" },
      ],
      values,
    );
    expect(errors.map((error) => error.field)).toEqual([
      "areas.social-emotional-and-mental-health.outcomes",
      "areas.social-emotional-and-mental-health.what",
      "areas.social-emotional-and-mental-health.who",
      "report.file",
      "summary",
    ]);
  });
});
