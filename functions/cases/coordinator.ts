/** Moves a case to another coordinator, overriding the allocation rule. */
import { londonDate } from "../../shared/dates";
import { ConflictError, InvalidError } from "../../shared/errors";
import { openStages, type AllocationBody } from "../../shared/schemas/case";
import { computeTimeline, nextDueDate } from "../../shared/timeline";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { config } from "../commons/config";
import { logger } from "../commons/logger";
import { auditPut, type Actor } from "../store/audit";
import {
  caseloadKeys,
  getCaseItem,
  getProfile,
  listCaseDocuments,
  type CaseItem,
} from "../store/case-store";
import { keys } from "../store/table";
import { transact } from "../store/transact";
import { withTimeline } from "../timeline/case-timeline-view";
import { dispatchQueued } from "../messages/queue";
import { queueAllocationMessage } from "../submission/messages";
import { caseNotFound, loadCaseFor } from "./access";
import { toCaseView } from "./case-view";
import type { CaseView } from "../../shared/schemas/case";

export async function changeCoordinator(
  principal: AuthenticatedPrincipal,
  caseId: string,
  body: AllocationBody,
  actor: Actor,
  now: Date,
): Promise<CaseView> {
  const caseItem = await loadCaseFor(principal, caseId, actor, now);
  // A caller who read an older version must reload before anything else is
  // checked against the newer one, or a lost race reads as a form error.
  if (caseItem.version !== body.expectedVersion) throw new ConflictError();

  const coordinator = await getProfile(body.coordinatorId);
  if (!coordinator || coordinator.role !== "coordinator") {
    throw new InvalidError([
      { field: "coordinatorId", message: "Select a coordinator from the list" },
    ]);
  }
  if (!openStages.includes(caseItem.stage)) {
    throw new ConflictError("This case is closed, so its coordinator cannot change");
  }
  if (coordinator.userId === caseItem.coordinatorId) {
    throw new InvalidError([
      { field: "coordinatorId", message: "The case is already with this coordinator" },
    ]);
  }

  const nextDue = nextDueDate(computeTimeline(caseItem.facts, londonDate(now)));
  const caseload = caseloadKeys(coordinator.userId, nextDue, caseId);
  const change = {
    from: caseItem.coordinatorId,
    to: coordinator.userId,
    by: principal.userId,
    at: now.toISOString(),
    reason: body.reason,
  };

  const message = await queueAllocationMessage(
    { ...caseItem, coordinatorId: coordinator.userId },
    now,
  );
  const outcome = await transact([
    ...message.items,
    {
      Update: {
        TableName: config.tableName,
        Key: keys.case(caseId),
        UpdateExpression:
          "SET coordinatorId = :id, coordinatorName = :name, version = :next, " +
          "updatedAt = :now, GSI2PK = :gsi2pk, GSI2SK = :gsi2sk, " +
          "coordinatorChanges = list_append(if_not_exists(coordinatorChanges, :empty), :change)",
        ConditionExpression: "version = :expected AND stage = :stage",
        ExpressionAttributeValues: {
          ":id": coordinator.userId,
          ":name": coordinator.name,
          ":next": body.expectedVersion + 1,
          ":expected": body.expectedVersion,
          ":stage": caseItem.stage,
          ":now": now.toISOString(),
          ":gsi2pk": caseload.GSI2PK,
          ":gsi2sk": caseload.GSI2SK,
          ":empty": [],
          ":change": [change],
        },
      },
    },
    auditPut({
      caseId,
      actor,
      action: "coordinator-changed",
      at: now,
      // The reason is free text that may name people, so it stays on the case, not here.
      detail: `Coordinator changed from ${caseItem.coordinatorId} to ${coordinator.userId}`,
    }),
  ]);

  if (!outcome.committed) {
    if (!(await getCaseItem(caseId))) throw caseNotFound();
    throw new ConflictError();
  }

  logger.info("Coordinator changed", { caseReference: caseItem.reference });
  const updated = (await getCaseItem(caseId)) as CaseItem;

  await dispatchQueued(message);
  return withTimeline(
    toCaseView(updated, await listCaseDocuments(caseId), now),
    updated,
    principal.role,
    now,
  );
}
