/**
 * Staff views of a case's emails and SMS: each one's audience, channel,
 * language and delivery status, with the address partly hidden and no
 * message text. Staff can also send a failed notification again.
 */
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { ConflictError, NotFoundError } from "../../shared/errors";
import type { NotificationView } from "../../shared/schemas/messages";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { dynamo } from "../commons/clients";
import { config } from "../commons/config";
import { logger } from "../commons/logger";
import { loadCaseFor } from "../cases/access";
import { writeAudit, type Actor } from "../store/audit";
import { isWellFormedId } from "../store/ids";
import {
  getNotification,
  listCaseNotifications,
  listFailedNotifications,
  notificationKey,
  notificationQueues,
  type NotificationItem,
} from "./notification-store";
import { dispatchQueued } from "./queue";

/** Hides most of an address: the first character of an email's local part, the last 4 digits of a phone. */
export function maskAddress(channel: "email" | "sms", address: string): string {
  if (channel === "email") {
    const at = address.lastIndexOf("@");
    if (at < 1) return "•••";
    return `${address[0]}•••${address.slice(at)}`;
  }
  const digits = address.replace(/\D/g, "");
  return `•••••••${digits.slice(-4)}`;
}

export function toNotificationView(item: NotificationItem): NotificationView {
  return {
    notificationId: item.notificationId,
    caseReference: item.caseReference,
    audience: item.audience,
    channel: item.channel,
    maskedAddress: maskAddress(item.channel, item.to),
    language: item.language,
    template: item.template,
    status: item.status,
    attempts: item.attempts,
    lastError: item.lastError,
    createdAt: item.createdAt,
    sentAt: item.sentAt,
  };
}

export async function caseNotifications(
  principal: AuthenticatedPrincipal,
  caseId: string,
  actor: Actor,
  now: Date,
): Promise<NotificationView[]> {
  await loadCaseFor(principal, caseId, actor, now);
  await writeAudit({ caseId, actor, action: "notifications-viewed", at: now });
  const items = await listCaseNotifications(caseId);
  return items.map(toNotificationView).reverse();
}

/** Returns the notifications that failed for good across the service, newest first. */
export async function failedNotifications(): Promise<NotificationView[]> {
  return (await listFailedNotifications(200)).map(toNotificationView);
}

/**
 * Puts a failed notification, or one waiting for a retry, back in the
 * pending queue with a fresh set of attempts, and sends it now. Staff use
 * it once the cause is fixed, such as a provider outage or a wrong address.
 */
export async function retryNotification(
  principal: AuthenticatedPrincipal,
  caseId: string,
  notificationId: string,
  actor: Actor,
  now: Date,
): Promise<NotificationView> {
  await loadCaseFor(principal, caseId, actor, now);
  if (!isWellFormedId(notificationId)) throw new NotFoundError("Notification not found");

  const key = notificationKey(`CASE#${caseId}`, notificationId);
  const at = now.toISOString();
  let updated: NotificationItem;
  try {
    const result = await dynamo().send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: key,
        UpdateExpression:
          "SET #status = :pending, attempts = :zero, nextAttemptAt = :now, " +
          "GSI3PK = :queue, GSI3SK = :gsi3sk",
        // A failed notification, or one waiting for its next retry, which this sends now.
        ConditionExpression:
          "attribute_exists(PK) AND (#status = :failed OR (#status = :pending AND attempts > :zero))",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":failed": "failed",
          ":pending": "pending",
          ":zero": 0,
          ":now": at,
          ":queue": notificationQueues.pending,
          ":gsi3sk": `${at}#${notificationId}`,
        },
        ReturnValues: "ALL_NEW",
      }),
    );
    updated = result.Attributes as NotificationItem;
  } catch (error) {
    if (error instanceof Error && error.name === "ConditionalCheckFailedException") {
      const current = await getNotification(key);
      if (current?.type !== "notification")
        throw new NotFoundError("Notification not found");
      throw new ConflictError(
        "Only a notification that failed, or is waiting to be retried, can be sent again",
      );
    }
    throw error;
  }

  await writeAudit({
    caseId,
    actor,
    action: "notification-resent",
    at: now,
    detail: `Notification ${notificationId} (${updated.template}, ${updated.channel}) queued again`,
  });
  logger.info("Failed notification queued again", {
    notificationId,
    caseReference: updated.caseReference,
  });
  await dispatchQueued({ items: [], keys: [key] });
  return toNotificationView((await getNotification(key)) ?? updated);
}
