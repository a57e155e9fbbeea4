import { configDefaults, defineConfig } from "vitest/config";

// The AWS SDK warns on Node 20 that later versions need Node 22. Test workers
// inherit this, and so does the local service the global set-ups start.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "shared/**/*.test.ts",
            "functions/**/*.test.ts",
            "infra/**/*.test.ts",
            "state-machines/**/*.test.ts",
            "frontend/src/**/*.test.{ts,tsx}",
          ],
          // These start Java and child processes, so they run with the integration tests.
          exclude: [...configDefaults.exclude, "infra/**/*.integration.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts", "infra/**/*.integration.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "trust",
          include: ["test/trust/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/support/browser-setup.ts"],
          // One Chromium at a time: the machine has two cores for the browser, the
          // API, DynamoDB Local and s3rver together.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
