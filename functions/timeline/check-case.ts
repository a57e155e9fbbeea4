/**
 * The case timeline's one task. It reads the case, brings the case's
 * obligation items up to date, sends the chasers and escalations that are
 * due, and returns how many obligations are open and when to wake next.
 * The state machine keeps no state, so this task may run any number of
 * times for the same instant. Each chaser is claimed by a conditional put
 * before it is sent, so none goes twice.
 */
import middy from "@middy/core";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import type { Context } from "aws-lambda";
import * as z from "zod";
import { addDays, londonDate, type IsoDate } from "../../shared/dates";
import { openObligations, planChases } from "../../shared/obligations";
import { id } from "../../shared/schemas/common";
import { now as clockNow } from "../commons/clock";
import { describeError, logger } from "../commons/logger";
import { getCaseItem } from "../store/case-store";
import { dispatchQueued } from "../messages/queue";
import { countBreach, planChase, type SentChase } from "./chasers";
import { obligationFactsOf } from "./facts";
import { claimChase, listChaseItems, syncObligationItems } from "./obligation-store";
import { chaseSchedule } from "./schedule";
import { londonInstant } from "./wake";

const eventSchema = z.object({ caseId: id });

export interface CheckResult {
  outstanding: number;
  /** UTC instant of the next chaser, or null when there is nothing left to wait for. */
  nextWakeAt: string | null;
  /** The chasers this check sent, for local reports. The state machine's ResultSelector drops it. */
  sent?: SentChase[];
}

/**
 * Returns the London date whose chasers are due. It is today once the
 * sending hour has come, otherwise yesterday, so nothing goes out before the hour.
 */
export function chaseDay(now: Date, sendHour: number): IsoDate {
  const today = londonDate(now);
  return now.getTime() >= Date.parse(londonInstant(today, sendHour))
    ? today
    : addDays(today, -1);
}

/** An error Step Functions retries: the ASL's Retry names `Unavailable`. */
export class UnavailableError extends Error {
  constructor(cause: unknown) {
    super("A dependency was throttled or timed out", { cause });
    this.name = "Unavailable";
  }
}

function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code ?? "";
  return /Throttl|ProvisionedThroughputExceeded|RequestLimitExceeded|TimeoutError|TimedOut|ECONNREFUSED|ECONNRESET|ServiceUnavailable|InternalServerError|TransactionConflict/.test(
    `${error.name} ${code}`,
  );
}

export async function checkCase(caseId: string, now: Date): Promise<CheckResult> {
  const caseItem = await getCaseItem(caseId);
  if (!caseItem) {
    logger.warn("Case timeline names a case that does not exist", { caseId });
    return { outstanding: 0, nextWakeAt: null };
  }
  logger.appendKeys({ caseReference: caseItem.reference });

  const schedule = chaseSchedule();
  const day = chaseDay(now, schedule.sendHour);
  const obligations = openObligations(obligationFactsOf(caseItem));
  const chases = await listChaseItems(caseId);
  const sentIds = new Set(chases.map((chase) => chase.actionId));
  const plan = planChases(obligations, sentIds, day, schedule);

  const escalated = new Set(
    chases.filter((chase) => chase.kind === "escalation").map((c) => c.obligationId),
  );
  const escalationCounts = new Map<string, number>();
  for (const chase of chases) {
    if (chase.kind !== "escalation") continue;
    escalationCounts.set(
      chase.obligationId,
      (escalationCounts.get(chase.obligationId) ?? 0) + 1,
    );
  }

  const sent: SentChase[] = [];
  for (const action of plan.due) {
    const obligation = obligations.find((o) => o.id === action.obligationId);
    if (!obligation) continue;
    const firstEscalation = action.kind === "escalation" && !escalated.has(obligation.id);
    const planned = await planChase(
      caseItem,
      obligation,
      action,
      firstEscalation,
      day,
      now,
    );

    // The claim and the chaser's messages commit together, so a retry or a
    // second execution finds the claim and queues nothing, and a claimed
    // chaser always has its messages stored for the sender to retry.
    if (!(await claimChase(caseId, action, now, planned.items))) continue;

    if (action.kind === "escalation") {
      escalated.add(obligation.id);
      escalationCounts.set(obligation.id, (escalationCounts.get(obligation.id) ?? 0) + 1);
    }
    if (planned.chase.breach) countBreach(caseItem, obligation);
    await dispatchQueued(planned.queued);
    sent.push(planned.chase);
  }

  await syncObligationItems(caseId, obligations, escalationCounts, now);

  const nextWakeAt =
    obligations.length > 0 && plan.nextDate
      ? londonInstant(plan.nextDate, schedule.sendHour)
      : null;
  logger.info("Case checked", {
    outstanding: obligations.length,
    chasersSent: sent.length,
    nextWakeAt,
  });
  return { outstanding: obligations.length, nextWakeAt, sent };
}

const run = async (event: unknown): Promise<CheckResult> => {
  const parsed = eventSchema.safeParse(event);
  if (!parsed.success) {
    // A malformed event will never succeed, so it fails without a retry.
    throw new Error(`Invalid check-case event: ${z.prettifyError(parsed.error)}`);
  }

  try {
    return await checkCase(parsed.data.caseId, clockNow());
  } catch (error) {
    if (isTransient(error)) {
      logger.warn("Case check failed for a transient reason; Step Functions retries it", {
        caseId: parsed.data.caseId,
        ...describeError(error),
      });
      throw new UnavailableError(error);
    }
    logger.error("Case check failed", {
      caseId: parsed.data.caseId,
      ...describeError(error),
    });
    throw error;
  } finally {
    logger.removeKeys(["caseReference"]);
  }
};

export const handler = middy<unknown, CheckResult, Error, Context>()
  .use(injectLambdaContext(logger, { clearState: true }))
  .handler(run);
