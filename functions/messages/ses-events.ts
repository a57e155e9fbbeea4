/**
 * Records SES bounces, complaints and deliveries, which the configuration
 * set publishes to an SNS topic that invokes this handler. A permanent
 * bounce or a complaint is recorded against the address, so the sender
 * stops emailing it, and against the notification, so the case's
 * notification list shows it to the coordinator. The event's tags lead back to the notification, and
 * nothing about the address is logged.
 */
import middy from "@middy/core";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Context, SNSEvent } from "aws-lambda";
import * as z from "zod";
import { dynamo } from "../commons/clients";
import { now as clockNow } from "../commons/clock";
import { config } from "../commons/config";
import { logger } from "../commons/logger";
import { recordContactProblem, type ContactProblem } from "./contacts";
import { notificationKey, type NotificationStatus } from "./notification-store";

/** The fields used from an SES event publishing record (SES v2 "eventType" format). */
const sesEventSchema = z.object({
  eventType: z.enum([
    "Bounce",
    "Complaint",
    "Delivery",
    "Send",
    "Reject",
    "Open",
    "Click",
    "RenderingFailure",
    "DeliveryDelay",
    "Subscription",
  ]),
  mail: z.object({
    tags: z.record(z.string(), z.array(z.string())).optional(),
  }),
  bounce: z
    .object({
      bounceType: z.string(),
      bounceSubType: z.string().optional(),
      bouncedRecipients: z.array(z.object({ emailAddress: z.string() })),
    })
    .optional(),
  complaint: z
    .object({ complainedRecipients: z.array(z.object({ emailAddress: z.string() })) })
    .optional(),
});

export type SesEvent = z.infer<typeof sesEventSchema>;

function tag(event: SesEvent, name: string): string | undefined {
  return event.mail.tags?.[name]?.[0];
}

async function setDeliveryStatus(
  event: SesEvent,
  status: NotificationStatus,
): Promise<void> {
  const notificationId = tag(event, "notificationId");
  const partition = tag(event, "partition")?.replace("_", "#");
  if (!notificationId || !partition) return;

  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: notificationKey(partition, notificationId),
        UpdateExpression: "SET #status = :status, deliveryEvent = :event",
        // A delivery never overwrites a bounce or complaint that arrived first.
        ConditionExpression:
          "attribute_exists(PK) AND (:status <> :delivered OR #status = :sent)",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":status": status,
          ":event": event.eventType,
          ":delivered": "delivered",
          ":sent": "sent",
        },
      }),
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === "ConditionalCheckFailedException")) {
      throw error;
    }
  }
}

/** Records one SES event. Returns what it recorded, for the log and for tests. */
export async function recordSesEvent(
  event: SesEvent,
  now: Date,
): Promise<NotificationStatus | undefined> {
  const notificationId = tag(event, "notificationId");
  const caseId = tag(event, "partition")?.startsWith("CASE_")
    ? tag(event, "partition")?.slice("CASE_".length)
    : undefined;

  let problem: ContactProblem | undefined;
  let detail = "";
  let addresses: string[] = [];
  if (event.eventType === "Bounce" && event.bounce?.bounceType === "Permanent") {
    problem = "bounced";
    detail = `${event.bounce.bounceType}/${event.bounce.bounceSubType ?? "General"}`;
    addresses = event.bounce.bouncedRecipients.map((recipient) => recipient.emailAddress);
  } else if (event.eventType === "Complaint") {
    problem = "complained";
    detail = "complaint";
    addresses = (event.complaint?.complainedRecipients ?? []).map(
      (recipient) => recipient.emailAddress,
    );
  } else if (event.eventType === "Delivery") {
    await setDeliveryStatus(event, "delivered");
    return "delivered";
  } else {
    // A transient bounce is retried by SES itself, and the other events change nothing here.
    return undefined;
  }

  for (const address of addresses) {
    await recordContactProblem(address, {
      problem,
      detail,
      recordedAt: now.toISOString(),
      notificationId,
      caseId,
    });
  }
  await setDeliveryStatus(event, problem);
  logger.warn("Email address recorded as undeliverable", {
    notificationId,
    caseId,
    contactProblem: problem,
    detail,
    addresses: addresses.length,
  });
  return problem;
}

export async function recordSnsRecords(event: SNSEvent): Promise<void> {
  for (const record of event.Records) {
    let body: unknown;
    try {
      body = JSON.parse(record.Sns.Message);
    } catch {
      logger.error("SES event is not JSON", { messageId: record.Sns.MessageId });
      continue;
    }
    const parsed = sesEventSchema.safeParse(body);
    if (!parsed.success) {
      logger.error("SES event has an unexpected shape", {
        messageId: record.Sns.MessageId,
      });
      continue;
    }
    await recordSesEvent(parsed.data, clockNow());
  }
}

export const handler = middy<SNSEvent, void, Error, Context>()
  .use(injectLambdaContext(logger, { clearState: true }))
  .handler(recordSnsRecords);
