import { describe, expect, it } from "vitest";
import { auditActionName, roleWithArticle } from "./labels";
import { ApiError } from "./api/client";

describe("roleWithArticle", () => {
  it.each([
    ["finance", "a finance officer"],
    ["supporter", "an independent adviser"],
    ["coordinator", "an EHC coordinator"],
    ["parent", "a parent or carer"],
    ["business-support", "a business support officer"],
  ] as const)("names %s", (role, expected) => {
    expect(roleWithArticle(role)).toBe(expected);
  });
});

describe("auditActionName", () => {
  it.each([
    ["case-viewed", "Case viewed"],
    ["request-submitted", "Request submitted"],
    ["request-viewed", "Request answers viewed"],
  ])("reads %s plainly", (action, expected) => {
    expect(auditActionName(action)).toBe(expected);
  });

  it("spaces an unlisted action", () => {
    expect(auditActionName("something-new")).toBe("Something new");
  });
});

describe("ApiError.isRetryable", () => {
  it.each([
    [0, true],
    [500, true],
    [503, true],
    [429, true],
    [403, false],
    [404, false],
    [400, false],
  ])("status %i retryable is %s", (status, expected) => {
    expect(new ApiError(status, "failed").isRetryable).toBe(expected);
  });
});
