/** Turns stored advice into the shapes the API returns. */
import { addMonths, londonDate, type IsoDate } from "../../shared/dates";
import type {
  AdviceInboxEntry,
  AdviceReportView,
  AdviceView,
} from "../../shared/schemas/advice";
import { daysLeft } from "../../shared/timeline";
import { NotFoundError } from "../../shared/errors";
import { openObligations } from "../../shared/obligations";
import { serviceWideRoles, type Role } from "../../shared/roles";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { childName } from "../cases/case-view";
import type { CaseItem } from "../store/case-store";
import { obligationFactsOf } from "../timeline/facts";
import type { AdviceItem, AdviceReport } from "./advice-store";

export const adviceNotFound = () => new NotFoundError("Advice request not found");

/**
 * Reports written more than 12 months before the advice was given are
 * flagged, because councils commonly treat only younger reports as current.
 */
export function isOutOfDate(writtenOn: IsoDate, givenOn: IsoDate): boolean {
  return writtenOn < addMonths(givenOn, -12);
}

export function isStaff(role: Role): boolean {
  return (serviceWideRoles as readonly Role[]).includes(role);
}

/** Staff see every advice request of a case they can open; advisers see only their own. */
export function canSeeAdvice(principal: AuthenticatedPrincipal, advice: AdviceItem) {
  return isStaff(principal.role) || advice.adviserId === principal.userId;
}

export function toReportView(report: AdviceReport, givenOn: IsoDate): AdviceReportView {
  return {
    documentId: report.documentId,
    fileName: report.fileName,
    contentType: report.contentType,
    sizeBytes: report.sizeBytes,
    writtenOn: report.writtenOn,
    sha256: report.sha256,
    scanStatus: report.scanStatus,
    outOfDate: isOutOfDate(report.writtenOn, givenOn),
  };
}

/**
 * Returns each open advice request's due date as the obligations work it
 * out, which moves it for a missed appointment (reg 8).
 */
export function adviceDueDates(
  caseItem: Pick<CaseItem, "facts" | "stage">,
): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  for (const obligation of openObligations(obligationFactsOf(caseItem))) {
    if (obligation.kind === "advice" && obligation.id.startsWith("advice#")) {
      dates.set(obligation.id.slice("advice#".length), obligation.dueDate);
    }
  }
  return dates;
}

export function toAdviceView(
  advice: AdviceItem,
  now: Date,
  adviserName?: string,
  /** The due date after any lawful exception, when it differs from the stored one. */
  movedDueDate?: IsoDate,
): AdviceView {
  const today = londonDate(now);
  const dueDate = movedDueDate ?? advice.dueDate;
  return {
    adviceId: advice.adviceId,
    caseId: advice.caseId,
    reference: advice.reference,
    kind: advice.kind,
    note: advice.note,
    adviserId: advice.adviserId,
    adviserName,
    status: advice.status,
    requestedOn: advice.requestedOn,
    dueDate,
    daysLeft: advice.submittedOn ? null : daysLeft(dueDate, today),
    submittedOn: advice.submittedOn,
    version: advice.version,
    form: advice.form,
    report: advice.report
      ? toReportView(advice.report, advice.submittedOn ?? today)
      : undefined,
    reuseAgreements: advice.reuseAgreements ?? {},
  };
}

export function toInboxEntry(
  advice: AdviceItem,
  caseItem: CaseItem,
  now: Date,
): AdviceInboxEntry {
  const dueDate = adviceDueDates(caseItem).get(advice.adviceId) ?? advice.dueDate;
  return {
    adviceId: advice.adviceId,
    caseId: advice.caseId,
    reference: advice.reference,
    childName: childName(caseItem.child),
    kind: advice.kind,
    status: advice.status,
    requestedOn: advice.requestedOn,
    dueDate,
    daysLeft: advice.submittedOn ? null : daysLeft(dueDate, londonDate(now)),
  };
}
