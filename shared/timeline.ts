/**
 * The statutory timeline of an EHC needs assessment: one pure function that
 * turns the facts of a case into every milestone's due date and status.
 *
 * Sources: the SEND Regulations 2014 (SI 2014/1530) and the Children and
 * Families Act 2014. Weeks and days are calendar weeks and days, counted from
 * the day the council received the request (week 0).
 */
import { addDays, addWeeks, daysBetween, londonDate, type IsoDate } from "./dates";
import { extendForPlanExceptions, type TimeLimitException } from "./exceptions";

export const milestoneKeys = [
  "request-received",
  "decision-to-assess",
  "advice",
  "decision-to-issue",
  "draft-plan",
  "consultation",
  "final-plan",
] as const;

export type MilestoneKey = (typeof milestoneKeys)[number];

export type MilestoneStatus = "done" | "due" | "overdue" | "not-started" | "not-needed";

export interface Milestone {
  key: MilestoneKey;
  /** The legal limit, or null where it depends on a step not yet taken. */
  dueDate: IsoDate | null;
  doneDate: IsoDate | null;
  status: MilestoneStatus;
  /** The regulation or section that sets the limit. */
  source: string;
}

export interface TimelineFacts {
  /** The instant the council received the request, in UTC. */
  receivedAt: string;
  decisionToAssess?: { outcome: "assess" | "refuse"; decidedOn: IsoDate };
  adviceRequestedOn?: IsoDate;
  adviceCompletedOn?: IsoDate;
  decisionToIssue?: { outcome: "issue" | "not-issue"; decidedOn: IsoDate };
  draftServedOn?: IsoDate;
  familyRespondedOn?: IsoDate;
  consultationSentOn?: IsoDate;
  consultationAnsweredOn?: IsoDate;
  finalIssuedOn?: IsoDate;
  /** Set when the case ended early, such as a withdrawal. */
  closedOn?: IsoDate;
  /** Lawful exceptions, which move the 16- and 20-week limits (regs 10(4) and 13(3)). */
  exceptions?: TimeLimitException[];
}

/** Statutory limits, in calendar weeks or days. */
export const limits = {
  /** Reg 5(1): decide whether to assess within 6 weeks of the request. */
  decisionToAssessWeeks: 6,
  /** Reg 8: advice is due 6 weeks after the council asks for it. */
  adviceWeeks: 6,
  /** Reg 10: a decision not to issue a plan is due within 16 weeks. */
  decisionToIssueWeeks: 16,
  /** Reg 13(1): at least 15 days to comment on a draft plan. */
  draftCommentDays: 15,
  /** CFA 2014 s.39 and s.40: a consulted school has 15 days to answer. */
  consultationDays: 15,
  /** Reg 13(2): the final plan is due within 20 weeks of the request. */
  finalPlanWeeks: 20,
} as const;

/**
 * Returns the last day of a period of `days` days that starts on `start`.
 * The day of service counts as the first day, so a draft served on 1 May has
 * its 15 days end on 15 May.
 */
export function lastDayOfPeriod(start: IsoDate, days: number): IsoDate {
  return addDays(start, days - 1);
}

export interface StatutoryDates {
  receivedDate: IsoDate;
  decisionToAssessDue: IsoDate;
  decisionToIssueDue: IsoDate;
  finalPlanDue: IsoDate;
}

/** Computes the fixed dates that run from the day the request arrived. */
export function statutoryDates(receivedAt: string): StatutoryDates {
  const receivedDate = londonDate(receivedAt);
  return {
    receivedDate,
    decisionToAssessDue: addWeeks(receivedDate, limits.decisionToAssessWeeks),
    decisionToIssueDue: addWeeks(receivedDate, limits.decisionToIssueWeeks),
    finalPlanDue: addWeeks(receivedDate, limits.finalPlanWeeks),
  };
}

function statusOf(
  dueDate: IsoDate | null,
  doneDate: IsoDate | null,
  started: boolean,
  today: IsoDate,
): MilestoneStatus {
  if (doneDate) return "done";
  if (!started) return "not-started";
  if (dueDate && today > dueDate) return "overdue";
  return "due";
}

/**
 * Computes every milestone of a case as of `today` (a London date).
 * A refusal to assess or a closed case leaves the later steps not needed.
 */
export function computeTimeline(facts: TimelineFacts, today: IsoDate): Milestone[] {
  const fixed = statutoryDates(facts.receivedAt);
  const exceptions = facts.exceptions ?? [];
  const dates = {
    ...fixed,
    decisionToIssueDue: extendForPlanExceptions(fixed.decisionToIssueDue, exceptions),
    finalPlanDue: extendForPlanExceptions(fixed.finalPlanDue, exceptions),
  };
  const refused = facts.decisionToAssess?.outcome === "refuse";
  const notIssuing = facts.decisionToIssue?.outcome === "not-issue";
  const assessing = facts.decisionToAssess?.outcome === "assess";

  const adviceDue = facts.adviceRequestedOn
    ? addWeeks(facts.adviceRequestedOn, limits.adviceWeeks)
    : null;
  const commentsDue = facts.draftServedOn
    ? lastDayOfPeriod(facts.draftServedOn, limits.draftCommentDays)
    : null;
  const consultationDue = facts.consultationSentOn
    ? lastDayOfPeriod(facts.consultationSentOn, limits.consultationDays)
    : null;

  const milestones: Milestone[] = [
    {
      key: "request-received",
      dueDate: null,
      doneDate: dates.receivedDate,
      status: "done",
      source: "Children and Families Act 2014, s.36",
    },
    {
      key: "decision-to-assess",
      dueDate: dates.decisionToAssessDue,
      doneDate: facts.decisionToAssess?.decidedOn ?? null,
      status: statusOf(
        dates.decisionToAssessDue,
        facts.decisionToAssess?.decidedOn ?? null,
        true,
        today,
      ),
      source: "SEND Regulations 2014, reg 5(1)",
    },
    {
      key: "advice",
      dueDate: adviceDue,
      doneDate: facts.adviceCompletedOn ?? null,
      status: statusOf(adviceDue, facts.adviceCompletedOn ?? null, !!adviceDue, today),
      source: "SEND Regulations 2014, reg 8",
    },
    {
      key: "decision-to-issue",
      dueDate: dates.decisionToIssueDue,
      doneDate: facts.decisionToIssue?.decidedOn ?? null,
      status: statusOf(
        dates.decisionToIssueDue,
        facts.decisionToIssue?.decidedOn ?? null,
        assessing,
        today,
      ),
      source: "SEND Regulations 2014, reg 10",
    },
    {
      key: "draft-plan",
      dueDate: commentsDue,
      doneDate: facts.familyRespondedOn ?? null,
      status: statusOf(
        commentsDue,
        facts.familyRespondedOn ?? null,
        !!commentsDue,
        today,
      ),
      source: "SEND Regulations 2014, reg 13(1)",
    },
    {
      key: "consultation",
      dueDate: consultationDue,
      doneDate: facts.consultationAnsweredOn ?? null,
      status: statusOf(
        consultationDue,
        facts.consultationAnsweredOn ?? null,
        !!consultationDue,
        today,
      ),
      source: "Children and Families Act 2014, s.39 and s.40",
    },
    {
      key: "final-plan",
      dueDate: dates.finalPlanDue,
      doneDate: facts.finalIssuedOn ?? null,
      status: statusOf(dates.finalPlanDue, facts.finalIssuedOn ?? null, assessing, today),
      source: "SEND Regulations 2014, reg 13(2)",
    },
  ];

  const ended = refused || notIssuing || !!facts.closedOn;
  if (!ended) return milestones;

  return milestones.map((milestone) =>
    milestone.status === "done" ? milestone : { ...milestone, status: "not-needed" },
  );
}

/** Returns the earliest open due date, which orders a coordinator's caseload. */
export function nextDueDate(milestones: Milestone[]): IsoDate | null {
  const open = milestones
    .filter((m) => (m.status === "due" || m.status === "overdue") && m.dueDate)
    .map((m) => m.dueDate as IsoDate)
    .sort();
  return open[0] ?? null;
}

/** Days from `today` to a due date: negative once the date has passed. */
export function daysLeft(dueDate: IsoDate, today: IsoDate): number {
  return daysBetween(today, dueDate);
}
