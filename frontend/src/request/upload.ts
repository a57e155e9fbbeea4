/** Uploads one evidence document: ask the API for an address, then PUT the file there. */
import {
  acceptedContentTypes,
  createUploadBodySchema,
  type UploadTicket,
} from "../../../shared/api";
import type { ApiClient } from "../api/client";
import { ApiError } from "../api/client";
import { zodFieldErrors } from "../api/errors";

/**
 * Returns the file's content type, from the browser or else from its
 * extension, because browsers often leave `type` empty for HEIC and Word files.
 */
export function contentTypeOf(fileName: string, browserType: string): string {
  if (browserType && browserType in acceptedContentTypes) return browserType;
  const extension = fileName.slice(fileName.lastIndexOf(".")).toLowerCase();
  const match = Object.entries(acceptedContentTypes).find(([, extensions]) =>
    (extensions as readonly string[]).includes(extension),
  );
  return match?.[0] ?? browserType ?? "";
}

export async function uploadDocument(
  api: ApiClient,
  draftId: string,
  file: File,
  documentType: string,
): Promise<string> {
  const body = {
    fileName: file.name,
    contentType: contentTypeOf(file.name, file.type),
    sizeBytes: file.size,
    documentType,
  };
  const parsed = createUploadBodySchema.safeParse(body);
  if (!parsed.success) {
    const errors = zodFieldErrors(parsed.error).map((error) => ({
      ...error,
      field: error.field === "documentType" ? "upload.documentType" : "upload.file",
    }));
    throw new ApiError(400, "There is a problem with the file", errors);
  }

  const ticket = await api<UploadTicket>(
    "POST",
    `/drafts/${encodeURIComponent(draftId)}/documents`,
    parsed.data,
  );

  let response: Response;
  try {
    response = await fetch(ticket.uploadUrl, {
      method: "PUT",
      headers: ticket.headers,
      body: file,
    });
  } catch {
    throw new ApiError(
      0,
      "The file could not be uploaded. Check your connection and try again",
    );
  }
  if (!response.ok) {
    throw new ApiError(
      response.status,
      `The file could not be uploaded (status ${response.status}). Try again`,
    );
  }
  return ticket.documentId;
}
