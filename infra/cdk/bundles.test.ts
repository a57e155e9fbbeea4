import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routes } from "../../shared/routes";
import { bundleHandler } from "../bundle-report";
import { esbuildOptions, handlerExists, repositoryRoot } from "./bundling";

/** Lambda allows 50 MB zipped; this limit keeps cold starts short. */
const maxBundleBytes = 1024 * 1024;

// Under the repository (git-ignored dist/), so the external @aws-sdk/*
// packages resolve from node_modules as the Lambda runtime provides them.
const outputDirectory = join(repositoryRoot, "dist", "bundle-test");
rmSync(outputDirectory, { recursive: true, force: true });
mkdirSync(outputDirectory, { recursive: true });

afterAll(() => rmSync(outputDirectory, { recursive: true, force: true }));

/**
 * Imports a built bundle in a plain Node.js process, as the Lambda runtime
 * does (vitest's own loader would hide a missing `require`), and returns the
 * type of its `handler` export.
 */
function importInNode(file: string): string {
  const script =
    `const module = await import(${JSON.stringify(pathToFileURL(file).href)});` +
    "process.stdout.write(typeof module.handler);";
  try {
    return execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? "");
    // Node prints the failing source line first, so match the error line itself.
    const reason = /^\w*Error: .*$/m.exec(stderr)?.[0] ?? stderr.trim();
    throw new Error(`Importing ${file} failed: ${reason}`);
  }
}

const existing = routes.filter((route) => handlerExists(route.handler));

describe("handler bundles", () => {
  it("every route has a handler", () => {
    const missing = routes
      .filter((route) => !handlerExists(route.handler))
      .map((route) => `functions/${route.handler}.ts`);
    expect(missing).toEqual([]);
  });

  it.each<[string, string]>([
    ...existing.map((route): [string, string] => [route.id, route.handler]),
    // Functions outside the route table, fed by the table's stream, a schedule and SNS.
    ["NotificationSender", "messages/stream-sender"],
    ["NotificationRetrySweep", "messages/retry-sweep"],
    ["SesEventHandler", "messages/ses-events"],
  ])(
    "%s bundle loads as ESM",
    async (routeId, handler) => {
      const size = await bundleHandler(routeId, handler, outputDirectory);

      expect(size.rawBytes).toBeLessThan(maxBundleBytes);
      expect(importInNode(join(repositoryRoot, size.file))).toBe("function");
    },
    60_000,
  );
});

describe("require banner", () => {
  // A CommonJS dependency that requires a Node.js built-in, as many do.
  const fixture = join(outputDirectory, "fixture");

  beforeAll(() => {
    mkdirSync(fixture, { recursive: true });
    writeFileSync(join(fixture, "legacy.cjs"), "module.exports = require('os').EOL;\n");
    writeFileSync(
      join(fixture, "entry.ts"),
      'import eol from "./legacy.cjs";\nexport const handler = async () => eol;\n',
    );
  });

  it("lets CommonJS dependencies require", async () => {
    const outfile = join(fixture, "with-banner.mjs");
    await build(esbuildOptions(join(fixture, "entry.ts"), outfile));

    expect(importInNode(outfile)).toBe("function");
  });

  it("banner prevents dynamic require failures", async () => {
    const outfile = join(fixture, "without-banner.mjs");
    await build({ ...esbuildOptions(join(fixture, "entry.ts"), outfile), banner: {} });

    expect(() => importInNode(outfile)).toThrow(/Dynamic require of "?os"?/);
  });
});
