/** Turns stored cases into the shapes the API returns. */
import type { CaseSummary, CaseView } from "../../shared/schemas/case";
import { londonDate } from "../../shared/dates";
import {
  computeTimeline,
  daysLeft,
  nextDueDate,
  type Milestone,
} from "../../shared/timeline";
import type { CaseDocumentItem, CaseItem } from "../store/case-store";

export function milestonesOf(caseItem: CaseItem, now: Date): Milestone[] {
  return computeTimeline(caseItem.facts, londonDate(now));
}

export function childName(child: CaseItem["child"]): string {
  return `${child.knownAs ?? child.firstName} ${child.lastName}`;
}

export function toCaseView(
  caseItem: CaseItem,
  documents: CaseDocumentItem[],
  now: Date,
): CaseView {
  const milestones = milestonesOf(caseItem, now);
  return {
    caseId: caseItem.caseId,
    reference: caseItem.reference,
    stage: caseItem.stage,
    version: caseItem.version,
    requesterType: caseItem.requesterType,
    receivedAt: caseItem.receivedAt,
    receivedDate: caseItem.receivedDate,
    child: caseItem.child,
    schoolName: caseItem.schoolName,
    schoolUrn: caseItem.schoolUrn,
    coordinator: caseItem.coordinatorId
      ? { userId: caseItem.coordinatorId, name: caseItem.coordinatorName }
      : null,
    decision: caseItem.decision,
    milestones,
    nextDueDate: nextDueDate(milestones),
    outOfDateReports: caseItem.outOfDateReports ?? [],
    possibleDuplicateOf: caseItem.possibleDuplicateOf,
    proposedPsychologistId: caseItem.proposedPsychologistId,
    documents: documents
      .map((document) => ({
        documentId: document.documentId,
        fileName: document.fileName,
        documentType: document.documentType,
        contentType: document.contentType,
        sizeBytes: document.sizeBytes,
        writtenOn: document.writtenOn,
        uploadedAt: document.uploadedAt,
      }))
      .sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt)),
  };
}

export function toCaseSummary(caseItem: CaseItem, now: Date): CaseSummary {
  const today = londonDate(now);
  const milestones = computeTimeline(caseItem.facts, today);
  const due = nextDueDate(milestones);
  const next = due
    ? milestones.find(
        (m) => m.dueDate === due && (m.status === "due" || m.status === "overdue"),
      )
    : undefined;

  return {
    caseId: caseItem.caseId,
    reference: caseItem.reference,
    stage: caseItem.stage,
    childName: childName(caseItem.child),
    receivedDate: caseItem.receivedDate,
    nextDueDate: due,
    nextMilestone: next?.key ?? null,
    daysLeft: due ? daysLeft(due, today) : null,
    coordinatorName: caseItem.coordinatorName ?? null,
  };
}

/** Orders summaries soonest deadline first; cases with nothing due go last. */
export function bySoonestDeadline(a: CaseSummary, b: CaseSummary): number {
  const left = a.nextDueDate ?? "9999-12-31";
  const right = b.nextDueDate ?? "9999-12-31";
  return left.localeCompare(right) || a.reference.localeCompare(b.reference);
}
