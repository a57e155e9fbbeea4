/**
 * The service-wide list of deadlines at risk (due within 7 days) and
 * breached (past due and still open), read from the obligation items on
 * GSI3, never by Scan.
 */
import type { DeadlineView, DeadlinesView } from "../../shared/api";
import { addDays, londonDate } from "../../shared/dates";
import { daysLeft } from "../../shared/timeline";
import { writeAuditForCases, type Actor } from "../store/audit";
import { batchGetCases } from "../store/case-store";
import { childName } from "../cases/case-view";
import { listDeadlineItems } from "./obligation-store";
import { loadOwnerNames } from "./owners";

/** How far ahead a deadline counts as at risk, in days. */
export const atRiskDays = 7;

export interface DeadlineFilter {
  /** Only the cases of this coordinator. */
  coordinatorId?: string;
}

export async function listDeadlines(
  filter: DeadlineFilter,
  actor: Actor,
  now: Date,
): Promise<DeadlinesView> {
  const today = londonDate(now);
  const items = await listDeadlineItems(addDays(today, atRiskDays));
  const cases = new Map(
    (await batchGetCases(items.map((item) => item.caseId))).map((caseItem) => [
      caseItem.caseId,
      caseItem,
    ]),
  );
  const owners = await loadOwnerNames(items);

  const views: DeadlineView[] = [];
  for (const item of items) {
    const caseItem = cases.get(item.caseId);
    // An item can outlive its case's last check by a moment; skip what has no case.
    if (!caseItem) continue;
    if (filter.coordinatorId && caseItem.coordinatorId !== filter.coordinatorId) continue;
    // A family's time to comment is a right, not a duty, so it is never a breach (reg 13(1)).
    if (!item.escalates && item.dueDate < today) continue;

    views.push({
      caseId: item.caseId,
      reference: caseItem.reference,
      childName: childName(caseItem.child),
      obligationId: item.obligationId,
      kind: item.kind,
      ownerKind: item.ownerKind,
      ownerName: owners.nameOf(item, caseItem),
      coordinatorId: caseItem.coordinatorId,
      coordinatorName: caseItem.coordinatorName,
      dueDate: item.dueDate,
      daysLeft: daysLeft(item.dueDate, today),
      escalations: item.escalations ?? 0,
    });
  }

  // Each listed case is audited, because the list shows children's names.
  await writeAuditForCases([...new Set(views.map((view) => view.caseId))], {
    actor,
    action: "case-listed",
    at: now,
  });

  return {
    today,
    atRisk: views.filter((view) => view.dueDate >= today),
    breached: views.filter((view) => view.dueDate < today),
  };
}
