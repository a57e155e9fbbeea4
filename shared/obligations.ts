/**
 * Obligations: each thing someone owes in a case, with its owner, its due
 * date and the chasers and escalations that run before and after it falls
 * due. Pure: the timeline task, the API and the screens all call it.
 */
import { addDays, type IsoDate } from "./dates";
import {
  exceptionDays,
  extendForPlanExceptions,
  type TimeLimitException,
} from "./exceptions";

export {
  exceptionKinds,
  planExceptionKinds,
  type TimeLimitException,
} from "./exceptions";
import { lastDayOfPeriod, limits, statutoryDates } from "./timeline";

export type ObligationKind =
  | "decision-to-assess"
  | "advice"
  | "decision-to-issue"
  | "draft-comments"
  | "consultation-answer"
  | "final-plan";

export type OwnerKind = "coordinator" | "adviser" | "family" | "school";

export interface Obligation {
  /** Stable id within the case, such as `advice#<adviceId>`. */
  id: string;
  kind: ObligationKind;
  owner: { kind: OwnerKind; id?: string };
  dueDate: IsoDate;
  /** The due date before any lawful exception moved it. */
  originalDueDate: IsoDate;
  /** Whether missing it is a breach of a statutory limit by the council. */
  escalates: boolean;
  source: string;
}

export interface ObligationFacts {
  receivedAt: string;
  stage: string;
  decisionToAssessOn?: IsoDate;
  decisionToIssueOn?: IsoDate;
  adviceRequests?: {
    adviceId: string;
    adviserId: string;
    requestedOn: IsoDate;
    submittedOn?: IsoDate;
  }[];
  draftServedOn?: IsoDate;
  familyRespondedOn?: IsoDate;
  consultations?: {
    consultationId: string;
    schoolUrn: string;
    sentOn: IsoDate;
    answeredOn?: IsoDate;
  }[];
  finalIssuedOn?: IsoDate;
  exceptions?: TimeLimitException[];
}

const endedStages = new Set(["refused", "closed", "withdrawn", "not-issuing"]);

/** Lists the obligations still open in a case. Ended cases owe nothing. */
export function openObligations(facts: ObligationFacts): Obligation[] {
  if (endedStages.has(facts.stage) || facts.finalIssuedOn) return [];

  const dates = statutoryDates(facts.receivedAt);
  const exceptions = facts.exceptions ?? [];
  const obligations: Obligation[] = [];

  if (!facts.decisionToAssessOn) {
    obligations.push({
      id: "decision-to-assess",
      kind: "decision-to-assess",
      owner: { kind: "coordinator" },
      dueDate: dates.decisionToAssessDue,
      originalDueDate: dates.decisionToAssessDue,
      escalates: true,
      source: "SEND Regulations 2014, reg 5(1)",
    });
    return obligations;
  }

  for (const advice of facts.adviceRequests ?? []) {
    if (advice.submittedOn) continue;
    const original = addDays(advice.requestedOn, limits.adviceWeeks * 7);
    // Reg 8: only a missed appointment excuses late advice.
    const missed = exceptions
      .filter((e) => e.kind === "missed-appointment" && e.adviceId === advice.adviceId)
      .reduce((total, e) => total + exceptionDays(e), 0);
    obligations.push({
      id: `advice#${advice.adviceId}`,
      kind: "advice",
      owner: { kind: "adviser", id: advice.adviserId },
      dueDate: addDays(original, missed),
      originalDueDate: original,
      escalates: true,
      source: "SEND Regulations 2014, reg 8",
    });
  }

  if (!facts.decisionToIssueOn && !facts.draftServedOn) {
    obligations.push({
      id: "decision-to-issue",
      kind: "decision-to-issue",
      owner: { kind: "coordinator" },
      dueDate: extendForPlanExceptions(dates.decisionToIssueDue, exceptions),
      originalDueDate: dates.decisionToIssueDue,
      escalates: true,
      source: "SEND Regulations 2014, reg 10",
    });
  }

  if (facts.draftServedOn && !facts.familyRespondedOn) {
    const due = lastDayOfPeriod(facts.draftServedOn, limits.draftCommentDays);
    obligations.push({
      id: "draft-comments",
      kind: "draft-comments",
      owner: { kind: "family" },
      dueDate: due,
      originalDueDate: due,
      // The family's 15 days are a right, not a duty: they are reminded, never escalated.
      escalates: false,
      source: "SEND Regulations 2014, reg 13(1)",
    });
  }

  for (const consultation of facts.consultations ?? []) {
    if (consultation.answeredOn) continue;
    const due = lastDayOfPeriod(consultation.sentOn, limits.consultationDays);
    obligations.push({
      id: `consultation#${consultation.consultationId}`,
      kind: "consultation-answer",
      owner: { kind: "school", id: consultation.schoolUrn },
      dueDate: due,
      originalDueDate: due,
      escalates: true,
      source: "Children and Families Act 2014, s.39 and s.40",
    });
  }

  obligations.push({
    id: "final-plan",
    kind: "final-plan",
    owner: { kind: "coordinator" },
    dueDate: extendForPlanExceptions(dates.finalPlanDue, exceptions),
    originalDueDate: dates.finalPlanDue,
    escalates: true,
    source: "SEND Regulations 2014, reg 13(2)",
  });

  return obligations;
}

/** When chasers go out, relative to the due date, and how breaches escalate. */
export interface ChaseSchedule {
  /** Days before the due date to remind the owner; 0 is the due date itself. */
  reminderDaysBefore: number[];
  /** Days between repeated escalations while the obligation stays breached. */
  escalationRepeatDays: number;
  /** Local hour (Europe/London) at which chasers are sent. */
  sendHour: number;
}

export const defaultChaseSchedule: ChaseSchedule = {
  reminderDaysBefore: [14, 7, 0],
  escalationRepeatDays: 7,
  sendHour: 8,
};

export interface ChaseAction {
  /** Stable id: the same action is never sent twice. */
  actionId: string;
  obligationId: string;
  kind: "reminder" | "escalation";
  /** The London date the action falls on. */
  date: IsoDate;
  /** For escalations, how many times this obligation has been escalated, from 1. */
  level?: number;
}

/**
 * Lists the actions for one obligation from its first reminder up to and
 * including `until`. The first escalation is the day after the due date,
 * when the limit has been missed, then every `escalationRepeatDays`.
 */
export function chaseActions(
  obligation: Obligation,
  until: IsoDate,
  schedule: ChaseSchedule = defaultChaseSchedule,
): ChaseAction[] {
  const actions: ChaseAction[] = [];

  for (const daysBefore of [...schedule.reminderDaysBefore].sort((a, b) => b - a)) {
    const date = addDays(obligation.dueDate, -daysBefore);
    if (date > until) break;
    actions.push({
      actionId: `${obligation.id}#reminder#${date}`,
      obligationId: obligation.id,
      kind: "reminder",
      date,
    });
  }

  if (!obligation.escalates) return actions;

  let level = 1;
  for (
    let date = addDays(obligation.dueDate, 1);
    date <= until;
    date = addDays(date, schedule.escalationRepeatDays)
  ) {
    actions.push({
      actionId: `${obligation.id}#escalation#${date}`,
      obligationId: obligation.id,
      kind: "escalation",
      date,
      level: level++,
    });
  }
  return actions;
}

/**
 * Works out which chasers are due by `today` and not yet sent, and the date
 * of the next one. Reminders whose date has passed without being sent (the
 * case was created late, or the timeline was down) are skipped in favour of
 * the latest one, so a restart never floods an owner with stale reminders.
 */
export function planChases(
  obligations: Obligation[],
  sentActionIds: ReadonlySet<string>,
  today: IsoDate,
  schedule: ChaseSchedule = defaultChaseSchedule,
): { due: ChaseAction[]; nextDate: IsoDate | null } {
  const due: ChaseAction[] = [];
  let nextDate: IsoDate | null = null;

  for (const obligation of obligations) {
    const past = chaseActions(obligation, today, schedule);
    const latestReminder = past.filter((a) => a.kind === "reminder").at(-1);
    const latestEscalation = past.filter((a) => a.kind === "escalation").at(-1);

    for (const action of [latestReminder, latestEscalation]) {
      if (action && !sentActionIds.has(action.actionId)) due.push(action);
    }

    // The next action after today: look far enough ahead to pass the due date.
    const horizon = addDays(
      obligation.dueDate > today ? obligation.dueDate : today,
      schedule.escalationRepeatDays + 1,
    );
    const upcoming = chaseActions(obligation, horizon, schedule).find(
      (a) => a.date > today,
    );
    if (upcoming && (!nextDate || upcoming.date < nextDate)) nextDate = upcoming.date;
  }

  return { due, nextDate };
}
