/**
 * The shape of one language's message content. Every family-facing template
 * has a translated subject, body lines and SMS text; `{reference}`, `{date}`
 * and `{link}` are replaced when the message is rendered, and nothing else
 * about the case goes in.
 */
export const translatedTemplates = [
  "request-confirmation",
  "decision-assess",
  "decision-refuse",
  "reminder-family",
  "exception-applied",
  "message-received",
] as const;
export type TranslatedTemplate = (typeof translatedTemplates)[number];

export interface TemplateText {
  subject: string;
  lines: string[];
  sms: string;
}

export interface MessageContent {
  /** Who translated the text and whether a person has checked it. */
  translation: { method: "machine" | "human"; reviewed: boolean };
  /** Opens every translated email: says the English copy below is the one that counts. */
  notice: string;
  signOff: string;
  templates: Record<TranslatedTemplate, TemplateText>;
}
