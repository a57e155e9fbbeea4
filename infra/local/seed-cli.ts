/**
 * `npm run seed`: loads the demo people and schools into the local table.
 * Uses the running DynamoDB Local when there is one, or starts the storage
 * stand-ins on the local data folder just for the load.
 */
import { demoItems, seedDemoData } from "./seed";
import { sdkNodeWarningVariable } from "./local-service";
import { assertJavaAvailable } from "./java";
import { isListening } from "./ports";
import { readLocalSettings } from "./settings";
import { ensureTable, localDynamoDbClient, startStorage } from "./storage";

process.env[sdkNodeWarningVariable] ??= "true";

async function main(): Promise<void> {
  const settings = readLocalSettings();
  const itemCount = demoItems().length;

  if (await isListening(settings.ports.dynamoDb)) {
    const endpoint = `http://127.0.0.1:${settings.ports.dynamoDb}`;
    const client = localDynamoDbClient(endpoint);
    try {
      await ensureTable(client, settings.tableName);
      await seedDemoData(client, settings.tableName);
    } finally {
      client.destroy();
    }
    console.log(
      `Loaded ${itemCount} demo items into the running DynamoDB Local at ${endpoint}.`,
    );
    return;
  }

  assertJavaAvailable();
  const storage = await startStorage({
    dataDirectory: settings.dataDirectory,
    dynamoDbPort: settings.ports.dynamoDb,
    s3Port: settings.ports.s3,
    tableName: settings.tableName,
    bucketName: settings.bucketName,
    allowedOrigins: [`http://127.0.0.1:${settings.ports.web}`],
  });
  try {
    const client = localDynamoDbClient(storage.dynamoDbEndpoint);
    try {
      await seedDemoData(client, settings.tableName);
    } finally {
      client.destroy();
    }
  } finally {
    await storage.stop();
  }
  console.log(`Loaded ${itemCount} demo items into ${settings.dataDirectory}.`);
}

try {
  await main();
} catch (error) {
  console.error(`Loading the demo data failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
