/**
 * Writes the route table in docs/architecture.md from `shared/routes.ts`,
 * between the `routes:start` and `routes:end` markers, so the guide cannot
 * drift from the routes the stack and the local server build.
 * Run with `npm run docs`; a unit test fails while the guide is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { routes, type Route } from "../../shared/routes";
import { roles } from "../../shared/roles";

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const architectureFile = join(repositoryRoot, "docs/architecture.md");

const startMarker = "<!-- routes:start: written by npm run docs -->";
const endMarker = "<!-- routes:end -->";

function describeRoles(allowed: readonly string[]): string {
  if (allowed.length === roles.length) return "every role";
  const missing = roles.filter((role) => !allowed.includes(role));
  if (missing.length <= 2) return `every role but ${missing.join(" and ")}`;
  return allowed.join(", ");
}

function row(route: Route): string {
  return `| ${route.method} | \`${route.path}\` | \`${route.handler}\` | ${describeRoles(route.roles)} | ${route.access} | ${route.summary} |`;
}

export function renderRouteTable(): string {
  return [
    "| method | path | handler | roles | access | what it does |",
    "| --- | --- | --- | --- | --- | --- |",
    ...routes.map(row),
  ].join("\n");
}

/** Returns the guide with its route table replaced by the current one. */
export function withCurrentRouteTable(markdown: string): string {
  const start = markdown.indexOf(startMarker);
  const end = markdown.indexOf(endMarker);
  if (start < 0 || end < start) {
    throw new Error(`${architectureFile} has no ${startMarker} ... ${endMarker} block`);
  }
  return (
    markdown.slice(0, start + startMarker.length) +
    "\n\n" +
    renderRouteTable() +
    "\n\n" +
    markdown.slice(end)
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(architectureFile, "utf8");
  writeFileSync(architectureFile, withCurrentRouteTable(current));
  console.log(`Wrote ${routes.length} routes to docs/architecture.md`);
}
