/**
 * Works out who hears about a case, in which channel and language. The
 * messages themselves are queued in the change's own transaction (see
 * `queue.ts`) and sent by the sender afterwards.
 */
import type { AssessmentRequest } from "../../shared/schemas/request";
import { languageCodeOf } from "../../shared/languages";
import { getProfile, getSchool, type CaseItem } from "../store/case-store";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { dynamo } from "../commons/clients";
import { config } from "../commons/config";
import { logger } from "../commons/logger";
import { keys } from "../store/table";
import { transact } from "../store/transact";
import { dedupe, dispatchQueued, queueMessages, type Recipient } from "./queue";
import type { Rendered } from "./templates";

export type { Recipient } from "./queue";

interface Contact {
  email?: string;
  phone?: string;
}

/**
 * Returns the family's addresses in the channel and language they chose.
 * Someone who chose one channel but gave only the other still gets the
 * message by the other.
 */
export function familyRecipients(request: AssessmentRequest): Recipient[] {
  const contacts: Contact[] =
    request.requester.type === "young-person"
      ? [{ email: request.child.email, phone: request.child.phone }]
      : request.parents.map((parent) => ({ email: parent.email, phone: parent.phone }));
  const channel = request.contactPreferences.channel;
  const language = languageCodeOf(request.contactPreferences.language);
  const recipients: Recipient[] = [];

  for (const contact of contacts) {
    const wantsEmail = channel === "email" || channel === "both" || !contact.phone;
    const wantsSms = channel === "sms" || channel === "both" || !contact.email;
    if (wantsEmail && contact.email) {
      recipients.push({
        channel: "email",
        to: contact.email,
        audience: "family",
        language,
      });
    }
    if (wantsSms && contact.phone) {
      recipients.push({
        channel: "sms",
        to: contact.phone,
        audience: "family",
        language,
      });
    }
  }
  return dedupe(recipients);
}

/** Returns a staff member's or adviser's email, in English, when their profile has one. */
export function staffRecipient(
  profile: { email?: string } | undefined,
  audience: Recipient["audience"],
): Recipient[] {
  return profile?.email
    ? [{ channel: "email", to: profile.email, audience, language: "en" }]
    : [];
}

/**
 * Returns the school's email: the person who sent the request for a school
 * request, otherwise the school's own address if the council has one.
 */
export async function schoolRecipients(
  caseItem: Pick<CaseItem, "requesterType" | "requesterUserId" | "schoolUrn">,
): Promise<Recipient[]> {
  if (caseItem.requesterType === "school") {
    return staffRecipient(await getProfile(caseItem.requesterUserId), "school");
  }
  if (!caseItem.schoolUrn) return [];

  return staffRecipient(await getSchool(caseItem.schoolUrn), "school");
}

/** A recipient as older callers give it: audience and language are optional. */
export interface LooseRecipient {
  channel: Recipient["channel"];
  to: string;
  audience?: Recipient["audience"];
  language?: Recipient["language"];
}

/**
 * Queues one rendered message to each recipient in a transaction of its own,
 * then hands them to the sender. Returns the number queued.
 *
 * NOTE: this commits after the caller's change, so a crash between the two
 * loses the messages. Callers that can should add `queueMessages` items to
 * their own transaction and call `dispatchQueued` after it commits.
 */
export async function sendToAll(
  recipients: LooseRecipient[],
  rendered: Rendered,
  context: { caseReference: string; language: string; now: Date; caseId?: string },
): Promise<number> {
  if (recipients.length === 0) return 0;

  const caseId = context.caseId ?? (await caseIdOf(context.caseReference));
  const language = languageCodeOf(context.language);
  const queued = queueMessages(
    recipients.map((recipient) => ({
      ...recipient,
      audience: recipient.audience ?? "coordinator",
      language: recipient.language ?? language,
    })),
    rendered,
    {
      partition: caseId ? `CASE#${caseId}` : `REFERENCE#${context.caseReference}`,
      caseId,
      caseReference: context.caseReference,
      now: context.now,
    },
  );

  const outcome = await transact(queued.items);
  if (!outcome.committed) {
    logger.error("Notifications not stored", {
      caseReference: context.caseReference,
      template: rendered.template,
      reasons: outcome.reasons.join(","),
    });
    return 0;
  }
  await dispatchQueued(queued);
  return queued.keys.length;
}

async function caseIdOf(reference: string): Promise<string | undefined> {
  const result = await dynamo().send(
    new GetCommand({ TableName: config.tableName, Key: keys.reference(reference) }),
  );
  return result.Item?.caseId as string | undefined;
}
