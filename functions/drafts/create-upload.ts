import { randomUUID } from "node:crypto";
import {
  acceptedContentTypes,
  createUploadBodySchema,
  type UploadTicket,
} from "../../shared/api";
import { ConflictError, InvalidError } from "../../shared/errors";
import { apiHandler } from "../commons/api";
import { evidenceKey, presignUpload } from "../files/document-store";
import { getDraft, listDraftDocuments, putDraftDocument } from "../store/draft-store";

/** Uploads allowed per draft, counting replaced files: 30 documents with room for retries. */
const maxUploadsPerDraft = 100;

export const handler = apiHandler(
  "createDraftUpload",
  createUploadBodySchema,
  async ({ principal, path, body, now }) => {
    const draft = await getDraft(principal.userId, path.draftId ?? "");
    if (draft.submitted) throw new ConflictError("This request has already been sent");

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

    const uploads = await listDraftDocuments(draft.draftId);
    if (uploads.length >= maxUploadsPerDraft) {
      throw new InvalidError([
        {
          field: "fileName",
          message: `A request can have up to ${maxUploadsPerDraft} uploads`,
        },
      ]);
    }

    const documentId = randomUUID();
    const s3Key = evidenceKey(draft.draftId, documentId);
    await putDraftDocument({
      draftId: draft.draftId,
      documentId,
      userId: principal.userId,
      fileName: body.fileName,
      contentType: body.contentType,
      sizeBytes: body.sizeBytes,
      documentType: body.documentType,
      s3Key,
      status: "pending",
      createdAt: now.toISOString(),
    });

    const upload = await presignUpload(s3Key, body.contentType, body.sizeBytes);
    const ticket: UploadTicket = {
      documentId,
      uploadUrl: upload.url,
      headers: upload.headers,
      expiresAt: upload.expiresAt,
    };
    return { status: 201, body: ticket };
  },
);
