/**
 * The message centre: one thread per case between the family and council
 * staff, which the school joins only when the family agrees. A new message
 * and its email or SMS alerts are written in one transaction. The alert
 * names the case by reference and never contains the message, because the
 * message may describe the child.
 */
import { ForbiddenError } from "../../shared/errors";
import { languageCodeOf, languages } from "../../shared/languages";
import type { Role } from "../../shared/roles";
import type {
  ContactPreferencesBody,
  ContactPreferencesView,
  PostMessageBody,
  ThreadAuthor,
  ThreadMessage,
  ThreadView,
} from "../../shared/schemas/messages";
import { serviceWideRoles } from "../../shared/roles";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { config } from "../commons/config";
import { dynamo } from "../commons/clients";
import { logger } from "../commons/logger";
import { caseNotFound, loadCaseFor } from "../cases/access";
import { auditPut, writeAudit, type Actor } from "../store/audit";
import { getProfile, getRequestItem, queryAll, type CaseItem } from "../store/case-store";
import { keys } from "../store/table";
import { transact } from "../store/transact";
import { uuid7 } from "../store/uuid7";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { dispatchQueued, queueMessages } from "./queue";
import { familyRecipients, schoolRecipients, staffRecipient } from "./send";
import { messageReceived } from "./templates";

export interface ThreadItem {
  PK: string;
  SK: string;
  type: "thread-message";
  caseId: string;
  messageId: string;
  author: ThreadAuthor;
  authorId: string;
  authorRole: Role;
  authorName: string;
  body: string;
  sentAt: string;
}

export interface MessageSettingsItem {
  PK: string;
  SK: "MESSAGE-SETTINGS";
  type: "message-settings";
  shareMessagesWithSchool: boolean;
  updatedAt: string;
  updatedBy: string;
}

const threadKey = (caseId: string, messageId: string) => ({
  PK: `CASE#${caseId}`,
  SK: `THREAD#${messageId}`,
});
const settingsKey = (caseId: string) => ({
  PK: `CASE#${caseId}`,
  SK: "MESSAGE-SETTINGS" as const,
});

function authorOf(role: Role): ThreadAuthor {
  if (role === "parent" || role === "young-person") return "family";
  if (role === "school") return "school";
  if ((serviceWideRoles as readonly Role[]).includes(role)) return "council";
  // The route table allows no other role; this guards a future change to it.
  throw new ForbiddenError();
}

export async function schoolIncluded(caseId: string): Promise<boolean> {
  const result = await dynamo().send(
    new GetCommand({ TableName: config.tableName, Key: settingsKey(caseId) }),
  );
  return (
    (result.Item as MessageSettingsItem | undefined)?.shareMessagesWithSchool ?? false
  );
}

/**
 * Loads the case for a message-centre caller. A school the family has not
 * included gets "Case not found", as for any case it cannot see.
 */
async function loadThreadCase(
  principal: AuthenticatedPrincipal,
  caseId: string,
  actor: Actor,
  now: Date,
): Promise<{ caseItem: CaseItem; included: boolean }> {
  const caseItem = await loadCaseFor(principal, caseId, actor, now);
  const included = await schoolIncluded(caseId);
  if (principal.role === "school" && !included) throw caseNotFound();
  return { caseItem, included };
}

function toThreadMessage(
  item: ThreadItem,
  principal: AuthenticatedPrincipal,
): ThreadMessage {
  return {
    messageId: item.messageId,
    author: item.author,
    authorName: item.authorName,
    authorRole: item.authorRole,
    mine: item.authorId === principal.userId,
    body: item.body,
    sentAt: item.sentAt,
  };
}

export async function getThread(
  principal: AuthenticatedPrincipal,
  caseId: string,
  actor: Actor,
  now: Date,
): Promise<ThreadView> {
  const { caseItem, included } = await loadThreadCase(principal, caseId, actor, now);
  await writeAudit({ caseId, actor, action: "messages-viewed", at: now });
  const items = await queryAll<ThreadItem>({
    TableName: config.tableName,
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :prefix)",
    ExpressionAttributeValues: { ":pk": `CASE#${caseId}`, ":prefix": "THREAD#" },
  });

  return {
    caseId,
    reference: caseItem.reference,
    schoolIncluded: included,
    canPost: true,
    messages: items.map((item) => toThreadMessage(item, principal)),
  };
}

const alertFrom: Record<ThreadAuthor, string> = {
  family: "the family",
  council: "your EHC coordinator",
  school: "the school",
};

/** Everyone on the thread but the author, each in their channel and language. */
async function alertRecipients(
  caseItem: CaseItem,
  author: ThreadAuthor,
  included: boolean,
) {
  const requestItem = await getRequestItem(caseItem.caseId);
  const family = requestItem ? familyRecipients(requestItem.request) : [];
  const coordinator = staffRecipient(
    await getProfile(caseItem.coordinatorId),
    "coordinator",
  );
  const school = included ? await schoolRecipients(caseItem) : [];

  switch (author) {
    case "family":
      return [...coordinator, ...school];
    case "council":
      return [...family, ...school];
    case "school":
      return [...coordinator, ...family];
  }
}

export async function postMessage(
  principal: AuthenticatedPrincipal,
  caseId: string,
  body: PostMessageBody,
  actor: Actor,
  now: Date,
): Promise<ThreadMessage> {
  const { caseItem, included } = await loadThreadCase(principal, caseId, actor, now);
  const author = authorOf(principal.role);
  const profile = await getProfile(principal.userId);
  const messageId = uuid7();

  const item: ThreadItem = {
    ...threadKey(caseId, messageId),
    type: "thread-message",
    caseId,
    messageId,
    author,
    authorId: principal.userId,
    authorRole: principal.role,
    authorName: profile?.name ?? (author === "family" ? "Family" : "Council"),
    body: body.body,
    sentAt: now.toISOString(),
  };

  const recipients = await alertRecipients(caseItem, author, included);
  const alerts = queueMessages(
    recipients,
    messageReceived({ reference: caseItem.reference, caseId, from: alertFrom[author] }),
    { partition: `CASE#${caseId}`, caseId, caseReference: caseItem.reference, now },
  );

  const outcome = await transact([
    {
      Put: {
        TableName: config.tableName,
        Item: item,
        ConditionExpression: "attribute_not_exists(PK)",
      },
    },
    ...alerts.items,
    auditPut({
      caseId,
      actor,
      action: "message-posted",
      at: now,
      // The message itself may describe the child, so only its id is recorded here.
      detail: `Message ${messageId} by ${author}; ${alerts.keys.length} alerts queued`,
    }),
  ]);
  if (!outcome.committed) {
    throw new Error(`Message not stored: ${outcome.reasons.join(",")}`);
  }

  logger.info("Message posted", {
    caseReference: caseItem.reference,
    author,
    alerts: alerts.keys.length,
  });
  await dispatchQueued(alerts);
  return toThreadMessage(item, principal);
}

function preferencesView(
  caseItem: CaseItem,
  request: { channel: ContactPreferencesBody["channel"]; language: string },
  included: boolean,
): ContactPreferencesView {
  return {
    caseId: caseItem.caseId,
    reference: caseItem.reference,
    channel: request.channel,
    language: languageCodeOf(request.language),
    shareMessagesWithSchool: included,
  };
}

export async function getContactPreferences(
  principal: AuthenticatedPrincipal,
  caseId: string,
  actor: Actor,
  now: Date,
): Promise<ContactPreferencesView> {
  const caseItem = await loadCaseFor(principal, caseId, actor, now);
  const requestItem = await getRequestItem(caseId);
  if (!requestItem) throw caseNotFound();
  await writeAudit({ caseId, actor, action: "contact-preferences-viewed", at: now });
  return preferencesView(
    caseItem,
    requestItem.request.contactPreferences,
    await schoolIncluded(caseId),
  );
}

/**
 * Saves the family's channel, language and whether the school joins the
 * thread. Every later message uses them, because recipients are worked out
 * from the stored request when each message is queued.
 */
export async function saveContactPreferences(
  principal: AuthenticatedPrincipal,
  caseId: string,
  body: ContactPreferencesBody,
  actor: Actor,
  now: Date,
): Promise<ContactPreferencesView> {
  const caseItem = await loadCaseFor(principal, caseId, actor, now);
  // Stored by its English name, as the request form stores it and staff read it.
  const language = languages[body.language].englishName;
  const preferences = { channel: body.channel, language };

  const outcome = await transact([
    {
      Update: {
        TableName: config.tableName,
        Key: keys.caseRequest(caseId),
        UpdateExpression: "SET #request.contactPreferences = :preferences",
        ConditionExpression: "attribute_exists(PK)",
        ExpressionAttributeNames: { "#request": "request" },
        ExpressionAttributeValues: { ":preferences": preferences },
      },
    },
    {
      Update: {
        TableName: config.tableName,
        Key: keys.case(caseId),
        UpdateExpression: "SET contactLanguage = :language",
        ConditionExpression: "attribute_exists(PK)",
        ExpressionAttributeValues: { ":language": language },
      },
    },
    {
      Put: {
        TableName: config.tableName,
        Item: {
          ...settingsKey(caseId),
          type: "message-settings",
          shareMessagesWithSchool: body.shareMessagesWithSchool,
          updatedAt: now.toISOString(),
          updatedBy: principal.userId,
        } satisfies MessageSettingsItem,
      },
    },
    auditPut({
      caseId,
      actor,
      action: "contact-preferences-changed",
      at: now,
      detail: `Channel ${body.channel}, language ${body.language}, school ${
        body.shareMessagesWithSchool ? "included" : "not included"
      } in messages`,
    }),
  ]);
  if (!outcome.committed) throw caseNotFound();

  logger.info("Contact preferences saved", {
    caseReference: caseItem.reference,
    channel: body.channel,
    language: body.language,
    schoolIncluded: body.shareMessagesWithSchool,
  });
  return preferencesView(caseItem, preferences, body.shareMessagesWithSchool);
}
