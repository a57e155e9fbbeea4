/**
 * Puts a rendered English message into the recipient's language. A
 * translated email carries the translation first and the English original
 * after it, because the translations are not yet reviewed by a person and a
 * message about a child's legal rights must not depend on them alone.
 * Templates without a translation (every staff template) stay in English.
 */
import type { IsoDate } from "../../shared/dates";
import type { LanguageCode } from "../../shared/languages";
import { messageContent } from "./content";
import { translatedTemplates, type TranslatedTemplate } from "./content/types";
import type { Rendered } from "./templates";

/** Locale tags for dates, with Latin digits so references and dates read the same in every script. */
const dateLocales: Record<LanguageCode, string> = {
  en: "en-GB",
  pl: "pl-PL",
  pa: "pa-IN",
  so: "so-SO",
  ar: "ar-u-nu-latn",
  ur: "ur-PK-u-nu-latn",
};

export function formatDateIn(date: IsoDate, language: LanguageCode): string {
  return new Intl.DateTimeFormat(dateLocales[language], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T12:00:00Z`));
}

function isTranslated(template: string): template is TranslatedTemplate {
  return (translatedTemplates as readonly string[]).includes(template);
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

export interface Localised extends Rendered {
  /** The language the text is in: the one asked for, or "en" when there is no translation. */
  language: LanguageCode;
}

export function localise(rendered: Rendered, language: LanguageCode): Localised {
  if (language === "en" || !rendered.translation || !isTranslated(rendered.template)) {
    return { ...rendered, language: "en" };
  }

  const content = messageContent[language];
  const text = content.templates[rendered.template];
  const { reference, link, date } = rendered.translation;
  const values = {
    reference,
    link,
    date: date ? formatDateIn(date, language) : "",
  };

  return {
    ...rendered,
    language,
    subject: fill(text.subject, values),
    email: [
      content.notice,
      "",
      ...text.lines.map((line) => fill(line, values)),
      "",
      content.signOff,
      "",
      "----------------------------------------",
      "English",
      "",
      rendered.email,
    ].join("\n"),
    sms: fill(text.sms, values),
  };
}
