/**
 * The audit trail: an append-only item per read or change of a case, kept in
 * the case's own partition so it is read with one Query. A detail names ids,
 * stages and outcomes only, never a person's details.
 */
import { BatchWriteCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { AuditEntry } from "../../shared/api";
import type { Role } from "../../shared/roles";
import { dynamo } from "../commons/clients";
import { config } from "../commons/config";
import { keys } from "./table";
import type { TransactItem } from "./transact";
import { uuid7 } from "./uuid7";

export type AuditAction =
  | "request-submitted"
  | "possible-duplicate-received"
  | "case-created-from-duplicate"
  | "duplicate-linked"
  | "case-viewed"
  | "request-viewed"
  | "case-listed"
  | "access-denied"
  | "decision-recorded"
  | "coordinator-changed"
  | "document-downloaded"
  | "audit-viewed"
  | "exception-recorded"
  | "deadline-breached"
  | "advice-requested"
  | "advice-saved"
  | "advice-report-upload-started"
  | "advice-submitted"
  | "advice-reuse-agreed"
  | "funding-band-set"
  | "messages-viewed"
  | "message-posted"
  | "contact-preferences-viewed"
  | "contact-preferences-changed"
  | "notifications-viewed"
  | "notification-resent";

/** The person acting, their address and the API request they made. */
export interface Actor {
  userId: string;
  role: Role;
  sourceIp: string;
  requestId: string;
}

export interface AuditEvent {
  caseId: string;
  actor: Actor;
  action: AuditAction;
  at: Date;
  detail?: string;
}

export function auditItem(event: AuditEvent): Record<string, unknown> {
  const at = event.at.toISOString();
  return {
    // A time-ordered id keeps entries with the same instant in writing order.
    ...keys.caseAudit(event.caseId, at, uuid7()),
    type: "audit",
    caseId: event.caseId,
    at,
    actorId: event.actor.userId,
    role: event.actor.role,
    action: event.action,
    sourceIp: event.actor.sourceIp,
    requestId: event.actor.requestId,
    detail: event.detail,
  };
}

/** Builds the audit entry as one item of a change's transaction, which never overwrites. */
export function auditPut(event: AuditEvent): TransactItem {
  return {
    Put: {
      TableName: config.tableName,
      Item: auditItem(event),
      ConditionExpression: "attribute_not_exists(PK)",
    },
  };
}

/** Records a read, which has no transaction of its own to join. */
export async function writeAudit(event: AuditEvent): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: config.tableName,
      Item: auditItem(event),
      ConditionExpression: "attribute_not_exists(PK)",
    }),
  );
}

/** Records one read against each of many cases, such as a listed caseload. */
export async function writeAuditForCases(
  caseIds: string[],
  event: Omit<AuditEvent, "caseId">,
): Promise<void> {
  const items = caseIds.map((caseId) => auditItem({ ...event, caseId }));

  for (let start = 0; start < items.length; start += 25) {
    let requests = items
      .slice(start, start + 25)
      .map((item) => ({ PutRequest: { Item: item } }));

    // BatchWrite may hand back part of a batch when throttled; send the rest again.
    for (let attempt = 0; requests.length > 0; attempt += 1) {
      if (attempt > 0) await delay(50 * 2 ** attempt);
      if (attempt > 5) throw new Error("Audit entries were not written after 5 retries");

      const result = await dynamo().send(
        new BatchWriteCommand({ RequestItems: { [config.tableName]: requests } }),
      );
      requests = (result.UnprocessedItems?.[config.tableName] ?? []) as typeof requests;
    }
  }
}

/** Returns the case's audit trail, newest first, up to `limit` entries. */
export async function listAuditEntries(
  caseId: string,
  limit = 1000,
): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let startKey: Record<string, unknown> | undefined;

  do {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: config.tableName,
        KeyConditionExpression: "PK = :pk AND begins_with(SK, :audit)",
        ExpressionAttributeValues: { ":pk": `CASE#${caseId}`, ":audit": "AUDIT#" },
        ScanIndexForward: false,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of result.Items ?? []) {
      entries.push({
        at: item.at,
        actorId: item.actorId,
        role: item.role,
        action: item.action,
        sourceIp: item.sourceIp,
        detail: item.detail,
      });
    }
    startKey = result.LastEvaluatedKey;
  } while (startKey && entries.length < limit);

  return entries.slice(0, limit);
}

function delay(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
