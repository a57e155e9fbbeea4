import { describe, expect, it } from "vitest";
import { chaseDay } from "./check-case";
import { parseChaseSchedule } from "./schedule";
import { londonInstant } from "./wake";

describe("londonInstant", () => {
  it.each([
    // Winter: London is on GMT, UTC+0.
    ["2026-01-15", 8, "2026-01-15T08:00:00.000Z"],
    // Summer: British Summer Time, UTC+1.
    ["2026-07-15", 8, "2026-07-15T07:00:00.000Z"],
    // The day before BST starts, and the day it starts (01:00 UTC on 29 March 2026).
    ["2026-03-28", 8, "2026-03-28T08:00:00.000Z"],
    ["2026-03-29", 8, "2026-03-29T07:00:00.000Z"],
    ["2026-03-29", 0, "2026-03-29T00:00:00.000Z"],
    ["2026-03-29", 2, "2026-03-29T01:00:00.000Z"],
    // The day before BST ends, and the day it ends (01:00 UTC on 25 October 2026).
    ["2026-10-24", 8, "2026-10-24T07:00:00.000Z"],
    ["2026-10-25", 8, "2026-10-25T08:00:00.000Z"],
    ["2026-10-25", 0, "2026-10-24T23:00:00.000Z"],
    ["2026-10-25", 2, "2026-10-25T02:00:00.000Z"],
    // Year ends and leap days.
    ["2026-12-31", 23, "2026-12-31T23:00:00.000Z"],
    ["2028-02-29", 8, "2028-02-29T08:00:00.000Z"],
  ])("turns %s at %i:00 into %s", (date, hour, expected) => {
    expect(londonInstant(date, hour)).toBe(expected);
  });
});

describe("chaseDay", () => {
  it.each([
    ["2026-07-15T06:59:59.000Z", "2026-07-14"],
    ["2026-07-15T07:00:00.000Z", "2026-07-15"],
    ["2026-01-15T07:59:59.000Z", "2026-01-14"],
    ["2026-01-15T08:00:00.000Z", "2026-01-15"],
    // 23:30 UTC on 24 October is 00:30 on 25 October in London.
    ["2026-10-24T23:30:00.000Z", "2026-10-24"],
  ])("treats %s as chasing day %s", (instant, expected) => {
    expect(chaseDay(new Date(instant), 8)).toBe(expected);
  });
});

describe("parseChaseSchedule", () => {
  it("defaults when unset", () => {
    expect(parseChaseSchedule(undefined)).toEqual({
      reminderDaysBefore: [14, 7, 0],
      escalationRepeatDays: 7,
      sendHour: 8,
    });
  });

  it("overrides the given fields", () => {
    const schedule = parseChaseSchedule('{"reminderDaysBefore":[10,3],"sendHour":9}');

    expect(schedule.reminderDaysBefore).toEqual([10, 3]);
    expect(schedule.sendHour).toBe(9);
    expect(schedule.escalationRepeatDays).toBe(7);
  });

  it.each([
    ["not json", "must be a JSON object"],
    ['{"sendHour":24}', "sendHour"],
    ['{"escalationRepeatDays":0}', "escalationRepeatDays"],
    ['{"reminderDaysBefore":[]}', "reminderDaysBefore"],
    ['{"remindersBefore":[7]}', "remindersBefore"],
  ])("rejects %s", (raw, expected) => {
    expect(() => parseChaseSchedule(raw)).toThrow(expected);
  });
});
