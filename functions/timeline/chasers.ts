/**
 * Sends one chaser: a reminder to whoever owes the obligation, or an
 * escalation to the coordinator's manager and the coordinator once the time
 * limit has passed. The first escalation of an obligation is its breach,
 * which is also counted as a metric and recorded on the case's audit trail.
 */
import { MetricUnit, Metrics } from "@aws-lambda-powertools/metrics";
import { daysBetween, type IsoDate } from "../../shared/dates";
import type { ChaseAction, Obligation } from "../../shared/obligations";
import type { Role } from "../../shared/roles";
import { logger } from "../commons/logger";
import { mergeQueued, queueMessages, type Queued } from "../messages/queue";
import { familyRecipients, staffRecipient, type Recipient } from "../messages/send";
import {
  escalation,
  reminder,
  type ReminderAudience,
} from "../messages/timeline-templates";
import { auditPut } from "../store/audit";
import type { TransactItem } from "../store/transact";
import {
  getProfile,
  getRequestItem,
  getSchool,
  queryAll,
  type CaseItem,
  type ProfileItem,
} from "../store/case-store";
import { config } from "../commons/config";

export const metrics = new Metrics({
  namespace: "EhcAssessment",
  serviceName: "ehc-assessment",
});

/** The audit trail's actor for what the timeline does by itself. */
const timelineActor = {
  userId: "case-timeline",
  // NOTE: the timeline is not a person and has no role of its own; audit
  // entries show it as acting for the coordinator's service.
  role: "coordinator" as Role,
  sourceIp: "step-functions",
  requestId: "case-timeline",
};

function emailOf(
  profile: ProfileItem | undefined,
  audience: Recipient["audience"] = "coordinator",
): Recipient[] {
  return staffRecipient(profile, audience);
}

async function listManagers(): Promise<ProfileItem[]> {
  return queryAll<ProfileItem>({
    TableName: config.tableName,
    IndexName: "GSI3",
    KeyConditionExpression: "GSI3PK = :managers",
    ExpressionAttributeValues: { ":managers": "MANAGERS" },
  });
}

async function ownerRecipients(
  caseItem: CaseItem,
  obligation: Obligation,
): Promise<Recipient[]> {
  switch (obligation.owner.kind) {
    case "coordinator":
      return emailOf(await getProfile(caseItem.coordinatorId));
    case "adviser":
      return obligation.owner.id
        ? emailOf(await getProfile(obligation.owner.id), "adviser")
        : [];
    case "family": {
      const requestItem = await getRequestItem(caseItem.caseId);
      return requestItem ? familyRecipients(requestItem.request) : [];
    }
    case "school": {
      const school = obligation.owner.id
        ? await getSchool(obligation.owner.id)
        : undefined;
      return staffRecipient(school, "school");
    }
  }
}

/** The coordinator's own manager, or every manager when none is named. */
async function managerRecipients(coordinator: ProfileItem | undefined) {
  const managerId = (coordinator as { managerId?: string } | undefined)?.managerId;
  const named = managerId ? await getProfile(managerId) : undefined;
  const managers = named ? [named] : await listManagers();
  return managers.flatMap((manager) => emailOf(manager, "manager"));
}

async function ownerDescription(caseItem: CaseItem, obligation: Obligation) {
  switch (obligation.owner.kind) {
    case "coordinator":
      return `the coordinator, ${caseItem.coordinatorName}`;
    case "adviser": {
      const adviser = obligation.owner.id
        ? await getProfile(obligation.owner.id)
        : undefined;
      return adviser ? `the adviser, ${adviser.name}` : "the adviser";
    }
    case "school": {
      const school = obligation.owner.id
        ? await getSchool(obligation.owner.id)
        : undefined;
      return school ? `the school, ${school.name}` : "the school";
    }
    case "family":
      return "the family";
  }
}

export interface SentChase {
  action: ChaseAction;
  audiences: string[];
  messages: number;
  breach: boolean;
}

/** A chaser ready to commit: its messages, and the breach's audit entry if it is one. */
export interface PlannedChase {
  chase: SentChase;
  queued: Queued;
  /** Items for the chaser's own transaction: the messages and any audit entry. */
  items: TransactItem[];
}

function queueContext(caseItem: CaseItem, now: Date) {
  return {
    partition: `CASE#${caseItem.caseId}`,
    caseId: caseItem.caseId,
    caseReference: caseItem.reference,
    now,
  };
}

/** Queues the reminder to the obligation's owner. */
async function queueReminder(
  caseItem: CaseItem,
  obligation: Obligation,
  today: IsoDate,
  now: Date,
): Promise<{ audiences: string[]; queued: Queued }> {
  const audience: ReminderAudience = obligation.owner.kind;
  const queued = queueMessages(
    await ownerRecipients(caseItem, obligation),
    reminder({
      audience,
      reference: caseItem.reference,
      caseId: caseItem.caseId,
      kind: obligation.kind,
      dueDate: obligation.dueDate,
      today,
    }),
    queueContext(caseItem, now),
  );
  return { audiences: [audience], queued };
}

async function queueEscalation(
  caseItem: CaseItem,
  obligation: Obligation,
  action: ChaseAction,
  today: IsoDate,
  now: Date,
): Promise<{ audiences: string[]; queued: Queued }> {
  const coordinator = await getProfile(caseItem.coordinatorId);
  const facts = {
    reference: caseItem.reference,
    caseId: caseItem.caseId,
    kind: obligation.kind,
    dueDate: obligation.dueDate,
    owner: await ownerDescription(caseItem, obligation),
    level: action.level ?? 1,
    daysLate: daysBetween(obligation.dueDate, today),
    source: obligation.source,
  };
  const context = queueContext(caseItem, now);

  const queued = mergeQueued(
    queueMessages(
      await managerRecipients(coordinator),
      escalation({ ...facts, audience: "manager" }),
      context,
    ),
    queueMessages(
      emailOf(coordinator),
      escalation({ ...facts, audience: "coordinator" }),
      context,
    ),
  );
  return { audiences: ["manager", "coordinator"], queued };
}

/** Counts a missed time limit once it is recorded: one metric per breach, with no personal data. */
export function countBreach(caseItem: CaseItem, obligation: Obligation): void {
  const metric = metrics.singleMetric();
  metric.addDimension("obligationKind", obligation.kind);
  metric.addMetric("DeadlineBreached", MetricUnit.Count, 1);

  logger.warn("Time limit missed", {
    caseReference: caseItem.reference,
    obligationKind: obligation.kind,
    dueDate: obligation.dueDate,
  });
}

/**
 * Builds one chaser's messages, and for the first escalation of an
 * obligation the breach's audit entry, for the same transaction as the
 * chaser's claim. `firstEscalation` marks the breach.
 */
export async function planChase(
  caseItem: CaseItem,
  obligation: Obligation,
  action: ChaseAction,
  firstEscalation: boolean,
  today: IsoDate,
  now: Date,
): Promise<PlannedChase> {
  if (action.kind === "reminder") {
    const { audiences, queued } = await queueReminder(caseItem, obligation, today, now);
    return {
      chase: { action, audiences, messages: queued.keys.length, breach: false },
      queued,
      items: queued.items,
    };
  }

  const { audiences, queued } = await queueEscalation(
    caseItem,
    obligation,
    action,
    today,
    now,
  );
  const items = [...queued.items];
  if (firstEscalation) {
    items.push(
      auditPut({
        caseId: caseItem.caseId,
        actor: timelineActor,
        action: "deadline-breached",
        at: now,
        detail: `Time limit missed: ${obligation.id}, due ${obligation.dueDate} (${obligation.source})`,
      }),
    );
  }
  return {
    chase: { action, audiences, messages: queued.keys.length, breach: firstEscalation },
    queued,
    items,
  };
}
