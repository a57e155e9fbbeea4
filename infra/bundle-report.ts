/**
 * `npm run bundle`: bundles every route's handler with the stack's esbuild
 * settings into dist/bundles/<route id>/index.mjs, prints each bundle's size
 * and writes dist/bundles/sizes.json.
 */
import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { routes } from "../shared/routes";
import {
  esbuildOptions,
  handlerEntry,
  handlerExists,
  repositoryRoot,
} from "./cdk/bundling";

export interface BundleSize {
  routeId: string;
  handler: string;
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

/** Bundles one handler and measures the JavaScript file, without its source map. */
export async function bundleHandler(
  routeId: string,
  handler: string,
  outputDirectory: string,
): Promise<BundleSize> {
  const outfile = join(outputDirectory, routeId, "index.mjs");
  await build(esbuildOptions(handlerEntry(handler), outfile));

  const code = readFileSync(outfile);
  return {
    routeId,
    handler,
    file: relative(repositoryRoot, outfile),
    rawBytes: code.byteLength,
    gzipBytes: gzipSync(code).byteLength,
  };
}

function kilobytes(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

async function main(): Promise<void> {
  const outputDirectory = join(repositoryRoot, "dist", "bundles");
  rmSync(outputDirectory, { recursive: true, force: true });
  mkdirSync(outputDirectory, { recursive: true });

  const missing = routes.filter((route) => !handlerExists(route.handler));
  for (const route of missing) {
    console.error(`Missing handler for ${route.id}: functions/${route.handler}.ts`);
  }

  const sizes: BundleSize[] = [];
  for (const route of routes) {
    if (!handlerExists(route.handler)) continue;
    sizes.push(await bundleHandler(route.id, route.handler, outputDirectory));
  }

  const rows = sizes.map((size) => [
    size.routeId,
    size.handler,
    kilobytes(size.rawBytes),
    kilobytes(size.gzipBytes),
  ]);
  const header = ["route", "handler", "raw kB", "gzip kB"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column >= 2
          ? cell.padStart(widths[column] ?? 0)
          : cell.padEnd(widths[column] ?? 0),
      )
      .join("  ");

  console.log(line(header));
  for (const row of rows) console.log(line(row));

  writeFileSync(
    join(outputDirectory, "sizes.json"),
    `${JSON.stringify(sizes, null, 2)}\n`,
  );
  console.log(`\nWrote ${sizes.length} bundles and sizes.json to dist/bundles`);
  if (missing.length > 0) process.exitCode = 1;
}

if (
  process.argv[1] &&
  import.meta.url.endsWith(relative(repositoryRoot, process.argv[1]))
) {
  await main();
}
