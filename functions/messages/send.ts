/**
 * Works out who hears about what, and sends it. Messages go after the change
 * has committed, and a failure to send is logged with the case reference,
 * never with the address, and does not undo the change.
 *
 * NOTE: a message lost between the commit and the send (a crash, or SES or
 * SNS down) is not retried. A transactional outbox written in the same
 * transaction, drained from the table's stream, would close that gap.
 */
import type { AssessmentRequest } from "../../shared/schemas/request";
import { describeError, logger } from "../commons/logger";
import { getProfile, getSchool, type CaseItem } from "../store/case-store";
import { notifier, type Channel, type Message } from "./notifier";
import type { Rendered } from "./templates";

export interface Recipient {
  channel: Channel;
  to: string;
}

interface Contact {
  email?: string;
  phone?: string;
}

/**
 * Returns the family's addresses in the channel they chose. Someone who
 * chose one channel but gave only the other still gets the message by the other.
 */
export function familyRecipients(request: AssessmentRequest): Recipient[] {
  const contacts: Contact[] =
    request.requester.type === "young-person"
      ? [{ email: request.child.email, phone: request.child.phone }]
      : request.parents.map((parent) => ({ email: parent.email, phone: parent.phone }));
  const channel = request.contactPreferences.channel;
  const recipients: Recipient[] = [];

  for (const contact of contacts) {
    const wantsEmail = channel === "email" || channel === "both" || !contact.phone;
    const wantsSms = channel === "sms" || channel === "both" || !contact.email;
    if (wantsEmail && contact.email)
      recipients.push({ channel: "email", to: contact.email });
    if (wantsSms && contact.phone) recipients.push({ channel: "sms", to: contact.phone });
  }
  return dedupe(recipients);
}

/**
 * Returns the school's email: the person who sent the request for a school
 * request, otherwise the school's own address if the council has one.
 */
export async function schoolRecipients(
  caseItem: Pick<CaseItem, "requesterType" | "requesterUserId" | "schoolUrn">,
): Promise<Recipient[]> {
  if (caseItem.requesterType === "school") {
    const requester = await getProfile(caseItem.requesterUserId);
    return requester?.email ? [{ channel: "email", to: requester.email }] : [];
  }
  if (!caseItem.schoolUrn) return [];

  const school = await getSchool(caseItem.schoolUrn);
  return school?.email ? [{ channel: "email", to: school.email }] : [];
}

/** Sends one rendered template to each recipient in the right form for its channel. */
export async function sendToAll(
  recipients: Recipient[],
  rendered: Rendered,
  context: { caseReference: string; language: string; now: Date },
): Promise<number> {
  let sent = 0;

  for (const recipient of dedupe(recipients)) {
    const message: Message = {
      channel: recipient.channel,
      to: recipient.to,
      subject: recipient.channel === "email" ? rendered.subject : "",
      body: recipient.channel === "email" ? rendered.email : rendered.sms,
      template: rendered.template,
      // NOTE: templates are in English only; the chosen language is recorded
      // so that translated templates can be picked from it later.
      language: context.language,
      caseReference: context.caseReference,
    };

    try {
      await notifier().send(message, context.now);
      sent += 1;
    } catch (error) {
      logger.error("Message not sent", {
        caseReference: context.caseReference,
        template: rendered.template,
        channel: recipient.channel,
        ...describeError(error),
      });
    }
  }
  return sent;
}

function dedupe(recipients: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((recipient) => {
    const key = `${recipient.channel}|${recipient.to.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
