/**
 * Starts the local stand-ins once for a test run, on free ports and in
 * memory, loads the demo people, and passes the addresses to the tests
 * through the environment that every test worker inherits.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import {
  startStorage,
  localDynamoDbClient,
  localCredentials,
} from "../../infra/local/storage";
import { createTokenIssuer, localUserPool } from "../../infra/local/cognito";
import { seedDemoData } from "../../infra/local/seed";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        resolve(typeof address === "object" && address ? address.port : 0),
      );
    });
  });
}

export default async function setup(): Promise<() => Promise<void>> {
  const directory = mkdtempSync(join(tmpdir(), "ehc-test-"));
  const tableName = "ehc-test";
  const bucketName = "ehc-test-documents";

  const storage = await startStorage({
    dataDirectory: directory,
    dynamoDbPort: await freePort(),
    s3Port: await freePort(),
    tableName,
    bucketName,
    allowedOrigins: ["http://127.0.0.1"],
    inMemory: true,
  });

  const keyFile = join(directory, "signing-key.json");
  const issuer = await createTokenIssuer(keyFile);

  const client = localDynamoDbClient(storage.dynamoDbEndpoint);
  await seedDemoData(client, tableName);
  client.destroy();

  Object.assign(process.env, {
    TABLE_NAME: tableName,
    DOCUMENT_BUCKET: bucketName,
    DYNAMODB_ENDPOINT: storage.dynamoDbEndpoint,
    S3_ENDPOINT: storage.s3Endpoint,
    USER_POOL_ID: localUserPool.userPoolId,
    USER_POOL_CLIENT_ID: localUserPool.clientId,
    LOCAL_JWKS: JSON.stringify(issuer.jwks),
    LOCAL_KEY_FILE: keyFile,
    OUTBOX_DIR: join(directory, "outbox"),
    AWS_REGION: localUserPool.region,
    AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
    POWERTOOLS_DEV: "false",
    LOG_LEVEL: "WARN",
  });

  return async () => {
    await storage.stop();
    rmSync(directory, { recursive: true, force: true });
  };
}
