import { afterAll, describe, expect, it } from "vitest";
import { languageCodes } from "../../../shared/languages";
import { contents, createI18n } from ".";
import { en } from "./en";

/** Flattens nested content into dotted keys: `{ a: { b: "x" } }` gives `a.b`. */
function flatten(content: object, prefix = ""): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [name, value] of Object.entries(content)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === "string") keys.set(key, value);
    else for (const [inner, text] of flatten(value as object, key)) keys.set(inner, text);
  }
  return keys;
}

/** Returns the `{{name}}` placeholders and the `<strong>` tags a text contains, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}|<\/?\w+>/g)]
    .map((match) => match[1] ?? match[0])
    .sort();
}

const english = flatten(en);
const others = languageCodes.filter((code) => code !== "en");
const missingReport: string[] = [];

afterAll(() => {
  // The report a translator works from: every key that shows in English instead.
  console.log(
    missingReport.length === 0
      ? "Translations: no keys missing"
      : `Translations: keys missing, shown in English\n${missingReport.join("\n")}`,
  );
});

describe("translations", () => {
  it.each(others)("reports missing keys in %s", (code) => {
    const translated = flatten(contents[code].translation);
    const missing = [...english.keys()].filter((key) => !translated.has(key));

    if (missing.length > 0) missingReport.push(`  ${code}: ${missing.join(", ")}`);
    // The count is reported, not failed: a missing key falls back to English.
    expect(missing.length).toBeLessThanOrEqual(english.size);
  });

  it.each(others)("has no unknown keys in %s", (code) => {
    const translated = flatten(contents[code].translation);
    const unknown = [...translated.keys()].filter((key) => !english.has(key));

    expect(unknown).toEqual([]);
  });

  it.each(others)("keeps the placeholders in %s", (code) => {
    for (const [key, text] of flatten(contents[code].translation)) {
      expect(placeholders(text), `${code} ${key}`).toEqual(
        placeholders(english.get(key) ?? ""),
      );
    }
  });

  it.each(others)("marks %s as unreviewed", (code) => {
    expect(contents[code].meta.reviewed).toBe(false);
    expect(contents[code].meta.translation).toBe("machine");
  });

  it("translates the message centre fully", () => {
    for (const code of others) {
      const translated = flatten(contents[code].translation);
      const wanted = [...english.keys()].filter(
        (key) =>
          key.startsWith("messages.") ||
          key.startsWith("preferences.") ||
          key.startsWith("common."),
      );
      expect(
        wanted.filter((key) => !translated.has(key)),
        code,
      ).toEqual([]);
    }
  });
});

describe("fallback", () => {
  it("shows Polish where translated", () => {
    const i18n = createI18n("pl");

    expect(i18n.t("messages.title")).toBe("Wiadomości");
    expect(i18n.t("messages.caption", { reference: "EHC-7K3QF9" })).toBe(
      "Sprawa EHC-7K3QF9",
    );
  });

  it("falls back to English", () => {
    const i18n = createI18n("pl");
    i18n.addResource("en", "translation", "test.onlyInEnglish", "Only in English");

    expect(i18n.t("test.onlyInEnglish")).toBe("Only in English");
  });

  it("falls back for an unknown language", async () => {
    const i18n = createI18n("en");
    await i18n.changeLanguage("cy");

    expect(i18n.t("messages.title")).toBe("Messages");
  });
});
