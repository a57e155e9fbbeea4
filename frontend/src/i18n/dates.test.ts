import { describe, expect, it } from "vitest";
import { formatSentAt } from "../messages/format";
import { formatDateIn } from "./dates";

describe("formatDateIn", () => {
  it.each([
    ["en", "Monday 2 March 2026"],
    ["pl", "poniedziałek, 2 marca 2026"],
    ["cy", "Monday 2 March 2026"],
  ])("formats a date in %s", (language, expected) => {
    expect(formatDateIn("2026-03-02", language)).toBe(expected);
  });

  it("keeps Latin digits in Arabic", () => {
    expect(formatDateIn("2026-03-02", "ar")).toContain("2026");
  });
});

describe("formatSentAt", () => {
  it("uses London time in summer", () => {
    expect(formatSentAt("2026-07-01T08:05:00.000Z", "en")).toBe(
      "Wednesday 1 July 2026 at 9:05am",
    );
  });

  it("returns an invalid instant unchanged", () => {
    expect(formatSentAt("not a date", "en")).toBe("not a date");
  });
});
