import { describe, expect, it } from "vitest";
import { requestSections } from "../../../shared/schemas/request";
import { flattenAnswers, joinDate, unflattenValues } from "./form-values";

describe("form values", () => {
  it.each([
    [["2", "3", "2026"], "2026-03-02"],
    [["14", "11", "2017"], "2017-11-14"],
    [["", "", ""], undefined],
    [["31", "2", "2026"], "2026-02-31"],
    [["x", "3", "2026"], "2026-03-x"],
  ])("joins date parts %j", (parts, expected) => {
    expect(joinDate(parts[0], parts[1], parts[2])).toBe(expected);
  });

  it("round trips a child section", () => {
    const child = {
      firstName: "Zephyrine",
      lastName: "Quillfeather",
      dateOfBirth: "2017-09-04",
      gender: "female",
      address: { line1: "14 Larkspur Row", town: "Exampleton", postcode: "AB1 2CD" },
      firstLanguage: "English",
      previousSettings: [{ name: "Little Acorns", from: "2019-09-02", to: "2021-07-20" }],
      lookedAfter: false,
    };
    const values = flattenAnswers(child, "child");

    expect(values["child.dateOfBirth.day"]).toBe("4");
    expect(values["child.dateOfBirth.month"]).toBe("9");
    expect(values["child.lookedAfter"]).toBe("no");
    expect(values["child.previousSettings.0.name"]).toBe("Little Acorns");
    expect(unflattenValues(values, "child")).toEqual(child);
    expect(
      requestSections.child.safeParse(unflattenValues(values, "child")).success,
    ).toBe(true);
  });

  it("drops blank optional answers", () => {
    const values = {
      "child.firstName": "Zeph",
      "child.knownAs": "  ",
      "child.gp.name": "",
      "child.gp.practice": "",
      "child.arrivedInUkOn.day": "",
      "child.arrivedInUkOn.month": "",
      "child.arrivedInUkOn.year": "",
    };
    expect(unflattenValues(values, "child")).toEqual({ firstName: "Zeph" });
  });

  it("compacts a blank list item", () => {
    const values = {
      "parents.0.firstName": "Marigold",
      "parents.0.interpreterNeeded": "yes",
      "parents.1.firstName": "",
      "parents.1.email": "",
    };
    expect(unflattenValues(values, "parents")).toEqual([
      { firstName: "Marigold", interpreterNeeded: true },
    ]);
  });

  it("reads a ticked confirmation", () => {
    const values = { "consent.confirmed": "yes", "consent.givenBy": "Marigold" };
    expect(unflattenValues(values, "consent")).toEqual({
      confirmed: true,
      givenBy: "Marigold",
    });
  });

  it("ignores other sections' values", () => {
    const values = { "child.firstName": "Zeph", "childhood.note": "x" };
    expect(unflattenValues(values, "child")).toEqual({ firstName: "Zeph" });
  });
});
