/** Opens one of a case's documents through a short-lived download address. */
import type { DocumentLink } from "../../../shared/api";
import type { ApiClient } from "../api/client";

export async function openDocument(api: ApiClient, caseId: string, documentId: string) {
  const link = await api<DocumentLink>(
    "GET",
    `/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}`,
  );
  window.location.assign(link.url);
}
