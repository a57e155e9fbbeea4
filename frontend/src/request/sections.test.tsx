/**
 * Every field path the request schema can report must link, from the error
 * summary, to an element that exists on the page showing the error.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { requestSections } from "../../../shared/schemas/request";
import { QuestionField } from "./QuestionField";
import {
  addButtonId,
  evidenceInputId,
  pathForField,
  sectionSpecs,
  shownFieldPaths,
  targetElementId,
  type SectionSpec,
} from "./sections";
import type { FormValues } from "./form-values";

interface SchemaDefinition {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

function definition(schema: z.ZodType): SchemaDefinition {
  return (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
}

/** Lists every path a schema can report an issue on: each object, array, item and field. */
function schemaPaths(schema: z.ZodType, prefix: string): string[] {
  const def = definition(schema);
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
      return schemaPaths(def.innerType!, prefix);
    case "pipe":
      return schemaPaths(def.in!, prefix);
    case "object":
      return [
        prefix,
        ...Object.entries(def.shape!).flatMap(([key, field]) =>
          schemaPaths(field, `${prefix}.${key}`),
        ),
      ];
    case "array":
      // Index 1 stands for any item after the first.
      return [
        prefix,
        ...schemaPaths(def.element!, `${prefix}.0`),
        ...schemaPaths(def.element!, `${prefix}.1`),
      ];
    default:
      return [prefix];
  }
}

/** Values that show every conditional field, such as the social worker's details. */
const everythingShown: FormValues = { "child.lookedAfter": "yes" };

/** Renders a section's questions as its page does and returns every element id. */
function renderedIds(spec: SectionSpec, itemCount: number): Set<string> {
  const html = shownFieldPaths(spec, everythingShown, itemCount)
    .map((name) => {
      const field = spec.groups
        .flatMap((group) => group.fields)
        .find((candidate) => name.endsWith(`.${candidate.path}`))!;
      return renderToStaticMarkup(
        <QuestionField
          spec={field}
          name={name}
          values={everythingShown}
          errors={[]}
          onChange={() => undefined}
        />,
      );
    })
    .join("");
  const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!));
  if (spec.list && itemCount < spec.list.max) ids.add(addButtonId(spec));
  return ids;
}

describe("error summary targets", () => {
  for (const spec of sectionSpecs) {
    const counts = spec.list ? [spec.list.min, Math.max(1, spec.list.min), 2] : [1];
    for (const count of [...new Set(counts)]) {
      it(`links ${spec.key} errors with ${count} shown`, () => {
        const ids = renderedIds(spec, count);
        const paths = schemaPaths(requestSections[spec.key], spec.key);
        expect(paths.length).toBeGreaterThan(0);
        for (const path of paths) {
          const target = targetElementId(spec, path, everythingShown, count);
          expect(ids.has(target), `${path} links to #${target}`).toBe(true);
        }
      });
    }
  }

  it("lands part of date on day", () => {
    const child = sectionSpecs.find((spec) => spec.key === "child")!;
    expect(targetElementId(child, "child.dateOfBirth.year", {}, 1)).toBe(
      "child-dateOfBirth",
    );
  });

  it("lands missing address on line 1", () => {
    const child = sectionSpecs.find((spec) => spec.key === "child")!;
    expect(targetElementId(child, "child.address", {}, 1)).toBe("child-address-line1");
  });

  it("links evidence errors to upload", () => {
    for (const path of schemaPaths(requestSections.evidence, "evidence")) {
      expect(pathForField("d1", path), path).toBe(
        `/requests/d1/evidence#${evidenceInputId}`,
      );
    }
  });

  it("links whole sections to their page", () => {
    expect(pathForField("d1", "child")).toBe(
      "/requests/d1/about-the-child#child-firstName",
    );
    expect(pathForField("d1", "needs")).toBe(
      "/requests/d1/needs#needs-communicationAndInteraction",
    );
    expect(pathForField("d1", "consent")).toBe("/requests/d1/consent#consent-givenBy");
    expect(pathForField("d1", "parents")).toBe(
      "/requests/d1/parents-or-carers#parents-0-firstName",
    );
    expect(pathForField("d1", "declaration")).toBe("#declaration");
  });
});
