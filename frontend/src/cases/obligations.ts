/** Staff wording for obligations and deadlines: what is owed, who owes it, and how soon. */
import type { ObligationKind, OwnerKind } from "../../../shared/obligations";
import type { TagColour } from "../components/page";

export const obligationKindNames: Record<ObligationKind, string> = {
  "decision-to-assess": "Decision whether to assess",
  advice: "Advice",
  "decision-to-issue": "Decision whether to write a plan",
  "draft-comments": "Family's comments on the draft plan",
  "consultation-answer": "School's answer to the consultation",
  "final-plan": "Final plan",
};

export const ownerKindNames: Record<OwnerKind, string> = {
  coordinator: "EHC coordinator",
  adviser: "Adviser",
  family: "Family",
  school: "School",
};

/** The owner's part in the case as it reads after a name, in brackets. */
const ownerParts: Record<OwnerKind, string> = {
  coordinator: "EHC coordinator",
  adviser: "adviser",
  family: "family",
  school: "school",
};

/** Names who owes an obligation: the person or body when known, else their part in the case. */
export function ownerText(owner: { ownerKind: OwnerKind; ownerName?: string }): string {
  if (!owner.ownerName || owner.ownerKind === "family") {
    return ownerKindNames[owner.ownerKind];
  }
  return `${owner.ownerName} (${ownerParts[owner.ownerKind]})`;
}

/** Days within which a deadline counts as at risk, matching the deadlines list. */
export const dueSoonDays = 7;

/**
 * Picks the tag a deadline carries on staff screens: red once overdue, yellow when
 * due within 7 days (today included), none when further away.
 */
export function deadlineTag(
  daysLeft: number,
): { text: string; colour: TagColour } | null {
  if (daysLeft < 0) return { text: "Overdue", colour: "red" };
  if (daysLeft <= dueSoonDays) return { text: "Due soon", colour: "yellow" };
  return null;
}

/** Days left as words: "3 days left", "Due today", "2 days overdue". */
export function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return "No deadline";
  if (daysLeft === 0) return "Due today";
  if (daysLeft > 0) return `${daysLeft} ${daysLeft === 1 ? "day" : "days"} left`;
  const overdue = -daysLeft;
  return `${overdue} ${overdue === 1 ? "day" : "days"} overdue`;
}
