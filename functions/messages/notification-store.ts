/**
 * Notifications in the table: the transactional outbox. A change writes one
 * notification item per recipient and channel in the same
 * TransactWriteItems as the change itself, so a message exists if and only
 * if its change committed. The sender then moves each item through
 * pending → sending → sent, or back to pending for a retry, or to failed.
 *
 * Pending items (and items whose sending lease ran out) are listed in GSI3
 * under `NOTIFICATION#pending`, sorted by when they are next due, so a
 * sender finds the work that is due with one Query. Failed items are listed
 * under `NOTIFICATION#failed` for staff.
 */
import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { LanguageCode } from "../../shared/languages";
import { dynamo } from "../commons/clients";
import { config } from "../commons/config";
import type { TransactItem } from "../store/transact";
import { uuid7 } from "../store/uuid7";
import type { Channel } from "./notifier";

export const notificationQueues = {
  pending: "NOTIFICATION#pending",
  failed: "NOTIFICATION#failed",
} as const;

export type NotificationStatus =
  | "pending"
  | "sending"
  | "sent"
  | "failed"
  | "suppressed"
  | "delivered"
  | "bounced"
  | "complained";

export type Audience = "family" | "school" | "adviser" | "coordinator" | "manager";

export interface NotificationKey {
  PK: string;
  SK: string;
}

export interface NotificationItem extends NotificationKey {
  type: "notification";
  notificationId: string;
  /** Unset for a request held as a possible duplicate, which has no case yet. */
  caseId?: string;
  caseReference: string;
  audience: Audience;
  channel: Channel;
  to: string;
  language: LanguageCode;
  template: string;
  subject: string;
  body: string;
  status: NotificationStatus;
  attempts: number;
  createdAt: string;
  nextAttemptAt?: string;
  leaseUntil?: string;
  sentAt?: string;
  providerMessageId?: string;
  /** The error's name only (such as "ThrottlingException"), never its message, which may quote the address. */
  lastError?: string;
  /** The SES event that last changed the status: "Delivery", "Bounce" or "Complaint". */
  deliveryEvent?: string;
  GSI3PK?: string;
  GSI3SK?: string;
}

export function notificationKey(
  partition: string,
  notificationId: string,
): NotificationKey {
  return { PK: partition, SK: `NOTIFICATION#${notificationId}` };
}

export interface NewNotification {
  /** The partition the notification belongs to: the case's, or a held duplicate's. */
  partition: string;
  caseId?: string;
  caseReference: string;
  audience: Audience;
  channel: Channel;
  to: string;
  language: LanguageCode;
  template: string;
  subject: string;
  body: string;
}

/** Builds the Put that stores one notification as pending, for the caller's transaction. */
export function notificationPut(
  notification: NewNotification,
  now: Date,
): { item: TransactItem; key: NotificationKey } {
  const notificationId = uuid7();
  const createdAt = now.toISOString();
  const { partition, ...fields } = notification;
  const key = notificationKey(partition, notificationId);
  const item: NotificationItem = {
    ...key,
    type: "notification",
    notificationId,
    ...fields,
    status: "pending",
    attempts: 0,
    createdAt,
    nextAttemptAt: createdAt,
    GSI3PK: notificationQueues.pending,
    GSI3SK: `${createdAt}#${notificationId}`,
  };
  return {
    key,
    item: {
      Put: {
        TableName: config.tableName,
        Item: item,
        ConditionExpression: "attribute_not_exists(PK)",
      },
    },
  };
}

export async function getNotification(
  key: NotificationKey,
): Promise<NotificationItem | undefined> {
  const result = await dynamo().send(
    new GetCommand({ TableName: config.tableName, Key: key, ConsistentRead: true }),
  );
  return result.Item as NotificationItem | undefined;
}

/** Returns the keys of pending notifications due at or before `now`, oldest first. */
export async function listDueNotifications(
  now: Date,
  limit: number,
): Promise<NotificationKey[]> {
  const result = await dynamo().send(
    new QueryCommand({
      TableName: config.tableName,
      IndexName: "GSI3",
      KeyConditionExpression: "GSI3PK = :queue AND GSI3SK <= :upper",
      ExpressionAttributeValues: {
        ":queue": notificationQueues.pending,
        // "~" sorts after every character of an id, so an item due exactly now is included.
        ":upper": `${now.toISOString()}#~`,
      },
      Limit: limit,
    }),
  );
  return (result.Items ?? []).map((item) => ({
    PK: item.PK as string,
    SK: item.SK as string,
  }));
}

/** Returns every notification of one case, oldest first. */
export async function listCaseNotifications(caseId: string): Promise<NotificationItem[]> {
  const items: NotificationItem[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: config.tableName,
        KeyConditionExpression: "PK = :pk AND begins_with(SK, :prefix)",
        ExpressionAttributeValues: {
          ":pk": `CASE#${caseId}`,
          ":prefix": "NOTIFICATION#",
        },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...((result.Items ?? []) as NotificationItem[]));
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** Returns the notifications that failed for good, newest first, for staff to act on. */
export async function listFailedNotifications(
  limit: number,
): Promise<NotificationItem[]> {
  const result = await dynamo().send(
    new QueryCommand({
      TableName: config.tableName,
      IndexName: "GSI3",
      KeyConditionExpression: "GSI3PK = :queue",
      ExpressionAttributeValues: { ":queue": notificationQueues.failed },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (result.Items ?? []) as NotificationItem[];
}
