import { describe, expect, it } from "vitest";
import { caseReference } from "../../shared/schemas/case";
import { newReference } from "./reference";

describe("newReference", () => {
  it("matches the reference schema", () => {
    for (let index = 0; index < 500; index += 1) {
      expect(caseReference.safeParse(newReference()).success).toBe(true);
    }
  });

  it("varies between calls", () => {
    const references = new Set(Array.from({ length: 200 }, () => newReference()));
    expect(references.size).toBeGreaterThan(195);
  });
});
