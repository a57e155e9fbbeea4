/**
 * Adds a case's open obligations and recorded exceptions to its view. Staff
 * see every obligation with its owner and days left. The family gets the
 * exceptions in plain words, without the staff's own note.
 */
import type { ExceptionView, ObligationView } from "../../shared/api";
import { londonDate } from "../../shared/dates";
import { openObligations } from "../../shared/obligations";
import { serviceWideRoles, type Role } from "../../shared/roles";
import type { CaseView } from "../../shared/schemas/case";
import { daysLeft } from "../../shared/timeline";
import { exceptionReasonOf } from "../messages/timeline-templates";
import type { CaseItem } from "../store/case-store";
import { caseFactsOf, obligationFactsOf } from "./facts";
import { loadOwnerNames } from "./owners";

const staffRoles: readonly Role[] = serviceWideRoles;
const familySideRoles: readonly Role[] = ["parent", "young-person", "supporter"];

export async function obligationViewsOf(
  caseItem: CaseItem,
  now: Date,
): Promise<ObligationView[]> {
  const today = londonDate(now);
  const obligations = openObligations(obligationFactsOf(caseItem));
  const owners = await loadOwnerNames(
    obligations.map((o) => ({ ownerKind: o.owner.kind, ownerId: o.owner.id })),
  );

  return obligations.map((obligation) => ({
    obligationId: obligation.id,
    kind: obligation.kind,
    ownerKind: obligation.owner.kind,
    ownerId:
      obligation.owner.kind === "coordinator"
        ? caseItem.coordinatorId
        : obligation.owner.id,
    ownerName: owners.nameOf(
      { ownerKind: obligation.owner.kind, ownerId: obligation.owner.id },
      caseItem,
    ),
    dueDate: obligation.dueDate,
    originalDueDate: obligation.originalDueDate,
    daysLeft: daysLeft(obligation.dueDate, today),
    breached: obligation.dueDate < today,
    source: obligation.source,
  }));
}

export function exceptionViewsOf(caseItem: CaseItem, role: Role): ExceptionView[] {
  const exceptions = caseFactsOf(caseItem).exceptions ?? [];
  if (staffRoles.includes(role)) return exceptions.map((exception) => ({ ...exception }));

  return exceptions.map((exception) => ({
    exceptionId: exception.exceptionId,
    kind: exception.kind,
    startsOn: exception.startsOn,
    endsOn: exception.endsOn,
    adviceId: exception.adviceId,
    reason: `More time was allowed because ${exceptionReasonOf(exception.kind)}.`,
    recordedBy: "SEN Assessment Service",
    recordedAt: exception.recordedAt,
  }));
}

/** Returns the view with obligations for staff and exceptions for staff and the family. */
export async function withTimeline(
  view: CaseView,
  caseItem: CaseItem,
  role: Role,
  now: Date,
): Promise<CaseView> {
  if (staffRoles.includes(role)) {
    return {
      ...view,
      obligations: await obligationViewsOf(caseItem, now),
      exceptions: exceptionViewsOf(caseItem, role),
    };
  }
  if (familySideRoles.includes(role)) {
    return { ...view, exceptions: exceptionViewsOf(caseItem, role) };
  }
  return view;
}
