import { describe, expect, it } from "vitest";
import { completeRequest } from "../../test/fixtures/request";
import { fieldErrors } from "./common";
import {
  assessmentRequestSchema,
  checkRequestDates,
  checkSectionDates,
  isReportOutOfDate,
  requestDraftSchema,
} from "./request";

function errorsFor(input: unknown): { field: string; message: string }[] {
  const result = assessmentRequestSchema.safeParse(input);
  return result.success ? [] : fieldErrors(result.error);
}

describe("assessmentRequestSchema", () => {
  it("accepts a complete request", () => {
    expect(errorsFor(completeRequest())).toEqual([]);
  });

  it.each([
    { field: "child.firstName", change: (r: any) => delete r.child.firstName },
    {
      field: "child.dateOfBirth",
      change: (r: any) => (r.child.dateOfBirth = "2017-02-30"),
    },
    {
      field: "child.address.postcode",
      change: (r: any) => (r.child.address.postcode = "12345"),
    },
    {
      field: "parents.0.email",
      change: (r: any) => (r.parents[0].email = "not-an-email"),
    },
    { field: "declaration", change: (r: any) => (r.declaration = false) },
    { field: "needs", change: (r: any) => (r.needs = {}) },
    { field: "evidence", change: (r: any) => (r.evidence = []) },
    { field: "parents", change: (r: any) => (r.parents = []) },
    { field: "child.upn", change: (r: any) => (r.child.upn = "123") },
    { field: "views.child", change: (r: any) => (r.views.child = "   ") },
    { field: "child.lastName", change: (r: any) => (r.child.lastName = "x".repeat(101)) },
    { field: "child.firstName", change: (r: any) => (r.child.firstName = "Zeph\u0000") },
  ])("names $field when it is wrong", ({ field, change }) => {
    const request = structuredClone(completeRequest());
    change(request);

    const fields = errorsFor(request).map((error) => error.field);

    expect(fields).toContain(field);
  });

  it("rejects fields it does not know", () => {
    const request = { ...completeRequest(), isAdmin: true };

    expect(errorsFor(request).map((error) => error.field)).toContain("isAdmin");
  });

  it("requires consent when a school asks", () => {
    const request = completeRequest({ requester: { type: "school" } });

    expect(errorsFor(request).map((error) => error.field)).toContain("consent");
  });

  it("accepts a school request with consent", () => {
    const request = completeRequest({
      requester: { type: "school" },
      consent: {
        givenBy: "Marigold Quillfeather",
        givenOn: "2026-11-20",
        confirmed: true,
      },
    });

    expect(errorsFor(request)).toEqual([]);
  });

  it("requires a social worker when looked after", () => {
    const request = structuredClone(completeRequest());
    request.child.lookedAfter = true;

    expect(errorsFor(request).map((error) => error.field)).toContain(
      "child.socialWorker",
    );
  });

  it("requires contact details for a young person", () => {
    const request = completeRequest({ requester: { type: "young-person" }, parents: [] });

    expect(errorsFor(request).map((error) => error.field)).toContain("child.email");
  });

  it("messages name what to enter", () => {
    const request = structuredClone(completeRequest()) as any;
    delete request.child.firstName;

    expect(errorsFor(request)).toContainEqual({
      field: "child.firstName",
      message: "Enter the child's first name",
    });
  });
});

describe("checkRequestDates", () => {
  const today = "2026-12-04";

  it("accepts a request with past dates", () => {
    expect(checkRequestDates(completeRequest(), today)).toEqual([]);
  });

  it("rejects a birth date in the future", () => {
    const request = structuredClone(completeRequest());
    request.child.dateOfBirth = "2027-01-01";

    expect(checkRequestDates(request, today).map((e) => e.field)).toEqual([
      "child.dateOfBirth",
    ]);
  });

  it("rejects someone over 25", () => {
    const request = structuredClone(completeRequest());
    request.child.dateOfBirth = "2000-01-01";

    expect(checkRequestDates(request, today).map((e) => e.field)).toContain(
      "child.dateOfBirth",
    );
  });

  it("rejects a young person under 16", () => {
    const request = completeRequest({ requester: { type: "young-person" } });

    expect(checkRequestDates(request, today).map((e) => e.field)).toContain(
      "requester.type",
    );
  });

  it("rejects a report dated in the future", () => {
    const request = structuredClone(completeRequest());
    request.evidence[0]!.writtenOn = "2027-02-01";

    expect(checkRequestDates(request, today).map((e) => e.field)).toContain(
      "evidence.0.writtenOn",
    );
  });
});

describe("checkSectionDates", () => {
  const today = "2026-12-04";

  it("accepts past dates in each section", () => {
    const request = completeRequest();
    expect(checkSectionDates("child", request.child, today)).toEqual([]);
    expect(checkSectionDates("evidence", request.evidence, today)).toEqual([]);
  });

  it.each([
    {
      section: "child",
      value: { dateOfBirth: "2027-01-01" },
      field: "child.dateOfBirth",
    },
    {
      section: "child",
      value: { dateOfBirth: "1990-05-05" },
      field: "child.dateOfBirth",
    },
    {
      section: "child",
      value: { dateOfBirth: "2015-05-05", arrivedInUkOn: "2026-12-05" },
      field: "child.arrivedInUkOn",
    },
    { section: "consent", value: { givenOn: "2026-12-05" }, field: "consent.givenOn" },
    {
      section: "evidence",
      value: [{ writtenOn: "2026-12-01" }, { writtenOn: "2027-03-01" }],
      field: "evidence.1.writtenOn",
    },
  ] as const)("rejects impossible $field", ({ section, value, field }) => {
    expect(checkSectionDates(section, value, today).map((error) => error.field)).toEqual([
      field,
    ]);
  });

  it("rejects young person under 16", () => {
    const errors = checkSectionDates(
      "child",
      { dateOfBirth: "2015-05-05" },
      today,
      "young-person",
    );
    expect(errors.map((error) => error.field)).toEqual(["child.dateOfBirth"]);
  });

  it("skips dates that are not real", () => {
    expect(checkSectionDates("child", { dateOfBirth: "2027-02-31" }, today)).toEqual([]);
  });
});

describe("isReportOutOfDate", () => {
  it.each([
    { writtenOn: "2025-12-04", expected: false },
    { writtenOn: "2025-12-03", expected: true },
    { writtenOn: "2026-11-30", expected: false },
  ])("report of $writtenOn flagged: $expected", ({ writtenOn, expected }) => {
    expect(isReportOutOfDate(writtenOn, "2026-12-04")).toBe(expected);
  });
});

describe("requestDraftSchema", () => {
  it("accepts a half-finished draft", () => {
    const result = requestDraftSchema.safeParse({
      requester: { type: "parent" },
      child: { firstName: "Zephyrine" },
    });

    expect(result.success).toBe(true);
  });

  it("still checks the fields present", () => {
    const result = requestDraftSchema.safeParse({ child: { dateOfBirth: "yesterday" } });

    expect(result.success).toBe(false);
  });
});
