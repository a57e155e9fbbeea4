/**
 * `npm start`: runs the whole service on this machine with no AWS account.
 * Data stays in `.local/` between runs; `npm run reset` deletes it.
 *
 * Ports come from API_PORT (3000), WEB_PORT (5173), DYNAMODB_PORT (8000) and
 * S3_PORT (4569); LOCAL_DATA_DIR moves the data folder.
 */
import type { ViteDevServer } from "vite";
import { demoPassword, demoUsers } from "./demo-data";
import { startLocalService, sdkNodeWarningVariable } from "./local-service";
import { assertPortsFree } from "./ports";
import { readLocalSettings } from "./settings";

process.env[sdkNodeWarningVariable] ??= "true";

/** Steps that undo what has started so far, run newest first. */
const stopSteps: (() => Promise<void>)[] = [];
let stopping = false;
let firstSignalAt = 0;

/**
 * Time in which a repeated signal counts as the same request to stop. Ctrl-C
 * in a terminal signals the whole process group, so a wrapper such as npm or
 * tsx may pass the same SIGINT on a few milliseconds later.
 */
const repeatedSignalMs = 2000;

async function stopAll(exitCode: number): Promise<never> {
  stopping = true;
  while (stopSteps.length > 0) {
    const step = stopSteps.pop() as () => Promise<void>;
    try {
      await step();
    } catch (error) {
      console.error(`A local component failed to stop: ${(error as Error).message}`);
    }
  }
  process.exit(exitCode);
}

function onSignal(signal: NodeJS.Signals) {
  if (stopping && Date.now() - firstSignalAt < repeatedSignalMs) return;
  if (stopping) {
    // A second Ctrl-C does not wait; the exit handler in storage.ts still ends Java.
    console.log(`\n${signal} again: exiting without waiting.`);
    process.exit(1);
  }
  firstSignalAt = Date.now();
  console.log(`\n${signal} received: stopping the local service...`);
  void stopAll(0);
}

function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) =>
    Math.max(...rows.map((row) => row[column]!.length)),
  );
  return rows
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  "))
    .join("\n");
}

async function startWebServer(configFile: string, port: number): Promise<ViteDevServer> {
  const { createServer } = await import("vite");
  const server = await createServer({
    configFile,
    server: { host: "127.0.0.1", port, strictPort: true },
    clearScreen: false,
  });
  await server.listen();
  return server;
}

async function main(): Promise<void> {
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const settings = readLocalSettings();
  const webUrl = `http://127.0.0.1:${settings.ports.web}`;

  await assertPortsFree([
    { name: "local API", port: settings.ports.api, variable: "API_PORT" },
    { name: "web server", port: settings.ports.web, variable: "WEB_PORT" },
    // DynamoDB Local listens on every interface, so its port must be free on all of them.
    {
      name: "DynamoDB Local",
      port: settings.ports.dynamoDb,
      variable: "DYNAMODB_PORT",
      host: "0.0.0.0",
    },
    { name: "S3 (s3rver)", port: settings.ports.s3, variable: "S3_PORT" },
  ]);

  console.log(`Starting the local service with data in ${settings.dataDirectory}`);
  const service = await startLocalService({
    dataDirectory: settings.dataDirectory,
    ports: settings.ports,
    serviceUrl: webUrl,
    // The browser sends this origin when the page is opened as localhost.
    otherOrigins: [`http://localhost:${settings.ports.web}`],
    tableName: settings.tableName,
    bucketName: settings.bucketName,
  });
  stopSteps.push(() => service.stop());
  if (stopping) return;

  let webLine: string;
  if (settings.viteConfigFile) {
    const web = await startWebServer(settings.viteConfigFile, settings.ports.web);
    stopSteps.push(() => web.close());
    webLine = `Web:        ${webUrl}`;
  } else {
    webLine =
      "Web:        not started, because frontend/vite.config.ts does not exist yet";
  }
  if (stopping) return;

  const signIns = [
    ["Username", "Role", "Password"],
    ...demoUsers.map((user) => [user.username, user.role, demoPassword]),
  ];
  console.log(`
The local service is running.

${webLine}
API:        ${service.api.url}/api
Outbox:     ${service.api.url}/local/outbox
DynamoDB:   ${service.environment.DYNAMODB_ENDPOINT}
S3:         ${service.environment.S3_ENDPOINT}

Demo sign-ins:
${formatTable(signIns)}

Press Ctrl-C to stop.`);
}

main().catch(async (error: unknown) => {
  console.error(
    `\nThe local service could not start.\n${(error as Error).message ?? error}`,
  );
  await stopAll(1);
});
