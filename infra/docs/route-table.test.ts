import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { routes } from "../../shared/routes";
import { architectureFile, renderRouteTable } from "./route-table";

/** Prettier pads Markdown tables, so compare cell text without the padding. */
function cells(markdown: string): string[] {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .split("|")
        .map((cell) => cell.trim())
        .join("|"),
    );
}

describe("architecture guide", () => {
  it("lists every route as built", () => {
    const guide = cells(readFileSync(architectureFile, "utf8"));

    for (const line of cells(renderRouteTable())) {
      expect(guide, "run npm run docs to update docs/architecture.md").toContain(line);
    }
    expect(routes.length).toBeGreaterThan(0);
  });
});
