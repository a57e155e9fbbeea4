/** Ordering and filtering of the service-wide deadlines list. */
import type { DeadlineView } from "../../../shared/api";

/** Sorts deadlines soonest due first, then by case reference so the order is stable. */
export function sortDeadlines(deadlines: DeadlineView[]): DeadlineView[] {
  return [...deadlines].sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      a.reference.localeCompare(b.reference) ||
      a.obligationId.localeCompare(b.obligationId),
  );
}

/** Builds the API path of the list, narrowed to one coordinator's cases when asked. */
export function deadlinesPath(coordinatorId: string | undefined): string {
  return coordinatorId
    ? `/deadlines?coordinatorId=${encodeURIComponent(coordinatorId)}`
    : "/deadlines";
}

export function escalationsText(escalations: number): string {
  if (escalations === 0) return "None";
  return `${escalations} ${escalations === 1 ? "time" : "times"}`;
}
