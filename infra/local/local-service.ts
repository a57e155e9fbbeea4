/**
 * Starts the whole local stand-in for AWS in one call: DynamoDB Local,
 * s3rver, the token issuer, the demo people, the handler environment and
 * the local API server. `npm start` and the test set-ups share it.
 */
import { join } from "node:path";
import { startLocalApi, type LocalApi } from "./api-server";
import { createTokenIssuer, localUserPool, type TokenIssuer } from "./cognito";
import { assertJavaAvailable } from "./java";
import { seedDemoData } from "./seed";
import { localCredentials, localDynamoDbClient, startStorage } from "./storage";
import { setTimeSource } from "../../functions/commons/clock";
import { startLocalTimeline, type LocalTimeline } from "../workflow-local/local-timeline";
import {
  startNotificationSender,
  type NotificationSenderLoop,
} from "./notification-sender";

/**
 * The variable that silences the AWS SDK's warning that Node 20 will lose
 * support (read by `emitWarningIfUnsupportedVersion` in @aws-sdk/core 3.x).
 */
export const sdkNodeWarningVariable = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";

export interface LocalServiceOptions {
  /** Folder for the files of DynamoDB Local, s3rver, the signing key and the outbox. */
  dataDirectory: string;
  ports: { api: number; dynamoDb: number; s3: number };
  /** The front end's origin: CORS origin for uploads and the base of links in messages. */
  serviceUrl: string;
  /** Other origins the front end may be opened from; defaults to none. */
  otherOrigins?: string[];
  tableName: string;
  bucketName: string;
  /** Keep DynamoDB and S3 data in memory, for tests. */
  inMemory?: boolean;
  /** A built front end for the API server to serve. */
  staticDirectory?: string;
  /** Receives one line per API request; defaults to stdout. */
  log?: (line: string) => void;
  /**
   * Runs the case timeline on a virtual clock and serves the Step Functions
   * and clock endpoints. Defaults to true; integration tests that run their
   * own runtime in-process turn it off.
   */
  timeline?: boolean;
  /**
   * Runs the loop that retries notifications that failed to send. Defaults
   * to true; the integration tests' shared service turns it off, because
   * the fault tests drive the sender themselves.
   */
  notificationSender?: boolean;
}

export interface LocalService {
  api: LocalApi;
  /** The case timeline's runtime and clock, when `timeline` is on. */
  timeline?: LocalTimeline;
  /** The notification retry loop, when `notificationSender` is on. */
  sender?: NotificationSenderLoop;
  issuer: TokenIssuer;
  /** The environment variables the handlers read, also copied into process.env. */
  environment: Record<string, string>;
  stop(): Promise<void>;
}

export async function startLocalService(
  options: LocalServiceOptions,
): Promise<LocalService> {
  process.env[sdkNodeWarningVariable] ??= "true";
  assertJavaAvailable();

  const storage = await startStorage({
    dataDirectory: options.dataDirectory,
    dynamoDbPort: options.ports.dynamoDb,
    s3Port: options.ports.s3,
    tableName: options.tableName,
    bucketName: options.bucketName,
    allowedOrigins: [options.serviceUrl, ...(options.otherOrigins ?? [])],
    inMemory: options.inMemory,
  });

  try {
    const keyFile = join(options.dataDirectory, "signing-key.json");
    const issuer = await createTokenIssuer(keyFile);

    const client = localDynamoDbClient(storage.dynamoDbEndpoint);
    try {
      await seedDemoData(client, options.tableName);
    } finally {
      client.destroy();
    }

    const outboxDirectory = join(options.dataDirectory, "outbox");
    const environment: Record<string, string> = {
      TABLE_NAME: options.tableName,
      DOCUMENT_BUCKET: options.bucketName,
      DYNAMODB_ENDPOINT: storage.dynamoDbEndpoint,
      S3_ENDPOINT: storage.s3Endpoint,
      USER_POOL_ID: localUserPool.userPoolId,
      USER_POOL_CLIENT_ID: localUserPool.clientId,
      LOCAL_JWKS: JSON.stringify(issuer.jwks),
      LOCAL_KEY_FILE: keyFile,
      OUTBOX_DIR: outboxDirectory,
      SERVICE_URL: options.serviceUrl,
      AWS_REGION: localUserPool.region,
      AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
      [sdkNodeWarningVariable]: "true",
    };
    // The handlers run in this process and read their settings from process.env.
    Object.assign(process.env, environment);

    // The clock starts before the API, so no handler ever reads another time.
    const timeline =
      options.timeline === false
        ? undefined
        : await startLocalTimeline({ dataDirectory: options.dataDirectory });
    if (timeline) setTimeSource(() => timeline.clock.nowMs());

    const api = await startLocalApi({
      port: options.ports.api,
      timeline,
      issuer,
      outboxDirectory,
      staticDirectory: options.staticDirectory,
      allowedOrigins: [options.serviceUrl, ...(options.otherOrigins ?? [])],
      log: options.log,
    });
    environment.API_URL = api.url;
    process.env.API_URL = api.url;

    if (timeline) {
      // Handlers reach the runtime through the Step Functions API, as in AWS.
      environment.STEPFUNCTIONS_ENDPOINT = `${api.url}/local/stepfunctions`;
      environment.CASE_TIMELINE_ARN = timeline.stateMachineArn;
      Object.assign(process.env, {
        STEPFUNCTIONS_ENDPOINT: environment.STEPFUNCTIONS_ENDPOINT,
        CASE_TIMELINE_ARN: environment.CASE_TIMELINE_ARN,
      });
      await timeline.resume();
    }

    const sender =
      options.notificationSender === false ? undefined : startNotificationSender();

    return {
      api,
      issuer,
      environment,
      timeline,
      sender,
      async stop() {
        sender?.stop();
        timeline?.stop();
        await api.close().catch(() => undefined);
        await storage.stop();
      },
    };
  } catch (error) {
    await storage.stop();
    throw error;
  }
}
