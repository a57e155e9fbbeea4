/**
 * Submits advice: the complete form and its checked report go to the case in
 * one transaction, which also closes the advice obligation (reg 8) and flags
 * a report written more than 12 months earlier.
 */
import { londonDate, type IsoDate } from "../../shared/dates";
import { ConflictError, InvalidError } from "../../shared/errors";
import {
  adviceFormSchema,
  familyViewsFormSchema,
  reuseParties,
  type AdviceForm,
  type AdviceView,
} from "../../shared/schemas/advice";
import { fieldErrors } from "../../shared/schemas/common";
import type { AreaScores } from "../../shared/scoring";
import { computeTimeline, nextDueDate } from "../../shared/timeline";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { config } from "../commons/config";
import { logger } from "../commons/logger";
import { staffRecipient } from "../messages/send";
import { dispatchQueued, queueMessages, type Queued } from "../messages/queue";
import { auditPut, type Actor } from "../store/audit";
import {
  caseloadKeys,
  getCaseItem,
  getProfile,
  type CaseItem,
  type ProfileItem,
} from "../store/case-store";
import { keys } from "../store/table";
import { transact, type TransactItem } from "../store/transact";
import { caseFactsOf, type CaseFacts } from "../timeline/facts";
import { restartTimeline } from "../workflow/timeline";
import { caseNotFound } from "../cases/access";
import {
  getAdviceItem,
  getAdviceUpload,
  type AdviceItem,
  type AdviceReport,
} from "./advice-store";
import { loadAdviceFor } from "./form";
import { adviceSubmitted } from "./messages";
import { checkReport } from "./report-check";
import { adviceNotFound, isOutOfDate, toAdviceView } from "./views";

/** How often a submission re-reads the case after another change to it won the race. */
const maxCaseConflicts = 3;

const documentTypeByKind: Record<AdviceItem["kind"], string> = {
  family: "family-views",
  education: "school-report",
  psychology: "educational-psychology-report",
  health: "medical-report",
  "social-care": "social-care-report",
  "preparing-for-adulthood": "other",
  other: "other",
};

function completeForm(advice: AdviceItem): AdviceForm {
  const schema = advice.kind === "family" ? familyViewsFormSchema : adviceFormSchema;
  const parsed = schema.safeParse(advice.form);
  const errors = parsed.success
    ? []
    : fieldErrors(parsed.error).map((error) => ({
        ...error,
        field: `form.${error.field}`,
      }));

  if (advice.form.reportDocumentId && !advice.report) {
    errors.push({ field: "form.reportDocumentId", message: "Upload your full report" });
  }
  if (advice.form.reusesExistingAdvice) {
    const missing = reuseParties.filter((party) => !advice.reuseAgreements?.[party]);
    if (missing.length > 0) {
      errors.push({
        field: "reuseAgreements",
        message: `Existing advice can be reused only when the council, the author and the family all agree. Still needed: ${missing.join(", ")}`,
      });
    }
  }
  if (errors.length > 0 || !parsed.success) {
    throw new InvalidError(errors, "The advice is not complete");
  }
  return parsed.data;
}

/**
 * Checks the report's bytes again, because its upload URL stays valid for 15
 * minutes and could replace the object after the check at save.
 */
async function recheckReport(advice: AdviceItem): Promise<AdviceReport> {
  const field = "form.reportDocumentId";
  const report = advice.report as AdviceReport;
  const upload = await getAdviceUpload(advice.caseId, report.documentId);
  const check = upload ? await checkReport(upload) : undefined;
  if (!check?.ok) {
    throw new InvalidError([
      { field, message: check?.message ?? "Upload the report again" },
    ]);
  }
  if (check.report.sha256 !== report.sha256) {
    throw new InvalidError([
      { field, message: "The report changed after it was checked. Upload it again" },
    ]);
  }
  return report;
}

export async function submitAdvice(
  principal: AuthenticatedPrincipal,
  caseId: string,
  adviceId: string,
  expectedVersion: number,
  actor: Actor,
  now: Date,
): Promise<AdviceView> {
  const loaded = await loadAdviceFor(principal, caseId, adviceId, actor, now);
  const { advice } = loaded;
  if (advice.adviserId !== principal.userId) throw adviceNotFound();
  if (advice.status === "submitted") {
    throw new ConflictError("This advice has already been sent to the council");
  }
  if (advice.version !== expectedVersion) throw new ConflictError();

  const form = completeForm(advice);
  // Only the family's views may come without a report; `completeForm` checked that.
  const report = advice.report ? await recheckReport(advice) : undefined;
  const scores: AreaScores = Object.fromEntries(
    form.areas.flatMap((area) =>
      area.severity === undefined ? [] : [[area.area, area.severity]],
    ),
  );

  let caseItem = loaded.caseItem;
  const coordinator = await getProfile(caseItem.coordinatorId);
  let queued: Queued;
  for (let attempt = 1; ; attempt += 1) {
    queued = queueForCoordinator(caseItem, coordinator, advice, now);
    const outcome = await transact([
      ...submissionItems(caseItem, advice, report, scores, expectedVersion, actor, now),
      ...queued.items,
    ]);
    if (outcome.committed) break;

    const currentAdvice = await getAdviceItem(caseId, adviceId);
    if (currentAdvice?.status === "submitted") {
      throw new ConflictError("This advice has already been sent to the council");
    }
    if (currentAdvice?.version !== expectedVersion) throw new ConflictError();
    // Only the case changed under us, such as another adviser submitting: try again.
    const current = await getCaseItem(caseId);
    if (!current) throw caseNotFound();
    if (attempt >= maxCaseConflicts) throw new ConflictError();
    caseItem = current;
  }

  logger.info("Advice submitted", {
    caseReference: caseItem.reference,
    adviceId,
    kind: advice.kind,
    scanStatus: report?.scanStatus ?? "no report",
  });
  const updated = (await getAdviceItem(caseId, adviceId)) as AdviceItem;

  await dispatchQueued(queued);
  // The advice obligation is closed, so the timeline must stop chasing it.
  await restartTimeline(caseId);
  return toAdviceView(updated, now, (await getProfile(updated.adviserId))?.name);
}

function submissionItems(
  caseItem: CaseItem,
  advice: AdviceItem,
  report: AdviceReport | undefined,
  scores: AreaScores,
  expectedVersion: number,
  actor: Actor,
  now: Date,
): TransactItem[] {
  const today = londonDate(now);
  const outOfDate = report ? isOutOfDate(report.writtenOn, today) : false;

  const items: TransactItem[] = [
    {
      Update: {
        TableName: config.tableName,
        Key: keys.caseAdvice(caseItem.caseId, advice.adviceId),
        UpdateExpression:
          "SET #status = :submitted, submittedOn = :today, scores = :scores, " +
          "version = :next, updatedAt = :now",
        ConditionExpression: "version = :expected AND #status <> :submitted",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":submitted": "submitted",
          ":today": today,
          ":scores": scores,
          ":next": expectedVersion + 1,
          ":expected": expectedVersion,
          ":now": now.toISOString(),
        },
      },
    },
    caseUpdate(caseItem, advice, report, outOfDate, now),
    auditPut({
      caseId: caseItem.caseId,
      actor,
      action: "advice-submitted",
      at: now,
      detail: report
        ? `${advice.kind} advice ${advice.adviceId} with report ${report.documentId} ` +
          `(sha256 ${report.sha256.slice(0, 16)}, ${report.scanStatus}` +
          `${outOfDate ? ", written more than 12 months ago" : ""})`
        : `${advice.kind} advice ${advice.adviceId} without a report`,
    }),
  ];
  if (report) items.push(reportDocumentPut(caseItem, advice, report));
  return items;
}

/** Adds the checked report to the case's documents, where downloads are audited. */
function reportDocumentPut(
  caseItem: CaseItem,
  advice: AdviceItem,
  report: AdviceReport,
): TransactItem {
  return {
    Put: {
      TableName: config.tableName,
      Item: {
        ...keys.caseDocument(caseItem.caseId, report.documentId),
        type: "document",
        caseId: caseItem.caseId,
        documentId: report.documentId,
        adviceId: advice.adviceId,
        fileName: report.fileName,
        contentType: report.contentType,
        sizeBytes: report.sizeBytes,
        documentType: documentTypeByKind[advice.kind],
        writtenOn: report.writtenOn,
        s3Key: report.s3Key,
        sha256: report.sha256,
        scanStatus: report.scanStatus,
        uploadedBy: report.uploadedBy,
        uploadedAt: report.uploadedAt,
      },
      ConditionExpression: "attribute_not_exists(PK)",
    },
  };
}

function caseUpdate(
  caseItem: CaseItem,
  advice: AdviceItem,
  report: AdviceReport | undefined,
  outOfDate: boolean,
  now: Date,
): TransactItem {
  const today: IsoDate = londonDate(now);
  const facts: CaseFacts = { ...caseFactsOf(caseItem) };
  facts.adviceRequests = (facts.adviceRequests ?? []).map((request) =>
    request.adviceId === advice.adviceId ? { ...request, submittedOn: today } : request,
  );
  if (facts.adviceRequests.every((request) => request.submittedOn)) {
    facts.adviceCompletedOn = today;
  }

  const outOfDateReports = [...(caseItem.outOfDateReports ?? [])];
  if (report && outOfDate && !outOfDateReports.includes(report.documentId)) {
    outOfDateReports.push(report.documentId);
  }

  const values: Record<string, unknown> = {
    ":facts": facts,
    ":reports": outOfDateReports,
    ":expected": caseItem.version,
    ":next": caseItem.version + 1,
    ":now": now.toISOString(),
  };
  let expression =
    "SET facts = :facts, outOfDateReports = :reports, version = :next, updatedAt = :now";
  if ((caseItem as { GSI2PK?: string }).GSI2PK) {
    const nextDue = nextDueDate(computeTimeline(facts, today));
    values[":gsi2sk"] = caseloadKeys(
      caseItem.coordinatorId,
      nextDue,
      caseItem.caseId,
    ).GSI2SK;
    expression += ", GSI2SK = :gsi2sk";
  }

  return {
    Update: {
      TableName: config.tableName,
      Key: keys.case(caseItem.caseId),
      UpdateExpression: expression,
      ConditionExpression: "version = :expected",
      ExpressionAttributeValues: values,
    },
  };
}

/** Tells the coordinator, counting the advice still outstanding after this one. */
function queueForCoordinator(
  caseItem: CaseItem,
  coordinator: ProfileItem | undefined,
  advice: AdviceItem,
  now: Date,
): Queued {
  const outstanding = (caseFactsOf(caseItem).adviceRequests ?? []).filter(
    (request) => !request.submittedOn && request.adviceId !== advice.adviceId,
  ).length;

  return queueMessages(
    staffRecipient(coordinator, "coordinator"),
    adviceSubmitted({
      reference: caseItem.reference,
      caseId: caseItem.caseId,
      kind: advice.kind,
      outstanding,
    }),
    {
      partition: `CASE#${caseItem.caseId}`,
      caseId: caseItem.caseId,
      caseReference: caseItem.reference,
      now,
    },
  );
}
