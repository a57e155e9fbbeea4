/** Plain-English wording of the statutory timeline for families and staff. */
import { addMonths, formatLongDate, type IsoDate } from "../../../shared/dates";
import type { Milestone, MilestoneKey, MilestoneStatus } from "../../../shared/timeline";
import type { TagColour } from "../components/page";

export const milestoneTitles: Record<MilestoneKey, string> = {
  "request-received": "We received the request",
  "decision-to-assess": "Decision whether to assess",
  advice: "Advice from professionals",
  "decision-to-issue": "Decision whether to write a plan",
  "draft-plan": "Draft plan and your comments",
  consultation: "Asking schools",
  "final-plan": "Final plan",
};

export const statusTags: Record<MilestoneStatus, { text: string; colour: TagColour }> = {
  done: { text: "Done", colour: "green" },
  due: { text: "In progress", colour: "blue" },
  overdue: { text: "Late", colour: "red" },
  "not-started": { text: "Not started", colour: "grey" },
  "not-needed": { text: "Not needed", colour: "grey" },
};

type Outcome = "assess" | "refuse" | undefined;

const by = (date: IsoDate | null) => (date ? ` by ${formatLongDate(date)}` : "");

/**
 * Returns the last day to contact a mediation adviser before an appeal: 2
 * months from the decision (SEND Regulations 2014, reg 33).
 */
export function mediationContactDeadline(decidedOn: IsoDate): IsoDate {
  return addMonths(decidedOn, 2);
}

/** Returns the due date to show for a step: none for a step that is not needed. */
export function shownDueDate(milestone: Milestone): IsoDate | undefined {
  return milestone.status === "not-needed" ? undefined : (milestone.dueDate ?? undefined);
}

/** Describes one step, or what happens next, in one plain sentence. */
export function milestoneDetail(milestone: Milestone, decision: Outcome): string {
  const { key, status, dueDate, doneDate } = milestone;

  if (status === "not-needed") {
    return decision === "refuse"
      ? "This step is not needed because we decided not to carry out an assessment."
      : "This step is not needed.";
  }

  if (status === "done") {
    const on = doneDate ? ` on ${formatLongDate(doneDate)}` : "";
    switch (key) {
      case "request-received":
        return `We received the request${on}. The legal time limits start from this day.`;
      case "decision-to-assess":
        return decision === "refuse"
          ? `We decided${on} not to carry out an assessment.`
          : `We decided${on} to carry out an assessment.`;
      case "advice":
        return `All the advice we asked for arrived${on}.`;
      case "decision-to-issue":
        return `We made the decision whether to write a plan${on}.`;
      case "draft-plan":
        return `We received your comments on the draft plan${on}.`;
      case "consultation":
        return `The school answered${on}.`;
      case "final-plan":
        return `We issued the final plan${on}.`;
    }
  }

  const late = status === "overdue" ? " This is late. We are sorry for the delay." : "";
  if (status === "not-started") {
    switch (key) {
      case "advice":
        return "If we assess, we will ask professionals for advice. They have 6 weeks to send it.";
      case "decision-to-issue":
        return `If we assess, we will decide whether to write a plan${by(dueDate)}.`;
      case "draft-plan":
        return "If we write a plan, we will send you a draft. You will have 15 days to comment.";
      case "consultation":
        return "We will ask the school you want whether it can meet the child's needs. It has 15 days to answer.";
      case "final-plan":
        return `If we write a plan, the final plan is due${by(dueDate)}.`;
      default:
        return "This step has not started yet.";
    }
  }

  switch (key) {
    case "decision-to-assess":
      return `We will decide whether to carry out an assessment${by(dueDate)}.${late}`;
    case "advice":
      return `We have asked professionals for advice. It is due${by(dueDate)}.${late}`;
    case "decision-to-issue":
      return `We will decide whether to write a plan${by(dueDate)}.${late}`;
    case "draft-plan":
      return `Read the draft plan and send us your comments${by(dueDate)}.${late}`;
    case "consultation":
      return `We have asked the school whether it can meet the child's needs. It should answer${by(dueDate)}.${late}`;
    case "final-plan":
      return `The final plan is due${by(dueDate)}.${late}`;
    default:
      return `Due${by(dueDate)}.${late}`;
  }
}
