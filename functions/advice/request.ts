/**
 * Requests advice for an EHC needs assessment (reg 6(1)). Each request is due
 * 6 weeks after the council's request (reg 8), becomes an obligation the case
 * timeline chases, and reaches the adviser by email with a link.
 */
import { randomUUID } from "node:crypto";
import { addWeeks, londonDate, type IsoDate } from "../../shared/dates";
import { ConflictError, InvalidError } from "../../shared/errors";
import type { FieldError } from "../../shared/schemas/common";
import type { AdviceKind, RequestAdviceBody } from "../../shared/schemas/advice";
import { computeTimeline, limits, nextDueDate } from "../../shared/timeline";
import type { Role } from "../../shared/roles";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { config } from "../commons/config";
import { logger } from "../commons/logger";
import { familyRecipients, staffRecipient, type Recipient } from "../messages/send";
import {
  dispatchQueued,
  mergeQueued,
  queueMessages,
  type Queued,
} from "../messages/queue";
import { auditPut, type Actor } from "../store/audit";
import {
  batchGet,
  caseloadKeys,
  getCaseItem,
  getRequestItem,
  type CaseItem,
  type ProfileItem,
} from "../store/case-store";
import { keys } from "../store/table";
import { transact, type TransactItem } from "../store/transact";
import { caseFactsOf, type CaseFacts } from "../timeline/facts";
import { restartTimeline } from "../workflow/timeline";
import { caseNotFound, loadCaseFor } from "../cases/access";
import { inboxKeys, listAdviceForCase, type AdviceItem } from "./advice-store";
import { adviceRequested } from "./messages";

/** The role an adviser of each kind must have. */
const adviserRolesByKind: Record<AdviceKind, readonly Role[]> = {
  family: ["parent", "young-person"],
  education: ["school"],
  psychology: ["specialist"],
  health: ["specialist"],
  "social-care": ["specialist"],
  "preparing-for-adulthood": ["specialist"],
  other: ["specialist"],
};

interface ResolvedRequest {
  kind: AdviceKind;
  adviserId: string;
  adviserRole: Role;
  note?: string;
}

/** Proposes an adviser where the case already names one. */
export function defaultAdviser(caseItem: CaseItem, kind: AdviceKind): string | undefined {
  switch (kind) {
    case "family":
      return caseItem.requesterType === "school"
        ? caseItem.connections.familyUserIds[0]
        : caseItem.requesterUserId;
    case "psychology":
      return caseItem.proposedPsychologistId;
    case "education":
      return caseItem.requesterType === "school" ? caseItem.requesterUserId : undefined;
    default:
      return undefined;
  }
}

async function resolveRequests(
  caseItem: CaseItem,
  body: RequestAdviceBody,
  open: AdviceItem[],
): Promise<ResolvedRequest[]> {
  const requested = body.requests.map((request) => ({
    ...request,
    adviserId: request.adviserId ?? defaultAdviser(caseItem, request.kind),
  }));
  const ids = [...new Set(requested.flatMap((r) => (r.adviserId ? [r.adviserId] : [])))];
  const profiles = await batchGet<ProfileItem>(ids.map((id) => keys.profile(id)));
  const byId = new Map(profiles.map((profile) => [profile.userId, profile]));

  const errors: FieldError[] = [];
  const resolved: ResolvedRequest[] = [];
  const seen = new Set<string>();

  requested.forEach((request, index) => {
    const field = `requests.${index}.adviserId`;
    if (!request.adviserId) {
      errors.push({ field, message: "Select who to ask for this advice" });
      return;
    }
    const profile = byId.get(request.adviserId);
    if (!profile || !adviserRolesByKind[request.kind].includes(profile.role)) {
      errors.push({
        field,
        message: `Select a ${adviserRolesByKind[request.kind].join(" or ")} account for this kind of advice`,
      });
      return;
    }
    if (
      request.kind === "family" &&
      request.adviserId !== caseItem.requesterUserId &&
      !caseItem.connections.familyUserIds.includes(request.adviserId)
    ) {
      errors.push({ field, message: "Select a parent or young person on this case" });
      return;
    }
    if (request.kind === "education" && profile.schoolUrn !== caseItem.schoolUrn) {
      errors.push({ field, message: "Select someone at the child's school" });
      return;
    }
    if (request.kind === "other" && !request.note) {
      errors.push({
        field: `requests.${index}.note`,
        message: "Enter what advice you are asking for, such as a teacher of the deaf",
      });
      return;
    }

    const key = `${request.kind}|${request.adviserId}`;
    const alreadyOpen = open.some(
      (advice) =>
        advice.kind === request.kind &&
        advice.adviserId === request.adviserId &&
        advice.status !== "submitted",
    );
    if (seen.has(key) || alreadyOpen) {
      errors.push({
        field,
        message: "This adviser has already been asked for this advice",
      });
      return;
    }
    seen.add(key);
    resolved.push({
      kind: request.kind,
      adviserId: request.adviserId,
      adviserRole: profile.role,
      note: request.note,
    });
  });

  if (errors.length > 0) throw new InvalidError(errors);
  return resolved;
}

function checkRequestedOn(caseItem: CaseItem, requestedOn: IsoDate, today: IsoDate) {
  const decidedOn = caseItem.decision?.decidedOn ?? caseItem.receivedDate;
  if (requestedOn > today || requestedOn < decidedOn) {
    throw new InvalidError([
      {
        field: "requestedOn",
        message:
          "Date advice was requested must be between the decision to assess and today",
      },
    ]);
  }
}

export async function requestAdvice(
  principal: AuthenticatedPrincipal,
  caseId: string,
  body: RequestAdviceBody,
  actor: Actor,
  now: Date,
): Promise<AdviceItem[]> {
  const caseItem = await loadCaseFor(principal, caseId, actor, now);
  if (caseItem.stage !== "assessing") {
    throw new ConflictError(
      "Advice can be requested only after a decision to assess, while the case is being assessed",
    );
  }
  const today = londonDate(now);
  const requestedOn = body.requestedOn ?? today;
  checkRequestedOn(caseItem, requestedOn, today);

  const existing = await listAdviceForCase(caseId);
  const resolved = await resolveRequests(caseItem, body, existing);
  const dueDate = addWeeks(requestedOn, limits.adviceWeeks);

  const created: AdviceItem[] = resolved.map((request) => ({
    adviceId: randomUUID(),
    caseId,
    reference: caseItem.reference,
    kind: request.kind,
    note: request.note,
    adviserId: request.adviserId,
    adviserRole: request.adviserRole,
    requestedOn,
    dueDate,
    requestedBy: principal.userId,
    status: "requested",
    version: 1,
    form: {},
    reuseAgreements: {},
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  }));

  const queued = await queueRequests(caseItem, created, now);
  const items: TransactItem[] = [
    caseUpdate(caseItem, created, body.expectedVersion, now),
    auditPut({
      caseId,
      actor,
      action: "advice-requested",
      at: now,
      detail: created
        .map(
          (advice) => `${advice.kind} advice ${advice.adviceId} from ${advice.adviserId}`,
        )
        .join("; "),
    }),
    ...queued.items,
  ];
  for (const advice of created) {
    items.push(...adviceItems(advice, caseId));
  }

  const outcome = await transact(items);
  if (!outcome.committed) {
    const current = await getCaseItem(caseId);
    if (!current) throw caseNotFound();
    throw new ConflictError();
  }
  logger.info("Advice requested", {
    caseReference: caseItem.reference,
    count: created.length,
  });

  await dispatchQueued(queued);
  // Each request is a new obligation, so the timeline must wake for its chasers.
  await restartTimeline(caseId);
  return created;
}

function adviceItems(advice: AdviceItem, caseId: string): TransactItem[] {
  const items: TransactItem[] = [
    {
      Put: {
        TableName: config.tableName,
        Item: {
          ...keys.caseAdvice(caseId, advice.adviceId),
          type: "advice",
          ...advice,
          ...inboxKeys(advice.adviserId, advice.dueDate, advice.adviceId),
        },
        ConditionExpression: "attribute_not_exists(PK)",
      },
    },
  ];

  // Specialists see a case only through this connection; schools and families already do.
  if (advice.adviserRole === "specialist") {
    items.push({
      Put: {
        TableName: config.tableName,
        Item: {
          ...keys.caseMember(caseId, `USER#${advice.adviserId}`),
          type: "member",
          caseId,
          relation: "adviser",
          GSI1PK: `USER#${advice.adviserId}`,
          GSI1SK: `CASE#${caseId}`,
        },
      },
    });
  }
  return items;
}

function caseUpdate(
  caseItem: CaseItem,
  created: AdviceItem[],
  expectedVersion: number,
  now: Date,
): TransactItem {
  const facts: CaseFacts = { ...caseFactsOf(caseItem) };
  facts.adviceRequests = [
    ...(facts.adviceRequests ?? []),
    ...created.map((advice) => ({
      adviceId: advice.adviceId,
      adviserId: advice.adviserId,
      requestedOn: advice.requestedOn,
    })),
  ];
  facts.adviceRequestedOn ??= created[0]?.requestedOn;
  // New advice is outstanding, so advice is no longer complete.
  delete facts.adviceCompletedOn;

  const adviserIds = [...caseItem.connections.adviserIds];
  for (const advice of created) {
    if (advice.adviserRole === "specialist" && !adviserIds.includes(advice.adviserId)) {
      adviserIds.push(advice.adviserId);
    }
  }

  const nextDue = nextDueDate(computeTimeline(facts, londonDate(now)));
  return {
    Update: {
      TableName: config.tableName,
      Key: keys.case(caseItem.caseId),
      UpdateExpression:
        "SET facts = :facts, connections.adviserIds = :advisers, version = :next, " +
        "updatedAt = :now, GSI2SK = :gsi2sk",
      ConditionExpression: "version = :expected AND stage = :assessing",
      ExpressionAttributeValues: {
        ":facts": facts,
        ":advisers": adviserIds,
        ":next": expectedVersion + 1,
        ":expected": expectedVersion,
        ":assessing": "assessing",
        ":now": now.toISOString(),
        ":gsi2sk": caseloadKeys(caseItem.coordinatorId, nextDue, caseItem.caseId).GSI2SK,
      },
    },
  };
}

/** Builds the request emails, queued in the same transaction as the requests. */
async function queueRequests(
  caseItem: CaseItem,
  created: AdviceItem[],
  now: Date,
): Promise<Queued> {
  const profiles = await batchGet<ProfileItem>(
    created.map((advice) => keys.profile(advice.adviserId)),
  );
  const byId = new Map(profiles.map((profile) => [profile.userId, profile]));
  const requestItem = created.some((advice) => advice.kind === "family")
    ? await getRequestItem(caseItem.caseId)
    : undefined;

  const parts = created.map((advice) => {
    let recipients: Recipient[];
    if (advice.kind === "family" && advice.adviserId === caseItem.requesterUserId) {
      // The family gets it in the channel they chose in their request.
      recipients = requestItem ? familyRecipients(requestItem.request) : [];
    } else {
      const audience =
        advice.kind === "family"
          ? "family"
          : advice.kind === "education"
            ? "school"
            : "adviser";
      recipients = staffRecipient(byId.get(advice.adviserId), audience);
    }
    if (recipients.length === 0) {
      logger.warn("Adviser has no address to send the request to", {
        caseReference: caseItem.reference,
        adviceId: advice.adviceId,
      });
    }
    return queueMessages(
      recipients,
      adviceRequested({
        reference: caseItem.reference,
        caseId: caseItem.caseId,
        adviceId: advice.adviceId,
        kind: advice.kind,
        dueDate: advice.dueDate,
      }),
      {
        partition: `CASE#${caseItem.caseId}`,
        caseId: caseItem.caseId,
        caseReference: caseItem.reference,
        now,
      },
    );
  });
  return mergeQueued(...parts);
}
