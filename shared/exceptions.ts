/**
 * Lawful exceptions to the statutory time limits. Regs 10(4) and 13(3) of the
 * SEND Regulations 2014 lift the 16- and 20-week limits where meeting them is
 * impractical; reg 8 excuses late advice only for a missed appointment.
 */
import { addDays, daysBetween, type IsoDate } from "./dates";

export const exceptionKinds = [
  "school-closure",
  "personal-circumstances",
  "away-from-area",
  "missed-appointment",
] as const;

/** A lawful exception to a time limit, recorded by staff with dates and a reason. */
export interface TimeLimitException {
  exceptionId: string;
  /**
   * - `school-closure`: advice asked of a school from a week before it closed
   *   for 4 or more weeks until a week before it reopened;
   * - `personal-circumstances`: exceptional personal circumstances of the child or family;
   * - `away-from-area`: the child or parent away from the area for 4 or more weeks;
   * - `missed-appointment`: the family missed an appointment for advice (reg 8 only).
   */
  kind:
    "school-closure" | "personal-circumstances" | "away-from-area" | "missed-appointment";
  startsOn: IsoDate;
  endsOn: IsoDate;
  /** For a missed appointment, the advice request it affects. */
  adviceId?: string;
}

/** Exceptions that may move the 16- and 20-week limits (regs 10(4) and 13(3)). */
export const planExceptionKinds = [
  "school-closure",
  "personal-circumstances",
  "away-from-area",
] as const;

/** Days an exception adds: the whole period it covers, both ends included. */
export function exceptionDays(exception: TimeLimitException): number {
  return Math.max(daysBetween(exception.startsOn, exception.endsOn) + 1, 0);
}

/** Moves a 16- or 20-week limit by the days of every exception that applies to it. */
export function extendForPlanExceptions(
  dueDate: IsoDate,
  exceptions: TimeLimitException[],
): IsoDate {
  const days = exceptions
    .filter((e) => (planExceptionKinds as readonly string[]).includes(e.kind))
    .reduce((total, e) => total + exceptionDays(e), 0);
  return addDays(dueDate, days);
}
