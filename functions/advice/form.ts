/**
 * The adviser's side of an advice request: read it, save the form and finish
 * it later, upload the full report, and record agreement to reuse existing
 * advice (reg 6(4)).
 */
import { randomUUID } from "node:crypto";
import { acceptedContentTypes } from "../../shared/api";
import { londonDate } from "../../shared/dates";
import { ConflictError, InvalidError } from "../../shared/errors";
import { familyRoles, type Role } from "../../shared/roles";
import type { AdviceView, ReuseParty, SaveAdviceBody } from "../../shared/schemas/advice";
import type { UploadTicket } from "../../shared/api";
import type * as z from "zod";
import type { adviceUploadBodySchema } from "../../shared/schemas/advice";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { config } from "../commons/config";
import { presignUpload } from "../files/document-store";
import { auditPut, writeAudit, type Actor, type AuditEvent } from "../store/audit";
import { getProfile, type CaseItem } from "../store/case-store";
import { isWellFormedId } from "../store/ids";
import { keys } from "../store/table";
import { transact } from "../store/transact";
import { loadCaseFor } from "../cases/access";
import {
  adviceReportKey,
  countAdviceUploads,
  getAdviceItem,
  getAdviceUpload,
  adviceUploadPut,
  type AdviceItem,
  type AdviceReport,
} from "./advice-store";
import { checkReport } from "./report-check";
import {
  adviceDueDates,
  adviceNotFound,
  canSeeAdvice,
  isStaff,
  toAdviceView,
} from "./views";

/** Uploads allowed per advice request, counting replaced files. */
const maxUploadsPerAdvice = 20;

export interface LoadedAdvice {
  caseItem: CaseItem;
  advice: AdviceItem;
}

/**
 * Loads a case and one of its advice requests for a caller. Someone who may
 * not see the advice gets "not found", like a case they have no link to.
 */
export async function loadAdviceFor(
  principal: AuthenticatedPrincipal,
  caseId: string,
  adviceId: string,
  actor: Actor,
  now: Date,
  options: { familyMaySee?: boolean } = {},
): Promise<LoadedAdvice> {
  const caseItem = await loadCaseFor(principal, caseId, actor, now);
  const advice = isWellFormedId(adviceId)
    ? await getAdviceItem(caseId, adviceId)
    : undefined;
  if (!advice) throw adviceNotFound();

  const family =
    options.familyMaySee && (familyRoles as readonly Role[]).includes(principal.role);
  if (!family && !canSeeAdvice(principal, advice)) throw adviceNotFound();
  return { caseItem, advice };
}

/** Loads advice that only its own adviser may change. */
async function loadOwnAdvice(
  principal: AuthenticatedPrincipal,
  caseId: string,
  adviceId: string,
  actor: Actor,
  now: Date,
): Promise<LoadedAdvice> {
  const loaded = await loadAdviceFor(principal, caseId, adviceId, actor, now);
  if (loaded.advice.adviserId !== principal.userId) throw adviceNotFound();
  if (loaded.advice.status === "submitted") {
    throw new ConflictError("This advice has already been sent to the council");
  }
  return loaded;
}

export async function getAdvice(
  principal: AuthenticatedPrincipal,
  caseId: string,
  adviceId: string,
  actor: Actor,
  now: Date,
): Promise<AdviceView> {
  const { caseItem, advice } = await loadAdviceFor(
    principal,
    caseId,
    adviceId,
    actor,
    now,
  );
  await writeAudit({
    caseId,
    actor,
    action: "case-viewed",
    at: now,
    detail: `Advice ${adviceId}`,
  });
  const adviser = await getProfile(advice.adviserId);
  return toAdviceView(
    advice,
    now,
    adviser?.name,
    adviceDueDates(caseItem).get(advice.adviceId),
  );
}

/**
 * Writes changed fields of an advice item, with its audit entry, if its
 * version is still the expected one.
 */
async function updateAdvice(
  advice: AdviceItem,
  expectedVersion: number,
  changes: Partial<AdviceItem>,
  audit: AuditEvent,
  now: Date,
): Promise<AdviceItem> {
  const names: Record<string, string> = { "#version": "version", "#status": "status" };
  const values: Record<string, unknown> = {
    ":expected": expectedVersion,
    ":next": expectedVersion + 1,
    ":now": now.toISOString(),
    ":submitted": "submitted",
  };
  const sets = ["#version = :next", "updatedAt = :now"];
  const removes: string[] = [];

  Object.entries(changes).forEach(([field, value], index) => {
    names[`#f${index}`] = field;
    if (value === undefined) {
      removes.push(`#f${index}`);
    } else {
      values[`:v${index}`] = value;
      sets.push(`#f${index} = :v${index}`);
    }
  });

  const outcome = await transact([
    {
      Update: {
        TableName: config.tableName,
        Key: keys.caseAdvice(advice.caseId, advice.adviceId),
        UpdateExpression:
          `SET ${sets.join(", ")}` +
          (removes.length ? ` REMOVE ${removes.join(", ")}` : ""),
        ConditionExpression: "#version = :expected AND #status <> :submitted",
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    auditPut(audit),
  ]);

  const current = await getAdviceItem(advice.caseId, advice.adviceId);
  if (!outcome.committed) {
    if (current?.status === "submitted") {
      throw new ConflictError("This advice has already been sent to the council");
    }
    throw new ConflictError();
  }
  return current as AdviceItem;
}

/** Saves the unfinished form. A newly named report is checked before it is accepted. */
export async function saveAdvice(
  principal: AuthenticatedPrincipal,
  caseId: string,
  adviceId: string,
  body: SaveAdviceBody,
  actor: Actor,
  now: Date,
): Promise<AdviceView> {
  const { advice } = await loadOwnAdvice(principal, caseId, adviceId, actor, now);
  if (body.expectedVersion !== advice.version) throw new ConflictError();

  let report: AdviceReport | undefined = advice.report;
  const documentId = body.form.reportDocumentId;
  if (!documentId) {
    report = undefined;
  } else if (documentId !== advice.report?.documentId) {
    report = await checkedReport(advice, documentId, principal.userId);
  }

  const saved = await updateAdvice(
    advice,
    body.expectedVersion,
    { form: body.form, report, status: "in-progress" },
    {
      caseId,
      actor,
      action: "advice-saved",
      at: now,
      detail: `Advice ${adviceId}` + (report ? ` with report ${report.documentId}` : ""),
    },
    now,
  );
  return toAdviceView(saved, now, (await getProfile(saved.adviserId))?.name);
}

async function checkedReport(
  advice: AdviceItem,
  documentId: string,
  userId: string,
): Promise<AdviceReport> {
  const field = "form.reportDocumentId";
  const upload = await getAdviceUpload(advice.caseId, documentId);
  if (!upload || upload.adviceId !== advice.adviceId || upload.uploadedBy !== userId) {
    throw new InvalidError([{ field, message: "Upload the report again" }]);
  }
  const check = await checkReport(upload);
  if (!check.ok) throw new InvalidError([{ field, message: check.message }]);
  return check.report;
}

type UploadBody = z.output<typeof adviceUploadBodySchema>;

/** Records a pending upload and returns a presigned PUT bound to its type and size. */
export async function createAdviceUpload(
  principal: AuthenticatedPrincipal,
  caseId: string,
  adviceId: string,
  body: UploadBody,
  actor: Actor,
  now: Date,
): Promise<UploadTicket> {
  const { advice } = await loadOwnAdvice(principal, caseId, adviceId, actor, now);

  const extensions: readonly string[] =
    acceptedContentTypes[body.contentType as keyof typeof acceptedContentTypes];
  const extension = /\.[^.]+$/.exec(body.fileName.toLowerCase())?.[0] ?? "";
  if (!extensions.includes(extension)) {
    throw new InvalidError([
      {
        field: "fileName",
        message: `The file name must end in ${extensions.join(" or ")} for this type of file`,
      },
    ]);
  }
  if (body.writtenOn > londonDate(now)) {
    throw new InvalidError([
      {
        field: "writtenOn",
        message: "Date the report was written must be today or in the past",
      },
    ]);
  }
  if ((await countAdviceUploads(caseId, adviceId)) >= maxUploadsPerAdvice) {
    throw new InvalidError([
      {
        field: "fileName",
        message: `Advice can have up to ${maxUploadsPerAdvice} uploads`,
      },
    ]);
  }

  const documentId = randomUUID();
  const s3Key = adviceReportKey(caseId, documentId);
  const outcome = await transact([
    adviceUploadPut({
      caseId,
      adviceId: advice.adviceId,
      documentId,
      fileName: body.fileName,
      contentType: body.contentType,
      sizeBytes: body.sizeBytes,
      writtenOn: body.writtenOn,
      s3Key,
      uploadedBy: principal.userId,
      createdAt: now.toISOString(),
    }),
    auditPut({
      caseId,
      actor,
      action: "advice-report-upload-started",
      at: now,
      detail: `Report ${documentId} for advice ${adviceId} (${body.contentType}, ${body.sizeBytes} bytes)`,
    }),
  ]);
  if (!outcome.committed) throw new ConflictError();

  const upload = await presignUpload(s3Key, body.contentType, body.sizeBytes);
  return {
    documentId,
    uploadUrl: upload.url,
    headers: upload.headers,
    expiresAt: upload.expiresAt,
  };
}

/** Returns the parties a caller agrees for: council staff, the advice's author, the family. */
function partiesOf(
  principal: AuthenticatedPrincipal,
  caseItem: CaseItem,
  advice: AdviceItem,
): ReuseParty[] {
  const parties: ReuseParty[] = [];
  if (isStaff(principal.role)) parties.push("council");
  if (advice.adviserId === principal.userId) parties.push("author");
  const isFamily =
    principal.userId === caseItem.requesterUserId ||
    caseItem.connections.familyUserIds.includes(principal.userId);
  if ((familyRoles as readonly Role[]).includes(principal.role) && isFamily) {
    parties.push("family");
  }
  return parties;
}

/**
 * Records the caller's agreement to reuse existing advice. Reg 6(4) allows
 * reuse only when the council, the author and the family all agree, so
 * submission checks all three.
 */
export async function agreeReuse(
  principal: AuthenticatedPrincipal,
  caseId: string,
  adviceId: string,
  expectedVersion: number,
  actor: Actor,
  now: Date,
): Promise<AdviceView> {
  const { caseItem, advice } = await loadAdviceFor(
    principal,
    caseId,
    adviceId,
    actor,
    now,
    { familyMaySee: true },
  );
  if (advice.status === "submitted") {
    throw new ConflictError("This advice has already been sent to the council");
  }
  const parties = partiesOf(principal, caseItem, advice);
  if (parties.length === 0) throw adviceNotFound();
  if (expectedVersion !== advice.version) throw new ConflictError();

  const agreements = { ...(advice.reuseAgreements ?? {}) };
  for (const party of parties) {
    agreements[party] = {
      userId: principal.userId,
      role: principal.role,
      agreedAt: now.toISOString(),
    };
  }

  const outcome = await transact([
    {
      Update: {
        TableName: config.tableName,
        Key: keys.caseAdvice(caseId, adviceId),
        UpdateExpression:
          "SET reuseAgreements = :agreements, version = :next, updatedAt = :now",
        ConditionExpression: "version = :expected AND #status <> :submitted",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":agreements": agreements,
          ":next": expectedVersion + 1,
          ":expected": expectedVersion,
          ":submitted": "submitted",
          ":now": now.toISOString(),
        },
      },
    },
    auditPut({
      caseId,
      actor,
      action: "advice-reuse-agreed",
      at: now,
      detail: `Agreed to reuse existing advice ${adviceId} as ${parties.join(" and ")}`,
    }),
  ]);
  if (!outcome.committed) throw new ConflictError();

  const updated = (await getAdviceItem(caseId, adviceId)) as AdviceItem;
  return toAdviceView(updated, now, (await getProfile(updated.adviserId))?.name);
}
