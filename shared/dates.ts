/**
 * Calendar dates for the statutory timeline.
 *
 * Statutory limits are counted in calendar days and weeks in England, so the
 * timeline works on plain dates ("2026-03-02") in Europe/London, never on
 * instants. Instants are stored in UTC and turned into a London date once.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Converts an instant to the calendar date it falls on in London. */
export function londonDate(instant: Date | string): IsoDate {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Invalid instant: ${String(instant)}`);
  }

  const parts = Object.fromEntries(
    londonParts.formatToParts(date).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Parses a plain date, rejecting impossible ones such as 2026-02-30. */
export function parseIsoDate(value: IsoDate): Date {
  const match = ISO_DATE.exec(value);
  if (!match) throw new RangeError(`Invalid date: ${value}`);

  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.toISOString().slice(0, 10) !== value) {
    throw new RangeError(`Invalid date: ${value}`);
  }
  return date;
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const result = parseIsoDate(date);
  result.setUTCDate(result.getUTCDate() + days);
  return result.toISOString().slice(0, 10);
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

/** Adds calendar months, keeping to the last day of a shorter month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const start = parseIsoDate(date);
  const target = new Date(
    Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1),
  );
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from one date to another: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const milliseconds = parseIsoDate(to).getTime() - parseIsoDate(from).getTime();
  return Math.round(milliseconds / 86_400_000);
}

const longFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** Formats a date the GOV.UK way: "Monday 2 March 2026". */
export function formatLongDate(date: IsoDate): string {
  return longFormat.format(parseIsoDate(date)).replace(",", "");
}

/** Whole years between a date of birth and a later date. */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const birth = parseIsoDate(dateOfBirth);
  const day = parseIsoDate(on);
  let age = day.getUTCFullYear() - birth.getUTCFullYear();
  const birthdayNotYetReached =
    day.getUTCMonth() < birth.getUTCMonth() ||
    (day.getUTCMonth() === birth.getUTCMonth() && day.getUTCDate() < birth.getUTCDate());
  if (birthdayNotYetReached) age -= 1;
  return age;
}
