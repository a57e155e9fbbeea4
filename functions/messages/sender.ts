/**
 * The sender: delivers one stored notification through the notifier, with
 * retries and a dead-letter queue. The DynamoDB stream consumer and the
 * retry sweep in AWS, and the writer and the sender loop locally, all run
 * this same code.
 *
 * Each attempt first claims the item with a conditional update on its
 * status and attempt count. Two senders may be given the same notification,
 * such as a stream record delivered twice, or the stream and the sweep at
 * once. Only one claim succeeds, so the second sender finds the claim and
 * sends nothing. A claim carries a
 * lease, so a sender that dies mid-send leaves the item to be claimed again
 * once the lease has passed.
 *
 * NOTE: a sender that dies after SES or SNS accepted a message but before it
 * recorded the send leaves a claim that a later sender takes over, so that
 * message goes twice. The local outbox is keyed by notification id and
 * cannot repeat; SES and SNS offer no idempotency key to close this gap.
 */
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { dynamo } from "../commons/clients";
import { now as clockNow } from "../commons/clock";
import { config } from "../commons/config";
import { describeError, logger } from "../commons/logger";
import { getContactProblem } from "./contacts";
import { deadLetterQueue, type DeadLetterQueue } from "./dead-letter";
import {
  getNotification,
  listDueNotifications,
  notificationQueues,
  type NotificationItem,
  type NotificationKey,
} from "./notification-store";
import { notifier, type Notifier } from "./notifier";

/** Attempts before a notification goes to the dead-letter queue. */
export const maxAttempts = 5;

/** Wait before attempt n + 1, after n failed attempts: 1, 5, 15 and 60 minutes. */
export const retryDelaysMs = [60_000, 300_000, 900_000, 3_600_000];

/** How long a claim holds off other senders; well above a send's timeouts. */
export const leaseMs = 120_000;

/**
 * The result of one attempt. `skipped` means it sent nothing: the notification was
 * sent or claimed by another sender, or its retry is not due yet.
 */
export type SendOutcome =
  "sent" | "retry-scheduled" | "failed" | "suppressed" | "skipped";

export interface SenderDependencies {
  notifier?: Notifier;
  deadLetters?: DeadLetterQueue;
  now?: Date;
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === "ConditionalCheckFailedException";
}

/** Claims the item for one attempt. Returns false when another sender has it, or it is done. */
async function claim(item: NotificationItem, now: Date): Promise<boolean> {
  const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: { PK: item.PK, SK: item.SK },
        UpdateExpression:
          "SET #status = :sending, attempts = :next, leaseUntil = :lease, GSI3SK = :gsi3sk",
        ConditionExpression:
          "attempts = :seen AND ((#status = :pending AND nextAttemptAt <= :now) OR " +
          "(#status = :sending AND leaseUntil < :now))",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":sending": "sending",
          ":pending": "pending",
          ":seen": item.attempts,
          ":next": item.attempts + 1,
          ":lease": leaseUntil,
          ":now": now.toISOString(),
          // Still in the pending queue, due again when the lease ends.
          ":gsi3sk": `${leaseUntil}#${item.notificationId}`,
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Changes a claimed item's status, only while this sender's claim still holds. */
async function finish(
  item: NotificationItem,
  attempt: number,
  set: Record<string, unknown>,
  remove: string[] = [],
): Promise<void> {
  const names: Record<string, string> = { "#status": "status" };
  const values: Record<string, unknown> = { ":attempt": attempt, ":sending": "sending" };
  const assignments = Object.entries(set).map(([field, value], index) => {
    names[`#f${index}`] = field;
    values[`:v${index}`] = value;
    return `#f${index} = :v${index}`;
  });
  const removals = remove.map((field, index) => {
    names[`#r${index}`] = field;
    return `#r${index}`;
  });

  await dynamo().send(
    new UpdateCommand({
      TableName: config.tableName,
      Key: { PK: item.PK, SK: item.SK },
      UpdateExpression:
        `SET ${assignments.join(", ")}` +
        (removals.length > 0 ? ` REMOVE ${removals.join(", ")}` : ""),
      ConditionExpression: "attempts = :attempt AND #status = :sending",
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    }),
  );
}

/**
 * Makes one attempt at a notification: claims it, sends it, and records the
 * outcome. A provider failure schedules a retry, or after `maxAttempts`
 * marks the item failed and puts it on the dead-letter queue; it does not
 * throw. A DynamoDB failure does throw, so the caller (the stream's retry,
 * or the next loop) tries again.
 */
export async function sendNotification(
  key: NotificationKey,
  dependencies: SenderDependencies = {},
): Promise<SendOutcome> {
  const now = dependencies.now ?? clockNow();
  const item = await getNotification(key);
  if (!item || item.type !== "notification") return "skipped";
  if (!(await claim(item, now))) return "skipped";

  const attempt = item.attempts + 1;
  const logKeys = {
    notificationId: item.notificationId,
    caseReference: item.caseReference,
    template: item.template,
    channel: item.channel,
    attempt,
  };

  if (item.channel === "email") {
    const problem = await getContactProblem(item.to);
    if (problem) {
      await finish(
        item,
        attempt,
        { status: "suppressed", deliveryEvent: problem.problem },
        ["GSI3PK", "GSI3SK", "leaseUntil"],
      );
      logger.warn("Notification not sent to an address that bounced or complained", {
        ...logKeys,
        contactProblem: problem.problem,
      });
      return "suppressed";
    }
  }

  let providerMessageId: string;
  try {
    const sent = await (dependencies.notifier ?? notifier()).send(
      {
        notificationId: item.notificationId,
        partition: item.PK,
        caseId: item.caseId,
        channel: item.channel,
        to: item.to,
        subject: item.subject,
        body: item.body,
        template: item.template,
        language: item.language,
        caseReference: item.caseReference,
      },
      now,
    );
    providerMessageId = sent.messageId;
  } catch (error) {
    return recordFailure(item, attempt, error, now, dependencies, logKeys);
  }

  await finish(
    item,
    attempt,
    { status: "sent", sentAt: now.toISOString(), providerMessageId },
    ["GSI3PK", "GSI3SK", "leaseUntil", "nextAttemptAt"],
  );
  logger.info("Notification sent", logKeys);
  return "sent";
}

async function recordFailure(
  item: NotificationItem,
  attempt: number,
  error: unknown,
  now: Date,
  dependencies: SenderDependencies,
  logKeys: Record<string, unknown>,
): Promise<SendOutcome> {
  const lastError = error instanceof Error ? error.name : typeof error;

  if (attempt < maxAttempts) {
    const delay = retryDelaysMs[Math.min(attempt - 1, retryDelaysMs.length - 1)] ?? 0;
    const nextAttemptAt = new Date(now.getTime() + delay).toISOString();
    await finish(
      item,
      attempt,
      {
        status: "pending",
        lastError,
        nextAttemptAt,
        GSI3PK: notificationQueues.pending,
        GSI3SK: `${nextAttemptAt}#${item.notificationId}`,
      },
      ["leaseUntil"],
    );
    logger.warn("Notification not sent; retry scheduled", {
      ...logKeys,
      nextAttemptAt,
      ...describeError(error),
    });
    return "retry-scheduled";
  }

  const failedAt = now.toISOString();
  // Recorded in the table first, so staff see the failure even if the queue cannot be reached.
  await finish(
    item,
    attempt,
    {
      status: "failed",
      lastError,
      failedAt,
      GSI3PK: notificationQueues.failed,
      GSI3SK: `${failedAt}#${item.notificationId}`,
    },
    ["leaseUntil", "nextAttemptAt"],
  );
  logger.error("Notification failed after every attempt", {
    ...logKeys,
    ...describeError(error),
  });

  try {
    await (dependencies.deadLetters ?? deadLetterQueue()).put({
      notificationId: item.notificationId,
      PK: item.PK,
      SK: item.SK,
      caseReference: item.caseReference,
      template: item.template,
      channel: item.channel,
      attempts: attempt,
      lastError,
      failedAt,
    });
  } catch (queueError) {
    logger.error("Failed notification not put on the dead-letter queue", {
      ...logKeys,
      ...describeError(queueError),
    });
  }
  return "failed";
}

export interface DrainResult {
  attempted: number;
  outcomes: Partial<Record<SendOutcome, number>>;
}

/**
 * Attempts every notification that is due: new ones not yet attempted,
 * retries whose wait is over and claims whose lease has run out. Run by the
 * scheduled retry sweep in AWS and by the sender loop locally.
 */
export async function sendDueNotifications(
  dependencies: SenderDependencies = {},
  batchSize = 25,
): Promise<DrainResult> {
  const now = dependencies.now ?? clockNow();
  const due = await listDueNotifications(now, batchSize);
  const result: DrainResult = { attempted: due.length, outcomes: {} };

  for (const key of due) {
    try {
      const outcome = await sendNotification(key, { ...dependencies, now });
      result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1;
    } catch (error) {
      logger.error("Notification attempt failed", {
        notificationKey: key.SK,
        ...describeError(error),
      });
    }
  }
  return result;
}
