/**
 * Turns a London calendar date and a local hour into the UTC instant the
 * state machine waits until. Europe/London is UTC+0 in winter (GMT) and
 * UTC+1 in British Summer Time, which starts at 01:00 UTC on the last Sunday
 * of March and ends at 01:00 UTC on the last Sunday of October.
 */
import { parseIsoDate, type IsoDate } from "../../shared/dates";

const londonClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Minutes London is ahead of UTC at an instant: 0 in GMT, 60 in BST. */
function londonOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(
    londonClock.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  );
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
  );
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** Returns the UTC ISO instant of `hour`:00 London time on `date`. */
export function londonInstant(date: IsoDate, hour: number): string {
  const localAsUtc = parseIsoDate(date).getTime() + hour * 3_600_000;
  // The offset at the guess is right except within an hour of a clock change,
  // so check it once more at the corrected instant.
  let instant = new Date(localAsUtc - londonOffsetMinutes(new Date(localAsUtc)) * 60_000);
  instant = new Date(localAsUtc - londonOffsetMinutes(instant) * 60_000);
  return instant.toISOString();
}
