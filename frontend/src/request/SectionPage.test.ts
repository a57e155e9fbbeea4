import { describe, expect, it } from "vitest";
import { sectionValue } from "./SectionPage";
import { findSection } from "./sections";

const parents = findSection("parents-or-carers")!;
const child = findSection("about-the-child")!;

describe("sectionValue", () => {
  it("keeps second parent at index 1", () => {
    const value = sectionValue(
      parents,
      { "parents.0.firstName": "Marigold", "parents.1.firstName": "Piotr" },
      2,
      false,
    );
    expect(value).toEqual([{ firstName: "Marigold" }, { firstName: "Piotr" }]);
  });

  it("checks blank parent as empty", () => {
    const value = sectionValue(parents, { "parents.1.firstName": "Piotr" }, 2, false);
    expect(value).toEqual([{}, { firstName: "Piotr" }]);
  });

  it("drops blank items when finishing later", () => {
    const value = sectionValue(parents, { "parents.1.firstName": "Piotr" }, 2, true);
    expect(value).toEqual([{ firstName: "Piotr" }]);
  });

  it("checks missing address as empty", () => {
    expect(sectionValue(child, {}, 1, false)).toEqual({ address: {} });
    expect(sectionValue(child, {}, 1, true)).toEqual({});
  });
});
