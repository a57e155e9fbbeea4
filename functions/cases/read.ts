/** Reads of one case: its view, a document download and its audit trail. */
import type { AuditEntry, CaseRequestView, DocumentLink } from "../../shared/api";
import { NotFoundError } from "../../shared/errors";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { presignDownload } from "../files/document-store";
import { listAuditEntries, writeAudit, type Actor } from "../store/audit";
import {
  batchGet,
  getCaseDocument,
  getRequestItem,
  listCaseDocuments,
  type ProfileItem,
} from "../store/case-store";
import { isWellFormedId } from "../store/ids";
import { keys } from "../store/table";
import { withTimeline } from "../timeline/case-timeline-view";
import { loadCaseFor } from "./access";
import { toCaseView } from "./case-view";
import type { CaseView } from "../../shared/schemas/case";

export async function getCase(
  principal: AuthenticatedPrincipal,
  caseId: string,
  actor: Actor,
  now: Date,
): Promise<CaseView> {
  const caseItem = await loadCaseFor(principal, caseId, actor, now);
  const documents = await listCaseDocuments(caseId);

  await writeAudit({ caseId, actor, action: "case-viewed", at: now });
  return withTimeline(
    toCaseView(caseItem, documents, now),
    caseItem,
    principal.role,
    now,
  );
}

/**
 * Returns the answers of the request that opened the case and its evidence,
 * so a coordinator can read them before deciding. The read is audited.
 */
export async function getCaseRequest(
  principal: AuthenticatedPrincipal,
  caseId: string,
  actor: Actor,
  now: Date,
): Promise<CaseRequestView> {
  const caseItem = await loadCaseFor(principal, caseId, actor, now);
  const [requestItem, documents] = await Promise.all([
    getRequestItem(caseId),
    listCaseDocuments(caseId),
  ]);
  if (!requestItem) throw new NotFoundError("Request not found");

  await writeAudit({ caseId, actor, action: "request-viewed", at: now });
  return {
    caseId,
    reference: caseItem.reference,
    request: requestItem.request,
    documents: toCaseView(caseItem, documents, now).documents,
  };
}

/** Returns a 5-minute download link, after recording the download. */
export async function getDocumentLink(
  principal: AuthenticatedPrincipal,
  caseId: string,
  documentId: string,
  actor: Actor,
  now: Date,
): Promise<DocumentLink> {
  await loadCaseFor(principal, caseId, actor, now);
  const document = isWellFormedId(documentId)
    ? await getCaseDocument(caseId, documentId)
    : undefined;
  if (!document) throw new NotFoundError("Document not found");

  await writeAudit({
    caseId,
    actor,
    action: "document-downloaded",
    at: now,
    detail: `Document ${documentId} (${document.documentType})`,
  });
  const link = await presignDownload(document.s3Key, document.fileName);
  return { ...link, fileName: document.fileName };
}

/** Returns the audit trail newest first, with each actor's name; the look is audited too. */
export async function getAuditTrail(
  principal: AuthenticatedPrincipal,
  caseId: string,
  actor: Actor,
  now: Date,
): Promise<AuditEntry[]> {
  await loadCaseFor(principal, caseId, actor, now);
  await writeAudit({ caseId, actor, action: "audit-viewed", at: now });

  const entries = await listAuditEntries(caseId);
  const actorIds = [...new Set(entries.map((entry) => entry.actorId))];
  const profiles = await batchGet<ProfileItem>(actorIds.map((id) => keys.profile(id)));
  const names = new Map(profiles.map((profile) => [profile.userId, profile.name]));

  return entries.map((entry) => ({ ...entry, actorName: names.get(entry.actorId) }));
}
