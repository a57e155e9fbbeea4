/**
 * The languages the service writes to families in. English is complete and
 * reviewed; the others are the borough's most spoken languages after
 * English. Messages and screens fall back to English for anything not yet
 * translated.
 */
export const languageCodes = ["en", "pl", "pa", "so", "ar", "ur"] as const;
export type LanguageCode = (typeof languageCodes)[number];

export interface LanguageInfo {
  code: LanguageCode;
  /** The language's name in English, as staff see it. */
  englishName: string;
  /** The language's name in itself, as the language switcher shows it. */
  nativeName: string;
  direction: "ltr" | "rtl";
}

export const languages: Record<LanguageCode, LanguageInfo> = {
  en: { code: "en", englishName: "English", nativeName: "English", direction: "ltr" },
  pl: { code: "pl", englishName: "Polish", nativeName: "Polski", direction: "ltr" },
  pa: { code: "pa", englishName: "Punjabi", nativeName: "ਪੰਜਾਬੀ", direction: "ltr" },
  so: { code: "so", englishName: "Somali", nativeName: "Soomaali", direction: "ltr" },
  ar: { code: "ar", englishName: "Arabic", nativeName: "العربية", direction: "rtl" },
  ur: { code: "ur", englishName: "Urdu", nativeName: "اردو", direction: "rtl" },
};

export function isLanguageCode(value: string): value is LanguageCode {
  return (languageCodes as readonly string[]).includes(value);
}

/**
 * Returns the language code for the language a family typed or picked, such
 * as "Polish", "polski", "pl" or "Punjabi (Gurmukhi)". Anything else, and an
 * empty answer, is English, because English is the one complete language.
 */
export function languageCodeOf(text: string | undefined): LanguageCode {
  const value = (text ?? "").trim().toLowerCase();
  if (isLanguageCode(value)) return value;

  for (const info of Object.values(languages)) {
    const names = [info.englishName.toLowerCase(), info.nativeName.toLowerCase()];
    if (names.some((name) => value === name || value.startsWith(`${name} `))) {
      return info.code;
    }
  }
  if (value.startsWith("panjabi")) return "pa";
  return "en";
}
