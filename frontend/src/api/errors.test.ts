import { describe, expect, it } from "vitest";
import { requestSections } from "../../../shared/schemas/request";
import {
  errorsWithin,
  fieldId,
  messageFor,
  toShownErrors,
  zodFieldErrors,
} from "./errors";
import { pathForField } from "../request/sections";

describe("API errors to form fields", () => {
  it("derives ids from dotted paths", () => {
    expect(fieldId("child.dateOfBirth")).toBe("child-dateOfBirth");
    expect(fieldId("parents.0.email")).toBe("parents-0-email");
    expect(fieldId("declaration")).toBe("declaration");
  });

  it("keeps first error per field", () => {
    const shown = toShownErrors([
      { field: "child.dateOfBirth", message: "Enter the child's date of birth" },
      { field: "child.dateOfBirth", message: "Date of birth must be in the past" },
      { field: "parents.0.email", message: "Enter an email address or phone number" },
    ]);

    expect(shown).toHaveLength(2);
    expect(shown[0]).toEqual({
      field: "child.dateOfBirth",
      message: "Enter the child's date of birth",
      target: "child-dateOfBirth",
    });
    expect(shown[1]?.target).toBe("parents-0-email");
    expect(messageFor(shown, "parents.0.email")).toBe(
      "Enter an email address or phone number",
    );
    expect(messageFor(shown, "child.firstName")).toBeUndefined();
  });

  it("prefixes zod paths with section", () => {
    const parsed = requestSections.child.safeParse({ firstName: "Zeph" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;

    const errors = zodFieldErrors(parsed.error, "child");
    const lastName = errors.find((error) => error.field === "child.lastName");
    expect(lastName?.message).toBe("Enter the child's last name");
    expect(errors.every((error) => error.field.startsWith("child."))).toBe(true);
  });

  it("finds errors inside a field", () => {
    const errors = [
      { field: "child.gp.name", message: "Enter the GP's name" },
      { field: "child.gpx", message: "unrelated" },
      { field: "parents.0.email", message: "Enter an email address" },
    ];
    expect(errorsWithin(errors, "child.gp")).toEqual([errors[0]]);
  });

  it.each([
    ["child.dateOfBirth", "/requests/d1/about-the-child#child-dateOfBirth"],
    ["parents.1.phone", "/requests/d1/parents-or-carers#parents-1-phone"],
    ["evidence.0.writtenOn", "/requests/d1/evidence#upload-file"],
    ["consent.confirmed", "/requests/d1/consent#consent-confirmed"],
    ["declaration", "#declaration"],
    ["unknown.field", "/requests/d1"],
  ])("links %s to its page", (field, href) => {
    // Two parents, so the page shows a second one to link to.
    const answers = { parents: [{ firstName: "A" }, { firstName: "B" }] };
    expect(pathForField("d1", field, answers)).toBe(href);
  });
});
