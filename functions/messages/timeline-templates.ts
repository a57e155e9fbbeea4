/**
 * Chasers, escalations and the notice of a lawful exception. Like every
 * message, they name the case by its reference only: never the child's
 * name, date of birth or needs.
 */
import { formatLongDate, type IsoDate } from "../../shared/dates";
import type { ObligationKind, TimeLimitException } from "../../shared/obligations";
import { config } from "../commons/config";
import type { Rendered } from "./templates";

const signOff = "SEN Assessment Service";

function caseLink(caseId: string): string {
  return `${config.serviceUrl}/cases/${caseId}`;
}

/** The thing owed, in words that fit before "is due" or "are due". */
const duties: Record<ObligationKind, string> = {
  "decision-to-assess": "The decision whether to carry out an EHC needs assessment",
  advice: "Advice for the EHC needs assessment",
  "decision-to-issue": "The decision whether to issue an EHC plan",
  "draft-comments": "Comments on the draft EHC plan",
  "consultation-answer":
    "The school's answer to the consultation about naming it in the plan",
  "final-plan": "The final EHC plan",
};

export function dutyOf(kind: ObligationKind): string {
  return duties[kind];
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function whenText(dueDate: IsoDate, today: IsoDate): string {
  return dueDate === today ? "today" : `by ${formatLongDate(dueDate)}`;
}

export type ReminderAudience = "coordinator" | "adviser" | "family" | "school";

export interface ReminderFacts {
  audience: ReminderAudience;
  reference: string;
  caseId: string;
  kind: ObligationKind;
  dueDate: IsoDate;
  today: IsoDate;
}

/** Reminds the owner of an obligation before, or on, its due date. */
export function reminder(facts: ReminderFacts): Rendered {
  const link = caseLink(facts.caseId);
  const when = whenText(facts.dueDate, facts.today);
  const duty = dutyOf(facts.kind);

  const lead: Record<ReminderAudience, string[]> = {
    coordinator: [
      `${duty} for case ${facts.reference} is due ${when}.`,
      "",
      "If it is not done by then, your manager will be told that the time limit was missed.",
    ],
    adviser: [
      `Your advice for case ${facts.reference} is due ${when}.`,
      "",
      "The law gives 6 weeks from our request to send advice (regulation 8 of the SEND Regulations 2014). Upload it on the case page.",
    ],
    family: [
      `Your comments on the draft EHC plan for case ${facts.reference} are due ${when}.`,
      "",
      "You can also tell us which school you would like named in the plan, or ask to meet us. If you need more time, contact your EHC coordinator.",
    ],
    school: [
      `We asked your school whether it can meet the needs described in the draft EHC plan for case ${facts.reference}. Your answer is due ${when}.`,
      "",
      "Schools have 15 days to answer a consultation (Children and Families Act 2014, section 39).",
    ],
  };

  return {
    template: `reminder-${facts.audience}`,
    subject: `Due ${when}: ${lower(duty)}, case ${facts.reference}`,
    email: [...lead[facts.audience], "", `Open the case: ${link}`, "", signOff].join(
      "\n",
    ),
    sms: `Reminder: ${lower(duty)} for case ${facts.reference} is due ${when}. ${link}`,
    // Only the family's reminder is translated: the other audiences are staff.
    translation:
      facts.audience === "family"
        ? { reference: facts.reference, link, date: facts.dueDate }
        : undefined,
  };
}

export type EscalationAudience = "manager" | "coordinator";

export interface EscalationFacts {
  audience: EscalationAudience;
  reference: string;
  caseId: string;
  kind: ObligationKind;
  dueDate: IsoDate;
  /** The owner, such as "the coordinator, Sam Patel" or "the adviser". */
  owner: string;
  /** 1 for the first escalation, then one more for each repeat. */
  level: number;
  daysLate: number;
  source: string;
}

/** Tells a manager, and the coordinator, that a time limit has been missed. */
export function escalation(facts: EscalationFacts): Rendered {
  const link = caseLink(facts.caseId);
  const duty = dutyOf(facts.kind);
  const late = facts.daysLate === 1 ? "1 day" : `${facts.daysLate} days`;
  const repeat = facts.level > 1 ? ` This is escalation number ${facts.level}.` : "";
  const action =
    facts.audience === "manager"
      ? "Check with the coordinator what is holding it up and agree a date."
      : "Your manager has been told. Record why it is late on the case, or record a lawful exception if one applies.";

  return {
    template: `escalation-${facts.audience}`,
    subject: `Time limit missed: ${lower(duty)}, case ${facts.reference}`,
    email: [
      `${duty} for case ${facts.reference} was due by ${formatLongDate(facts.dueDate)} and is now ${late} late.${repeat}`,
      "",
      `It is owed by ${facts.owner}. The time limit comes from ${facts.source}.`,
      "",
      action,
      "",
      `Open the case: ${link}`,
      "",
      signOff,
    ].join("\n"),
    sms: `Time limit missed: ${lower(duty)} for case ${facts.reference} is ${late} late. ${link}`,
  };
}

const exceptionReasons: Record<TimeLimitException["kind"], string> = {
  "school-closure":
    "we asked a school for advice while it was closed for 4 weeks or more, such as the summer holiday",
  "personal-circumstances":
    "of exceptional personal circumstances affecting the child or young person or the family",
  "away-from-area":
    "the child or young person, or a parent, was away from the area for 4 weeks or more",
  "missed-appointment": "an appointment needed to give advice was missed",
};

export function exceptionReasonOf(kind: TimeLimitException["kind"]): string {
  return exceptionReasons[kind];
}

export interface DateMove {
  kind: ObligationKind;
  from: IsoDate;
  to: IsoDate;
}

export interface ExceptionAppliedFacts {
  reference: string;
  caseId: string;
  exceptionKind: TimeLimitException["kind"];
  moves: DateMove[];
}

/** Tells the family that a time limit moved, to when and why (regs 10(4) and 13(3)). */
export function exceptionApplied(facts: ExceptionAppliedFacts): Rendered {
  const link = caseLink(facts.caseId);
  const reason = exceptionReasonOf(facts.exceptionKind);
  const lines = facts.moves.map(
    (move) =>
      `${dutyOf(move.kind)} was due by ${formatLongDate(move.from)}. It is now due by ${formatLongDate(move.to)}.`,
  );
  const first = facts.moves[0];
  const smsMove = first
    ? `${dutyOf(first.kind)} is now due by ${formatLongDate(first.to)}`
    : "A date has moved";

  return {
    template: "exception-applied",
    subject: `A date has changed: case ${facts.reference}`,
    email: [
      `We have changed a date in case ${facts.reference}.`,
      "",
      ...lines,
      "",
      `This is because ${reason}. The law allows more time when this happens.`,
      "",
      "If you think this is wrong, contact your EHC coordinator.",
      "",
      `See the dates: ${link}`,
      "",
      signOff,
    ].join("\n"),
    sms: `${smsMove} for case ${facts.reference}, because ${reason}. ${link}`,
    translation: { reference: facts.reference, link },
  };
}
