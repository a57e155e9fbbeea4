/**
 * Checks each evidence document named in a request against what was really
 * uploaded: the upload was asked for on this draft, the object is in S3 at
 * the declared size, and its first bytes match its declared type.
 * Messages name the field, not the file, because file names often carry a
 * child's name.
 */
import type { FieldError } from "../../shared/schemas/common";
import type { RequestDraft } from "../../shared/schemas/request";
import { matchesContentType } from "../files/file-signatures";
import { headDocument, readFirstBytes } from "../files/document-store";
import type { DraftDocumentItem } from "../store/draft-store";

type Evidence = NonNullable<RequestDraft["evidence"]>[number];

export interface CheckedEvidence {
  errors: FieldError[];
  /** The upload record of each evidence entry that passed, in request order. */
  documents: DraftDocumentItem[];
}

export async function checkEvidence(
  evidence: Evidence[],
  uploads: DraftDocumentItem[],
): Promise<CheckedEvidence> {
  const byId = new Map(uploads.map((upload) => [upload.documentId, upload]));
  const seen = new Set<string>();

  const results = await Promise.all(
    evidence.map(async (entry, index) => {
      const field = `evidence.${index}.documentId`;
      const upload = byId.get(entry.documentId);

      if (seen.has(entry.documentId)) {
        return { error: { field, message: "This document is listed twice. Remove one" } };
      }
      seen.add(entry.documentId);

      if (!upload) {
        return { error: { field, message: "Upload the document again" } };
      }

      const stored = await headDocument(upload.s3Key);
      if (!stored) {
        return {
          error: { field, message: "This document was not uploaded. Upload it again" },
        };
      }
      if (stored.sizeBytes !== upload.sizeBytes) {
        return {
          error: {
            field,
            message: "This document did not upload completely. Upload it again",
          },
        };
      }

      const head = await readFirstBytes(upload.s3Key);
      if (!matchesContentType(upload.contentType, head)) {
        return {
          error: {
            field,
            message:
              "This document is not a real PDF, Word document, JPG, PNG or HEIC file, or does not match its type",
          },
        };
      }
      return { upload };
    }),
  );

  const errors: FieldError[] = [];
  const documents: DraftDocumentItem[] = [];
  for (const result of results) {
    if (result.error) errors.push(result.error);
    if (result.upload) documents.push(result.upload);
  }
  return { errors, documents };
}
