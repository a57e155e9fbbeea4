/**
 * The i18next set-up for the family-facing screens. English is complete,
 * and any key another language lacks falls back to English (`fallbackLng`).
 * The chosen language is kept in local storage, and the page's `lang` and
 * `dir` follow it, so Arabic and Urdu read right to left.
 */
import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import {
  isLanguageCode,
  languageCodes,
  languages,
  type LanguageCode,
} from "../../../shared/languages";
import { ar } from "./ar";
import { en } from "./en";
import { pa } from "./pa";
import { pl } from "./pl";
import { so } from "./so";
import type { LanguageContent } from "./types";
import { ur } from "./ur";

/** Every language's content, English included, by language code. */
export const contents: Record<LanguageCode, LanguageContent> = {
  en: { meta: { translation: "human", reviewed: true }, translation: en },
  pl,
  pa,
  so,
  ar,
  ur,
};

const storageKey = "ehc-language";

function storedLanguage(): LanguageCode {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey) ?? "";
    return isLanguageCode(stored) ? stored : "en";
  } catch {
    // Storage can be blocked, such as in a private window, so English is used.
    return "en";
  }
}

/** Sets the document's language and direction to match `code`. */
function applyToDocument(code: string): void {
  if (typeof document === "undefined") return;
  const language = isLanguageCode(code) ? code : "en";
  document.documentElement.lang = language;
  document.documentElement.dir = languages[language].direction;
}

/** Creates an initialised i18next instance. The app uses one, and tests make their own. */
export function createI18n(language: LanguageCode = "en"): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: "en",
    supportedLngs: [...languageCodes],
    resources: Object.fromEntries(
      languageCodes.map((code) => [code, { translation: contents[code].translation }]),
    ),
    // React escapes text itself.
    interpolation: { escapeValue: false },
    initAsync: false,
    // i18next 25 otherwise logs an advertisement to the console on start.
    showSupportNotice: false,
  });
  return instance;
}

export const i18n = createI18n(storedLanguage());
applyToDocument(i18n.language);
i18n.on("languageChanged", (code) => {
  applyToDocument(code);
  try {
    globalThis.localStorage?.setItem(storageKey, code);
  } catch {
    // The choice then lasts until the page reloads.
  }
});

/** Whether the current language's text is a translation nobody has checked. */
export function isUnreviewed(code: string): boolean {
  return isLanguageCode(code) && !contents[code].meta.reviewed;
}
