/**
 * Records a lawful exception to a time limit. Only a missed appointment
 * excuses late advice (reg 8). School closure, exceptional personal
 * circumstances and time away from the area move the 16- and 20-week limits
 * only (regs 10(4) and 13(3)). The exception is kept on the case's facts,
 * and the case is flagged for the statutory return, which records whether an
 * exception applied to the 20-week limit.
 */
import { randomUUID } from "node:crypto";
import type { ExceptionBody } from "../../shared/api";
import { londonDate } from "../../shared/dates";
import { ConflictError, InvalidError } from "../../shared/errors";
import { openObligations, type Obligation } from "../../shared/obligations";
import { openStages, type CaseView } from "../../shared/schemas/case";
import { computeTimeline, nextDueDate } from "../../shared/timeline";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { config } from "../commons/config";
import { logger } from "../commons/logger";
import {
  dispatchQueued,
  nothingQueued,
  queueMessages,
  type Queued,
} from "../messages/queue";
import { familyRecipients } from "../messages/send";
import { exceptionApplied, type DateMove } from "../messages/timeline-templates";
import { auditPut, type Actor } from "../store/audit";
import {
  caseloadKeys,
  getCaseItem,
  getRequestItem,
  listCaseDocuments,
  type CaseItem,
} from "../store/case-store";
import { keys } from "../store/table";
import { transact } from "../store/transact";
import { withTimeline } from "../timeline/case-timeline-view";
import {
  caseFactsOf,
  obligationFactsOf,
  type CaseFacts,
  type RecordedException,
} from "../timeline/facts";
import { restartTimeline } from "../workflow/timeline";
import { caseNotFound, loadCaseFor } from "./access";
import { toCaseView } from "./case-view";

function checkApplies(caseItem: CaseItem, body: ExceptionBody): void {
  if (!openStages.includes(caseItem.stage)) {
    throw new ConflictError("This case has ended, so no time limit can be moved");
  }

  const facts = caseFactsOf(caseItem);
  if (body.kind === "missed-appointment") {
    const advice = (facts.adviceRequests ?? []).find(
      (request) => request.adviceId === body.adviceId,
    );
    if (!advice) {
      throw new InvalidError([
        {
          field: "adviceId",
          message: "Select advice that has been requested for this case",
        },
      ]);
    }
    if (advice.submittedOn) {
      throw new InvalidError([
        {
          field: "adviceId",
          message: "This advice has already been sent, so it cannot be late",
        },
      ]);
    }
    return;
  }

  if (body.adviceId) {
    throw new InvalidError([
      {
        field: "adviceId",
        message:
          "Only a missed appointment applies to one piece of advice. Remove the advice",
      },
    ]);
  }
  // The 16- and 20-week limits start to matter once the council has decided to assess.
  if (facts.decisionToAssess?.outcome !== "assess") {
    throw new InvalidError([
      {
        field: "kind",
        message:
          "This exception moves the 16- and 20-week limits, which apply once the council has decided to assess",
      },
    ]);
  }
}

/** Lists the due dates the exception moved, comparing the obligations before and after. */
function movesBetween(before: Obligation[], after: Obligation[]): DateMove[] {
  const previous = new Map(before.map((o) => [o.id, o.dueDate]));
  return after
    .filter((o) => previous.has(o.id) && previous.get(o.id) !== o.dueDate)
    .map((o) => ({ kind: o.kind, from: previous.get(o.id)!, to: o.dueDate }));
}

export async function recordException(
  principal: AuthenticatedPrincipal,
  caseId: string,
  body: ExceptionBody,
  actor: Actor,
  now: Date,
): Promise<CaseView> {
  const caseItem = await loadCaseFor(principal, caseId, actor, now);
  checkApplies(caseItem, body);

  const exception: RecordedException = {
    exceptionId: randomUUID(),
    kind: body.kind,
    startsOn: body.startsOn,
    endsOn: body.endsOn,
    adviceId: body.adviceId,
    reason: body.reason,
    recordedBy: principal.userId,
    recordedAt: now.toISOString(),
  };
  const facts: CaseFacts = {
    ...caseFactsOf(caseItem),
    exceptions: [...(caseFactsOf(caseItem).exceptions ?? []), exception],
  };
  const before = openObligations(obligationFactsOf(caseItem));
  const after = openObligations(obligationFactsOf({ ...caseItem, facts }));
  const moves = movesBetween(before, after);

  const nextDue = nextDueDate(computeTimeline(facts, londonDate(now)));
  const values: Record<string, unknown> = {
    ":facts": facts,
    ":expected": body.expectedVersion,
    ":next": body.expectedVersion + 1,
    ":now": now.toISOString(),
    ":applied": body.kind !== "missed-appointment",
    ":stage": caseItem.stage,
  };
  let expression = "SET facts = :facts, version = :next, updatedAt = :now";
  // The statutory return records whether an exception applied to the 20-week limit.
  if (body.kind !== "missed-appointment") expression += ", exceptionApplied = :applied";
  else delete values[":applied"];
  if (caseItem.coordinatorId) {
    values[":gsi2sk"] = caseloadKeys(caseItem.coordinatorId, nextDue, caseId).GSI2SK;
    expression += ", GSI2SK = :gsi2sk";
  }

  const message = await tellFamily(caseItem, body.kind, moves, now);
  const outcome = await transact([
    ...message.items,
    {
      Update: {
        TableName: config.tableName,
        Key: keys.case(caseId),
        UpdateExpression: expression,
        ConditionExpression: "version = :expected AND stage = :stage",
        ExpressionAttributeValues: values,
      },
    },
    auditPut({
      caseId,
      actor,
      action: "exception-recorded",
      at: now,
      // The reason is free text that may describe the family, so it stays on the case.
      detail: `Exception ${exception.exceptionId} (${body.kind}) from ${body.startsOn} to ${body.endsOn}`,
    }),
  ]);
  if (!outcome.committed) {
    if (!(await getCaseItem(caseId))) throw caseNotFound();
    throw new ConflictError();
  }

  logger.info("Exception recorded", {
    caseReference: caseItem.reference,
    exceptionKind: body.kind,
    datesMoved: moves.length,
  });
  const updated = (await getCaseItem(caseId)) as CaseItem;

  await dispatchQueued(message);
  await restartTimeline(caseId);
  return withTimeline(
    toCaseView(updated, await listCaseDocuments(caseId), now),
    updated,
    principal.role,
    now,
  );
}

async function tellFamily(
  caseItem: CaseItem,
  kind: ExceptionBody["kind"],
  moves: DateMove[],
  now: Date,
): Promise<Queued> {
  if (moves.length === 0) return nothingQueued;
  const requestItem = await getRequestItem(caseItem.caseId);
  if (!requestItem) return nothingQueued;

  return queueMessages(
    familyRecipients(requestItem.request),
    exceptionApplied({
      reference: caseItem.reference,
      caseId: caseItem.caseId,
      exceptionKind: kind,
      moves,
    }),
    {
      partition: `CASE#${caseItem.caseId}`,
      caseId: caseItem.caseId,
      caseReference: caseItem.reference,
      now,
    },
  );
}
