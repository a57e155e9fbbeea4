/**
 * Reads the local outbox: the folder where the notifier writes one JSON file
 * per email or SMS in place of sending it through SES or SNS.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import * as z from "zod";
import { isLanguageCode, languages } from "../../shared/languages";

export const outboxMessageSchema = z.object({
  messageId: z.string(),
  channel: z.enum(["email", "sms"]),
  to: z.string(),
  subject: z.string().nullish(),
  body: z.string(),
  template: z.string().nullish(),
  language: z.string().nullish(),
  caseReference: z.string().nullish(),
  createdAt: z.string(),
  notificationId: z.string().nullish(),
  /** "sent" for every file the outbox notifier writes; older files have none. */
  status: z.string().nullish(),
});

export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** A notification that failed after every attempt, as the local dead-letter queue stores it. */
export const deadLetterSchema = z.object({
  notificationId: z.string(),
  caseReference: z.string(),
  template: z.string(),
  channel: z.string(),
  attempts: z.number(),
  lastError: z.string().nullish(),
  failedAt: z.string(),
});

export type DeadLetterEntry = z.infer<typeof deadLetterSchema>;

export interface OutboxContents {
  /** Messages, newest first. */
  messages: OutboxMessage[];
  /** Names of files that are not valid message files, listed on the page. */
  unreadableFiles: string[];
  /** Notifications that were never sent, newest first. */
  deadLetters?: DeadLetterEntry[];
}

/** Reads the dead-letter folder inside the outbox; files that do not parse are skipped. */
async function readDeadLetters(directory: string): Promise<DeadLetterEntry[]> {
  const folder = join(directory, "dead-letter");
  const names = await readdir(folder).catch(() => [] as string[]);
  const entries: DeadLetterEntry[] = [];
  for (const name of names.filter((file) => file.endsWith(".json"))) {
    try {
      const parsed = deadLetterSchema.safeParse(
        JSON.parse(await readFile(join(folder, name), "utf8")),
      );
      if (parsed.success) entries.push(parsed.data);
    } catch {
      // A half-written file is read on the next page load.
    }
  }
  return entries.sort((a, b) => b.failedAt.localeCompare(a.failedAt));
}

/** Reads every `*.json` message in `directory`, newest first. A missing folder is an empty outbox. */
export async function readOutbox(directory: string | undefined): Promise<OutboxContents> {
  if (!directory) return { messages: [], unreadableFiles: [] };

  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => name.endsWith(".json"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return { messages: [], unreadableFiles: [] };
    }
    throw error;
  }

  const messages: OutboxMessage[] = [];
  const unreadableFiles: string[] = [];
  for (const name of names) {
    try {
      const parsed = outboxMessageSchema.safeParse(
        JSON.parse(await readFile(join(directory, name), "utf8")),
      );
      if (parsed.success) messages.push(parsed.data);
      else unreadableFiles.push(name);
    } catch {
      unreadableFiles.push(name);
    }
  }

  // ISO 8601 instants in UTC sort correctly as text; the id breaks ties so the order is stable.
  messages.sort(
    (a, b) =>
      b.createdAt.localeCompare(a.createdAt) || b.messageId.localeCompare(a.messageId),
  );
  return {
    messages,
    unreadableFiles: unreadableFiles.sort(),
    deadLetters: await readDeadLetters(directory),
  };
}

const htmlEscapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}

function summaryRow(key: string, value: string | null | undefined): string {
  return `<div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">${escapeHtml(key)}</dt>
          <dd class="govuk-summary-list__value">${escapeHtml(value ?? "Not given")}</dd>
        </div>`;
}

/** Shows a language code with its English name, such as "pl (Polish)". */
function languageLabel(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  return isLanguageCode(code) ? `${code} (${languages[code].englishName})` : code;
}

function renderMessage(message: OutboxMessage, index: number): string {
  const channel = message.channel === "email" ? "Email" : "Text message (SMS)";
  const heading = message.subject || (message.channel === "sms" ? "Text message" : "");
  const code = message.language ?? "";
  // The text's own language and direction, so Arabic and Urdu read right to left.
  const textAttributes = isLanguageCode(code)
    ? ` lang="${code}" dir="${languages[code].direction}"`
    : "";
  return `<article class="app-message" aria-labelledby="message-${index}">
      <h2 class="govuk-heading-m" id="message-${index}">
        <span class="govuk-caption-m">${escapeHtml(channel)}</span>
        <span${textAttributes}>${escapeHtml(heading)}</span>
      </h2>
      <dl class="govuk-summary-list">
        ${summaryRow("To", message.to)}
        ${summaryRow("Channel", message.channel)}
        ${summaryRow("Language", languageLabel(message.language))}
        ${summaryRow("Delivery status", message.status ?? "sent")}
        ${summaryRow("Case reference", message.caseReference)}
        ${summaryRow("Template", message.template)}
        ${summaryRow("Created at", message.createdAt)}
      </dl>
      <h3 class="govuk-heading-s">Message</h3>
      <pre class="app-message__body"${textAttributes}>${escapeHtml(message.body)}</pre>
    </article>`;
}

/** A cut-down copy of GOV.UK Design System styles, inline so the page needs no other file. */
const styles = `
  body { margin: 0; font-family: Arial, sans-serif; color: #0b0c0c; background: #fff; font-size: 19px; line-height: 1.3; }
  a { color: #1d70b8; } a:focus, a:focus-visible { outline: 3px solid transparent; background: #fd0; color: #0b0c0c; box-shadow: 0 -2px #fd0, 0 4px #0b0c0c; text-decoration: none; }
  .govuk-skip-link { position: absolute; left: -9999px; } .govuk-skip-link:focus { position: static; display: block; padding: 10px 15px; }
  .govuk-header { background: #0b0c0c; color: #fff; border-bottom: 10px solid #1d70b8; padding: 10px 0; }
  .govuk-header__service { color: #fff; font-weight: 700; font-size: 24px; text-decoration: none; }
  .govuk-width-container { max-width: 960px; margin: 0 15px; } @media (min-width: 40.0625em) { .govuk-width-container { margin: 0 30px; } } @media (min-width: 1020px) { .govuk-width-container { margin: 0 auto; } }
  .govuk-main-wrapper { padding: 40px 0; }
  .govuk-heading-xl { font-size: 32px; margin: 0 0 30px; } @media (min-width: 40.0625em) { .govuk-heading-xl { font-size: 48px; } }
  .govuk-heading-m { font-size: 24px; margin: 0 0 15px; } .govuk-heading-s { font-size: 19px; margin: 20px 0 10px; }
  .govuk-caption-m { display: block; color: #505a5f; font-size: 19px; font-weight: 400; }
  .govuk-body { margin: 0 0 20px; }
  .govuk-summary-list { margin: 0 0 20px; } .govuk-summary-list__row { display: flex; flex-wrap: wrap; border-bottom: 1px solid #b1b4b6; padding: 10px 0; }
  .govuk-summary-list__key { font-weight: 700; width: 30%; min-width: 10em; margin: 0; } .govuk-summary-list__value { margin: 0; flex: 1; overflow-wrap: anywhere; }
  .govuk-inset-text { border-left: 10px solid #b1b4b6; padding: 15px; margin: 0 0 30px; }
  .app-message { border-top: 5px solid #1d70b8; padding-top: 20px; margin-bottom: 40px; }
  .govuk-table { border-collapse: collapse; width: 100%; margin: 0 0 40px; } .govuk-table__header, .govuk-table__cell { text-align: start; border-bottom: 1px solid #b1b4b6; padding: 10px 20px 10px 0; vertical-align: top; overflow-wrap: anywhere; }
  .app-message__body { white-space: pre-wrap; font-family: inherit; background: #f3f2f1; padding: 15px; margin: 0; overflow-wrap: anywhere; }
`;

function renderDeadLetters(entries: DeadLetterEntry[]): string {
  if (entries.length === 0) return "";
  const rows = entries
    .map(
      (entry) => `<tr class="govuk-table__row">
          <td class="govuk-table__cell">${escapeHtml(entry.caseReference)}</td>
          <td class="govuk-table__cell">${escapeHtml(entry.template)}</td>
          <td class="govuk-table__cell">${escapeHtml(entry.channel)}</td>
          <td class="govuk-table__cell">${entry.attempts}</td>
          <td class="govuk-table__cell">${escapeHtml(entry.lastError ?? "Not given")}</td>
          <td class="govuk-table__cell">${escapeHtml(entry.failedAt)}</td>
        </tr>`,
    )
    .join("\n");
  return `<h2 class="govuk-heading-m">Failed: in the dead-letter queue</h2>
        <table class="govuk-table">
          <caption class="govuk-body">Notifications that failed after every attempt. Staff see them on the case and can send them again.</caption>
          <thead><tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">Case reference</th>
            <th scope="col" class="govuk-table__header">Template</th>
            <th scope="col" class="govuk-table__header">Channel</th>
            <th scope="col" class="govuk-table__header">Attempts</th>
            <th scope="col" class="govuk-table__header">Last error</th>
            <th scope="col" class="govuk-table__header">Failed at</th>
          </tr></thead>
          <tbody>${rows}</tbody>
        </table>`;
}

/** Renders the outbox as an HTML page. Every value from a message file is escaped. */
export function renderOutboxPage(contents: OutboxContents): string {
  const count = contents.messages.length;
  const summary =
    count === 0
      ? "No emails or text messages have been sent yet."
      : `${count} ${count === 1 ? "message" : "messages"}, newest first.`;
  const unreadable =
    contents.unreadableFiles.length === 0
      ? ""
      : `<div class="govuk-inset-text">These files in the outbox folder are not valid message files: ${contents.unreadableFiles.map(escapeHtml).join(", ")}.</div>`;

  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Outbox - Local EHC assessment service</title>
    <style>${styles}</style>
  </head>
  <body>
    <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
    <header class="govuk-header">
      <div class="govuk-width-container">
        <a href="/" class="govuk-header__service">EHC needs assessment (local)</a>
      </div>
    </header>
    <div class="govuk-width-container">
      <main class="govuk-main-wrapper" id="main-content">
        <h1 class="govuk-heading-xl">Outbox</h1>
        <p class="govuk-body">Emails and text messages the local service would have sent through SES and SNS. ${escapeHtml(summary)} <a href="/local/outbox.json">View as JSON</a>.</p>
        ${unreadable}
        ${renderDeadLetters(contents.deadLetters ?? [])}
        ${contents.messages.map(renderMessage).join("\n")}
      </main>
    </div>
  </body>
</html>
`;
}
