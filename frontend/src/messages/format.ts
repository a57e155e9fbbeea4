/** Dates and times in the message centre, in London time and the reader's language. */
import { isLanguageCode } from "../../../shared/languages";
import { dateLocales } from "../i18n/dates";

/** Formats an instant such as "Monday 2 March 2026 at 9:05am" in English, or the language's own form. */
export function formatSentAt(instant: string, language: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const code = isLanguageCode(language) ? language : "en";

  if (code === "en") {
    const day = new Intl.DateTimeFormat("en-GB", {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Europe/London",
    }).format(date);
    const time = new Intl.DateTimeFormat("en-GB", {
      hour: "numeric",
      minute: "2-digit",
      hour12: true,
      timeZone: "Europe/London",
    })
      .format(date)
      .replace(" ", "")
      .toLowerCase();
    // GOV.UK style: "Monday 2 March 2026 at 9:05am", with no comma after the weekday.
    return `${day.replace(",", "")} at ${time}`;
  }

  return new Intl.DateTimeFormat(dateLocales[code], {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Europe/London",
  }).format(date);
}
