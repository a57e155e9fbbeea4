/**
 * Starts the local service once for a test run: DynamoDB Local and s3rver in
 * memory on free ports, the demo people, and the local API server. Tests
 * find everything through the environment that every test worker inherits,
 * and call the API at API_URL.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../infra/local/ports";
import type { LocalService, LocalServiceOptions } from "../../infra/local/local-service";

export { freePort };

/** Settings read when the handler modules load, so they are set before any import. */
const testEnvironment = {
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  POWERTOOLS_DEV: "false",
  LOG_LEVEL: "WARN",
};

export interface TestService {
  service: LocalService;
  directory: string;
  teardown(): Promise<void>;
}

/** Starts the service in a new temporary folder; `teardown` stops it and deletes the folder. */
export async function startTestService(
  options: Pick<
    LocalServiceOptions,
    "staticDirectory" | "timeline" | "notificationSender"
  > & {
    /** Runs in the temporary folder before the service starts, for example to build the front end. */
    prepare?: (
      directory: string,
    ) => Promise<Pick<LocalServiceOptions, "staticDirectory">>;
  } = {},
): Promise<TestService> {
  Object.assign(process.env, testEnvironment);
  const { startLocalService } = await import("../../infra/local/local-service");

  const directory = mkdtempSync(join(tmpdir(), "ehc-test-"));
  try {
    const prepared = options.prepare ? await options.prepare(directory) : {};
    const apiPort = await freePort();
    const service = await startLocalService({
      dataDirectory: directory,
      ports: { api: apiPort, dynamoDb: await freePort(), s3: await freePort() },
      // The front end, when served, comes from the API's own origin.
      serviceUrl: `http://127.0.0.1:${apiPort}`,
      tableName: "ehc-test",
      bucketName: "ehc-test-documents",
      inMemory: true,
      staticDirectory: prepared.staticDirectory ?? options.staticDirectory,
      // One line per request would bury the test report; handler failures still reach stderr.
      log: () => undefined,
      // Integration tests that need the timeline run it in their own process on
      // a clock they control, so by default the shared service runs none.
      timeline: options.timeline ?? false,
      // The fault tests run the sender in their own process with a failing
      // provider, so the shared service's retry loop must not compete.
      notificationSender: options.notificationSender ?? false,
    });
    return {
      service,
      directory,
      async teardown() {
        await service.stop();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
}

export default async function setup(): Promise<() => Promise<void>> {
  const { teardown } = await startTestService();
  return teardown;
}
