/** Calendar dates in the reader's language, such as "Monday 2 March 2026" in English. */
import { formatLongDate, type IsoDate } from "../../../shared/dates";
import { isLanguageCode, type LanguageCode } from "../../../shared/languages";

/** Locale tags with Latin digits, so dates read the same as references in every script. */
export const dateLocales: Record<LanguageCode, string> = {
  en: "en-GB",
  pl: "pl-PL",
  pa: "pa-IN",
  so: "so-SO",
  ar: "ar-u-nu-latn",
  ur: "ur-PK-u-nu-latn",
};

export function formatDateIn(date: IsoDate, language: string): string {
  if (!isLanguageCode(language) || language === "en") return formatLongDate(date);
  // Noon UTC is the same calendar day in London all year.
  return new Intl.DateTimeFormat(dateLocales[language], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T12:00:00Z`));
}
