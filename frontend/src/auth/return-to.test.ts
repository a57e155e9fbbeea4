import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-to";

describe("safeReturnPath", () => {
  it.each(["/cases/abc", "/requests/d1/about-the-child", "/?tab=1#x"])(
    "keeps site path %s",
    (path) => {
      expect(safeReturnPath(path)).toBe(path);
    },
  );

  it.each([
    "https://example.com/",
    "//example.com/cases",
    "/\\example.com",
    "/sign-in",
    "javascript:alert(1)",
    "",
    undefined,
  ])("rejects unsafe path %s", (path) => {
    expect(safeReturnPath(path)).toBeUndefined();
  });
});
