/**
 * The message centre and contact preferences: request bodies and the views
 * the API returns. One thread per case, between the family and the
 * coordinator, and the school when the family agrees.
 */
import * as z from "zod";
import { languageCodes, type LanguageCode } from "../languages";
import type { Role } from "../roles";
import { contactChannels } from "./request";
import { text } from "./common";

/** A message's maximum length, in characters: about a page of text. */
export const maxMessageLength = 3000;

export const postMessageBodySchema = z.strictObject({
  body: text("your message", maxMessageLength),
});
export type PostMessageBody = z.output<typeof postMessageBodySchema>;

export const contactPreferencesBodySchema = z.strictObject({
  channel: z.enum(contactChannels, { error: "Select how you want us to contact you" }),
  language: z.enum(languageCodes, { error: "Select a language" }),
  shareMessagesWithSchool: z.boolean({
    error: "Select whether the school can see and send messages",
  }),
});
export type ContactPreferencesBody = z.output<typeof contactPreferencesBodySchema>;

export type ContactPreferencesView = ContactPreferencesBody & {
  caseId: string;
  reference: string;
};

/** Who wrote a message: the family, council staff (usually the coordinator), or the school. */
export type ThreadAuthor = "family" | "council" | "school";

export interface ThreadMessage {
  messageId: string;
  author: ThreadAuthor;
  /** The writer's name for staff and schools; "You" never appears here, the screen decides that. */
  authorName: string;
  authorRole: Role;
  /** True when the caller wrote it. */
  mine: boolean;
  body: string;
  sentAt: string;
}

export interface ThreadView {
  caseId: string;
  reference: string;
  /** Whether the family lets the school read and write in the thread. */
  schoolIncluded: boolean;
  /** Whether the caller may write: false for a school the family has not included. */
  canPost: boolean;
  messages: ThreadMessage[];
}

export type DeliveryStatus =
  | "pending"
  | "sending"
  | "sent"
  | "failed"
  | "suppressed"
  | "delivered"
  | "bounced"
  | "complained";

/** One email or SMS as staff see it: the address partly hidden, no message text. */
export interface NotificationView {
  notificationId: string;
  caseReference: string;
  audience: string;
  channel: "email" | "sms";
  /** Such as "f•••@example.com" or "•••••••0982". */
  maskedAddress: string;
  language: LanguageCode;
  template: string;
  status: DeliveryStatus;
  attempts: number;
  lastError?: string;
  createdAt: string;
  sentAt?: string;
}
