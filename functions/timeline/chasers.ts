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
import { familyRecipients, sendToAll, type Recipient } from "../messages/send";
import {
  escalation,
  reminder,
  type ReminderAudience,
} from "../messages/timeline-templates";
import { writeAudit } from "../store/audit";
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

function emailOf(profile: ProfileItem | undefined): Recipient[] {
  return profile?.email ? [{ channel: "email", to: profile.email }] : [];
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
      return obligation.owner.id ? emailOf(await getProfile(obligation.owner.id)) : [];
    case "family": {
      const requestItem = await getRequestItem(caseItem.caseId);
      return requestItem ? familyRecipients(requestItem.request) : [];
    }
    case "school": {
      const school = obligation.owner.id
        ? await getSchool(obligation.owner.id)
        : undefined;
      return school?.email ? [{ channel: "email", to: school.email }] : [];
    }
  }
}

/** The coordinator's own manager, or every manager when none is named. */
async function managerRecipients(coordinator: ProfileItem | undefined) {
  const managerId = (coordinator as { managerId?: string } | undefined)?.managerId;
  const named = managerId ? await getProfile(managerId) : undefined;
  const managers = named ? [named] : await listManagers();
  return managers.flatMap(emailOf);
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

/** Sends the reminder to the obligation's owner. */
async function sendReminder(
  caseItem: CaseItem,
  obligation: Obligation,
  today: IsoDate,
  now: Date,
): Promise<{ audiences: string[]; messages: number }> {
  const audience: ReminderAudience = obligation.owner.kind;
  const messages = await sendToAll(
    await ownerRecipients(caseItem, obligation),
    reminder({
      audience,
      reference: caseItem.reference,
      caseId: caseItem.caseId,
      kind: obligation.kind,
      dueDate: obligation.dueDate,
      today,
    }),
    { caseReference: caseItem.reference, language: caseItem.contactLanguage, now },
  );
  return { audiences: [audience], messages };
}

async function sendEscalation(
  caseItem: CaseItem,
  obligation: Obligation,
  action: ChaseAction,
  today: IsoDate,
  now: Date,
): Promise<{ audiences: string[]; messages: number }> {
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
  const context = {
    caseReference: caseItem.reference,
    language: "English",
    now,
  };

  const toManagers = await sendToAll(
    await managerRecipients(coordinator),
    escalation({ ...facts, audience: "manager" }),
    context,
  );
  const toCoordinator = await sendToAll(
    emailOf(coordinator),
    escalation({ ...facts, audience: "coordinator" }),
    context,
  );
  return { audiences: ["manager", "coordinator"], messages: toManagers + toCoordinator };
}

/** Records a missed time limit: one metric per breach, with no personal data. */
async function recordBreach(caseItem: CaseItem, obligation: Obligation, now: Date) {
  const metric = metrics.singleMetric();
  metric.addDimension("obligationKind", obligation.kind);
  metric.addMetric("DeadlineBreached", MetricUnit.Count, 1);

  await writeAudit({
    caseId: caseItem.caseId,
    actor: timelineActor,
    action: "deadline-breached",
    at: now,
    detail: `Time limit missed: ${obligation.id}, due ${obligation.dueDate} (${obligation.source})`,
  });
  logger.warn("Time limit missed", {
    caseReference: caseItem.reference,
    obligationKind: obligation.kind,
    dueDate: obligation.dueDate,
  });
}

/**
 * Sends one claimed action. `firstEscalation` marks the breach: the first
 * escalation of this obligation that was ever sent.
 */
export async function sendChase(
  caseItem: CaseItem,
  obligation: Obligation,
  action: ChaseAction,
  firstEscalation: boolean,
  today: IsoDate,
  now: Date,
): Promise<SentChase> {
  if (action.kind === "reminder") {
    const sent = await sendReminder(caseItem, obligation, today, now);
    return { action, ...sent, breach: false };
  }

  if (firstEscalation) await recordBreach(caseItem, obligation, now);
  const sent = await sendEscalation(caseItem, obligation, action, today, now);
  return { action, ...sent, breach: firstEscalation };
}
