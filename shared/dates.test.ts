import { describe, expect, it } from "vitest";
import {
  addMonths,
  ageOn,
  formatLongDate,
  isIsoDate,
  londonDate,
  parseIsoDate,
} from "./dates";

describe("londonDate", () => {
  it.each([
    { instant: "2026-06-30T23:30:00Z", expected: "2026-07-01" },
    { instant: "2026-06-30T22:59:59Z", expected: "2026-06-30" },
    { instant: "2026-12-31T23:30:00Z", expected: "2026-12-31" },
    { instant: "2026-03-29T00:30:00Z", expected: "2026-03-29" },
    { instant: "2026-10-24T23:30:00Z", expected: "2026-10-25" },
  ])("$instant is $expected in London", ({ instant, expected }) => {
    expect(londonDate(instant)).toBe(expected);
  });
});

describe("parseIsoDate", () => {
  it.each(["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", ""])(
    "rejects %s",
    (value) => {
      expect(() => parseIsoDate(value)).toThrow(RangeError);
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it("accepts 29 February in a leap year", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
  });
});

describe("formatLongDate", () => {
  it.each([
    { date: "2026-03-02", expected: "Monday 2 March 2026" },
    { date: "2026-11-18", expected: "Wednesday 18 November 2026" },
  ])("$date reads $expected", ({ date, expected }) => {
    expect(formatLongDate(date)).toBe(expected);
  });
});

describe("addMonths", () => {
  it.each([
    { date: "2026-03-31", months: -1, expected: "2026-02-28" },
    { date: "2026-12-04", months: -12, expected: "2025-12-04" },
    { date: "2028-02-29", months: 12, expected: "2029-02-28" },
  ])("$date plus $months months", ({ date, months, expected }) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe("ageOn", () => {
  it.each([
    { birth: "2010-12-05", on: "2026-12-04", expected: 15 },
    { birth: "2010-12-04", on: "2026-12-04", expected: 16 },
    { birth: "2000-02-29", on: "2025-02-28", expected: 24 },
  ])("born $birth is $expected on $on", ({ birth, on, expected }) => {
    expect(ageOn(birth, on)).toBe(expected);
  });
});
