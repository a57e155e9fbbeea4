/**
 * Obligations and chasers in the table. Each open obligation is an item in
 * its case's partition, also placed on GSI3 under `DEADLINES` by due date, so
 * the service-wide list of deadlines is one Query. Each chaser sent is a
 * `CHASE#<actionId>` item, written before the message goes, so that the same
 * chaser is never sent twice.
 */
import { DeleteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { IsoDate } from "../../shared/dates";
import type { ChaseAction, Obligation } from "../../shared/obligations";
import { dynamo } from "../commons/clients";
import { config } from "../commons/config";
import { queryAll } from "../store/case-store";
import { transact, type TransactItem } from "../store/transact";

export const timelineKeys = {
  obligation: (caseId: string, obligationId: string) => ({
    PK: `CASE#${caseId}`,
    SK: `OBLIGATION#${obligationId}`,
  }),
  chase: (caseId: string, actionId: string) => ({
    PK: `CASE#${caseId}`,
    SK: `CHASE#${actionId}`,
  }),
};

export const deadlinesPartition = "DEADLINES";

/** GSI3 keys that place an open obligation on the deadlines list, soonest first. */
export function deadlineKeys(dueDate: IsoDate, caseId: string, obligationId: string) {
  return { GSI3PK: deadlinesPartition, GSI3SK: `${dueDate}#${caseId}#${obligationId}` };
}

export interface ObligationItem {
  caseId: string;
  obligationId: string;
  kind: Obligation["kind"];
  ownerKind: Obligation["owner"]["kind"];
  ownerId?: string;
  dueDate: IsoDate;
  originalDueDate: IsoDate;
  escalates: boolean;
  source: string;
  /** How many escalations have been sent for this obligation. */
  escalations: number;
  updatedAt: string;
}

export interface ChaseItem {
  caseId: string;
  actionId: string;
  obligationId: string;
  kind: ChaseAction["kind"];
  date: IsoDate;
  level?: number;
  sentAt: string;
}

export async function listObligationItems(caseId: string): Promise<ObligationItem[]> {
  return queryAll<ObligationItem>({
    TableName: config.tableName,
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :prefix)",
    ExpressionAttributeValues: { ":pk": `CASE#${caseId}`, ":prefix": "OBLIGATION#" },
    ConsistentRead: true,
  });
}

export async function listChaseItems(caseId: string): Promise<ChaseItem[]> {
  return queryAll<ChaseItem>({
    TableName: config.tableName,
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :prefix)",
    ExpressionAttributeValues: { ":pk": `CASE#${caseId}`, ":prefix": "CHASE#" },
    ConsistentRead: true,
  });
}

/**
 * Records a chaser as sent, in one transaction with `items` (its messages
 * and audit entry). Returns false when it was recorded already, by a
 * retried task or another execution of the same case, which must not send it.
 */
export async function claimChase(
  caseId: string,
  action: ChaseAction,
  now: Date,
  items: TransactItem[] = [],
): Promise<boolean> {
  const item: ChaseItem & Record<string, unknown> = {
    ...timelineKeys.chase(caseId, action.actionId),
    type: "chase",
    caseId,
    actionId: action.actionId,
    obligationId: action.obligationId,
    kind: action.kind,
    date: action.date,
    level: action.level,
    sentAt: now.toISOString(),
  };
  const outcome = await transact([
    {
      Put: {
        TableName: config.tableName,
        Item: item,
        ConditionExpression: "attribute_not_exists(PK)",
      },
    },
    ...items,
  ]);
  if (outcome.committed) return true;
  if (outcome.reasons[0] === "ConditionalCheckFailed") return false;

  // A conflict with another transaction: the task's retry decides again.
  throw new Error(`Chaser ${action.actionId} not recorded: ${outcome.reasons.join(",")}`);
}

function sameItem(stored: ObligationItem, next: ObligationItem): boolean {
  return (
    stored.kind === next.kind &&
    stored.ownerKind === next.ownerKind &&
    stored.ownerId === next.ownerId &&
    stored.dueDate === next.dueDate &&
    stored.originalDueDate === next.originalDueDate &&
    stored.escalates === next.escalates &&
    stored.source === next.source &&
    stored.escalations === next.escalations
  );
}

/**
 * Makes the case's obligation items match its open obligations: writes new
 * and changed ones and deletes the ones no longer open. Unchanged items are
 * left alone, so a check with nothing new costs one Query.
 */
export async function syncObligationItems(
  caseId: string,
  obligations: Obligation[],
  escalationCounts: ReadonlyMap<string, number>,
  now: Date,
): Promise<void> {
  const stored = new Map(
    (await listObligationItems(caseId)).map((item) => [item.obligationId, item]),
  );

  for (const obligation of obligations) {
    const next: ObligationItem = {
      caseId,
      obligationId: obligation.id,
      kind: obligation.kind,
      ownerKind: obligation.owner.kind,
      ownerId: obligation.owner.id,
      dueDate: obligation.dueDate,
      originalDueDate: obligation.originalDueDate,
      escalates: obligation.escalates,
      source: obligation.source,
      escalations: escalationCounts.get(obligation.id) ?? 0,
      updatedAt: now.toISOString(),
    };
    const previous = stored.get(obligation.id);
    stored.delete(obligation.id);
    if (previous && sameItem(previous, next)) continue;

    await dynamo().send(
      new PutCommand({
        TableName: config.tableName,
        Item: {
          ...timelineKeys.obligation(caseId, obligation.id),
          ...deadlineKeys(obligation.dueDate, caseId, obligation.id),
          type: "obligation",
          ...next,
        },
      }),
    );
  }

  for (const closed of stored.values()) {
    await dynamo().send(
      new DeleteCommand({
        TableName: config.tableName,
        Key: timelineKeys.obligation(caseId, closed.obligationId),
      }),
    );
  }
}

/** Lists open obligations due on or before `until`, soonest first, through GSI3. */
export async function listDeadlineItems(until: IsoDate): Promise<ObligationItem[]> {
  return queryAll<ObligationItem>({
    TableName: config.tableName,
    IndexName: "GSI3",
    KeyConditionExpression: "GSI3PK = :deadlines AND GSI3SK < :after",
    ExpressionAttributeValues: {
      ":deadlines": deadlinesPartition,
      // "$" sorts after "#", so every key of the date `until` is included.
      ":after": `${until}$`,
    },
  });
}
