/**
 * The DynamoDB stream consumer: sends each notification as soon as its
 * transaction commits. The stream's event filter passes only inserted
 * notification items. A record whose attempt fails on DynamoDB itself is
 * reported as a batch item failure, so Lambda retries it and, after its
 * retries, sends it to the dead-letter queue; a provider failure is handled
 * inside the sender and left for the retry sweep.
 */
import middy from "@middy/core";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import type {
  Context,
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
} from "aws-lambda";
import { describeError, logger } from "../commons/logger";
import { sendNotification } from "./sender";

function keyOf(record: DynamoDBRecord) {
  const keys = record.dynamodb?.Keys;
  const partition = keys?.PK?.S;
  const sort = keys?.SK?.S;
  if (!partition || !sort?.startsWith("NOTIFICATION#")) return undefined;
  return { PK: partition, SK: sort };
}

export async function sendStreamRecords(
  event: DynamoDBStreamEvent,
): Promise<DynamoDBBatchResponse> {
  const failures: DynamoDBBatchResponse["batchItemFailures"] = [];

  for (const record of event.Records) {
    const key = keyOf(record);
    if (record.eventName !== "INSERT" || !key) continue;
    try {
      await sendNotification(key);
    } catch (error) {
      logger.error("Notification attempt failed; the stream retries it", {
        notificationKey: key.SK,
        ...describeError(error),
      });
      failures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? "" });
    }
  }
  return { batchItemFailures: failures };
}

export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse, Error, Context>()
  .use(injectLambdaContext(logger, { clearState: true }))
  .handler(sendStreamRecords);
