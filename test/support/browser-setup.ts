/**
 * Global set-up for the browser tests: builds the front end once with its
 * own Vite config, then starts the local service serving that build, so the
 * pages and the API share one origin (WEB_URL, equal to API_URL).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "../../infra/local/settings";
import { startTestService } from "./global-setup";

/** Where Debian's chromium package installs the browser the tests drive. */
export const chromiumPath = "/usr/bin/chromium";

async function buildFrontEnd(directory: string): Promise<string> {
  const configFile = join(repositoryRoot, "frontend", "vite.config.ts");
  if (!existsSync(configFile)) {
    throw new Error(
      "The browser tests need the front end, but frontend/vite.config.ts does not exist",
    );
  }

  const outDir = join(directory, "web");
  const { build } = await import("vite");
  const started = performance.now();
  await build({
    configFile,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Built the front end for the browser tests in ${seconds} s`);
  return outDir;
}

export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync(process.env.CHROMIUM_PATH ?? chromiumPath)) {
    console.warn(
      `No browser at ${chromiumPath}: install Debian's chromium package (apt-get install chromium)`,
    );
  }

  const { service, teardown } = await startTestService({
    // The staff screens show the local clock control, which needs the timeline.
    timeline: true,
    prepare: async (directory) => ({ staticDirectory: await buildFrontEnd(directory) }),
  });
  process.env.WEB_URL = service.api.url;
  return teardown;
}
