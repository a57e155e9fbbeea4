/**
 * Turns one rendered message and its recipients into notification items for
 * the caller's transaction, each in the recipient's language and channel,
 * and hands them to the sender once the transaction has committed.
 */
import type { LanguageCode } from "../../shared/languages";
import { config } from "../commons/config";
import { describeError, logger } from "../commons/logger";
import type { TransactItem } from "../store/transact";
import { localise } from "./localise";
import type { Channel } from "./notifier";
import {
  notificationPut,
  type Audience,
  type NotificationKey,
} from "./notification-store";
import { sendNotification } from "./sender";
import type { Rendered } from "./templates";

export interface Recipient {
  channel: Channel;
  to: string;
  audience: Audience;
  language: LanguageCode;
}

export interface Queued {
  items: TransactItem[];
  keys: NotificationKey[];
}

export const nothingQueued: Queued = { items: [], keys: [] };

export function mergeQueued(...parts: Queued[]): Queued {
  return {
    items: parts.flatMap((part) => part.items),
    keys: parts.flatMap((part) => part.keys),
  };
}

/** Drops repeats of the same address on the same channel, keeping the first. */
export function dedupe(recipients: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((recipient) => {
    const key = `${recipient.channel}|${recipient.to.trim().toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface QueueContext {
  /** `CASE#<caseId>` for a case; a held duplicate's own partition otherwise. */
  partition: string;
  caseId?: string;
  caseReference: string;
  now: Date;
}

/** Builds one pending notification per recipient, rendered in that recipient's language. */
export function queueMessages(
  recipients: Recipient[],
  rendered: Rendered,
  context: QueueContext,
): Queued {
  const queued: Queued = { items: [], keys: [] };

  for (const recipient of dedupe(recipients)) {
    const text = localise(rendered, recipient.language);
    const { item, key } = notificationPut(
      {
        partition: context.partition,
        caseId: context.caseId,
        caseReference: context.caseReference,
        audience: recipient.audience,
        channel: recipient.channel,
        to: recipient.to,
        language: text.language,
        template: rendered.template,
        subject: recipient.channel === "email" ? text.subject : "",
        body: recipient.channel === "email" ? text.email : text.sms,
      },
      context.now,
    );
    queued.items.push(item);
    queued.keys.push(key);
  }
  return queued;
}

/**
 * Sends newly committed notifications straight away, where no table stream
 * does it: locally, the same sender code runs here that the stream consumer
 * runs in AWS. A send that fails here stays pending for the sender loop to
 * retry, and the error is logged here, not thrown to the caller.
 */
export async function dispatchQueued(queued: Queued): Promise<void> {
  if (config.notificationsFromStream) return;

  for (const key of queued.keys) {
    try {
      await sendNotification(key);
    } catch (error) {
      logger.error("Notification left for the sender loop", {
        notificationKey: key.SK,
        ...describeError(error),
      });
    }
  }
}
