/**
 * The esbuild settings for every Lambda bundle. The CDK stack (through
 * NodejsFunction) and `npm run bundle` both read them, so the bundles that
 * the report measures are the bundles that deploy.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BuildOptions } from "esbuild";

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * ESM bundles have no `require`, so a CommonJS dependency that calls
 * `require("os")` fails at run time with `Dynamic require of "os" is not
 * supported`. This banner gives the bundle a real `require`.
 */
export const requireBanner =
  "import { createRequire as __createRequire } from 'node:module';" +
  "const require = __createRequire(import.meta.url);";

export const lambdaBundle = {
  target: "node22",
  minify: true,
  sourceMap: true,
  /** The Node.js 22 runtime ships AWS SDK v3, so the bundles leave it out. */
  externalModules: ["@aws-sdk/*"],
  /** Prefers the ESM build of a package, which tree-shakes better. */
  mainFields: ["module", "main"],
  banner: requireBanner,
} as const;

/** Returns the entry file of a handler module named in the route table. */
export function handlerEntry(handler: string): string {
  return join(repositoryRoot, "functions", `${handler}.ts`);
}

export function handlerExists(handler: string): boolean {
  return existsSync(handlerEntry(handler));
}

/** Returns esbuild options that build the same bundle as NodejsFunction with `lambdaBundle`. */
export function esbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: lambdaBundle.target,
    minify: lambdaBundle.minify,
    sourcemap: lambdaBundle.sourceMap,
    external: [...lambdaBundle.externalModules],
    mainFields: [...lambdaBundle.mainFields],
    banner: { js: lambdaBundle.banner },
    logLevel: "silent",
  };
}
