/**
 * The local service's demo clock. Only the local runtime serves
 * `/local/clock`; in AWS the app never calls it, because `/config.json`
 * there has no `localClock` setting.
 */
import * as z from "zod";

export const localClockSchema = z.object({
  /** The virtual instant, in UTC. */
  now: z.string(),
  /** The London date of that instant, as `YYYY-MM-DD`. */
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export type LocalClock = z.output<typeof localClockSchema>;

async function readClock(response: Response): Promise<LocalClock> {
  if (!response.ok) {
    throw new Error(`The demo clock returned status ${response.status}`);
  }
  return localClockSchema.parse(await response.json());
}

export async function getLocalClock(): Promise<LocalClock> {
  return readClock(await fetch("/local/clock", { cache: "no-store" }));
}

/** Moves the demo clock forward by whole days (the local service accepts 1 to 365). */
export async function advanceLocalClock(days: number): Promise<LocalClock> {
  return readClock(
    await fetch("/local/clock", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ advanceDays: days }),
    }),
  );
}
