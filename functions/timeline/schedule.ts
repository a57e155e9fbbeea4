/**
 * The chase schedule in force. CHASE_SCHEDULE may hold a JSON object that
 * overrides any of the default's fields; an invalid value stops the function
 * from starting rather than silently chasing on the wrong days.
 */
import * as z from "zod";
import { defaultChaseSchedule, type ChaseSchedule } from "../../shared/obligations";

const scheduleSchema = z.strictObject({
  reminderDaysBefore: z.array(z.number().int().min(0).max(90)).min(1).max(10).optional(),
  escalationRepeatDays: z.number().int().min(1).max(90).optional(),
  sendHour: z.number().int().min(0).max(23).optional(),
});

export function parseChaseSchedule(raw: string | undefined): ChaseSchedule {
  if (raw === undefined || raw.trim() === "") return defaultChaseSchedule;

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error("CHASE_SCHEDULE must be a JSON object");
  }
  const parsed = scheduleSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`CHASE_SCHEDULE is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return { ...defaultChaseSchedule, ...parsed.data };
}

let cached: { raw: string | undefined; schedule: ChaseSchedule } | undefined;

/** Returns the schedule from CHASE_SCHEDULE, parsed once per value. */
export function chaseSchedule(): ChaseSchedule {
  const raw = process.env.CHASE_SCHEDULE;
  if (!cached || cached.raw !== raw) cached = { raw, schedule: parseChaseSchedule(raw) };
  return cached.schedule;
}
