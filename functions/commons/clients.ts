/** AWS clients, built once per container. Locally they point at the stand-ins. */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { config } from "./config";

/**
 * Socket limits, so a dependency that stops responding fails as a TimeoutError
 * (returned as a retryable 503) well inside API Gateway's 29-second limit.
 * @smithy/node-http-handler 4 only warns when `requestTimeout` passes unless
 * `throwOnRequestTimeout` is set.
 */
const dynamoTimeouts = {
  connectionTimeout: 2_000,
  requestTimeout: 5_000,
  throwOnRequestTimeout: true,
};
const s3Timeouts = {
  connectionTimeout: 2_000,
  requestTimeout: 10_000,
  throwOnRequestTimeout: true,
};

let documentClient: DynamoDBDocumentClient | undefined;
let s3Client: S3Client | undefined;

export function dynamo(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: config.region,
      endpoint: config.dynamoDbEndpoint,
      maxAttempts: 3,
      requestHandler: dynamoTimeouts,
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return documentClient;
}

export function s3(): S3Client {
  s3Client ??= new S3Client({
    region: config.region,
    endpoint: config.s3Endpoint,
    forcePathStyle: !!config.s3Endpoint,
    maxAttempts: 2,
    requestHandler: s3Timeouts,
    // s3rver stores uploads corrupted when the SDK adds its default checksums.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  return s3Client;
}

/** Replaces the clients, for tests that wrap them to inject faults. */
export function setClients(next: {
  dynamo?: DynamoDBDocumentClient;
  s3?: S3Client;
}): void {
  if (next.dynamo) documentClient = next.dynamo;
  if (next.s3) s3Client = next.s3;
}
