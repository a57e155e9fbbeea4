/**
 * Checks an adviser's uploaded report against what was declared: the object
 * is in S3 at the declared size and its first bytes match its declared type.
 * Then it records the SHA-256 of the stored bytes and the malware scan status.
 */
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import type { ScanStatus } from "../../shared/schemas/advice";
import { s3 } from "../commons/clients";
import { config } from "../commons/config";
import { headDocument, readFirstBytes } from "../files/document-store";
import { matchesContentType } from "../files/file-signatures";
import type { AdviceReport, AdviceUploadItem } from "./advice-store";

export type ReportCheck =
  { ok: true; report: AdviceReport } | { ok: false; message: string };

/** Streams the object through SHA-256, so a 50 MB report is never held in memory whole. */
async function sha256Of(key: string): Promise<string> {
  const result = await s3().send(
    new GetObjectCommand({ Bucket: config.documentBucket, Key: key }),
  );
  const hash = createHash("sha256");
  for await (const chunk of result.Body as Readable) {
    hash.update(chunk as Buffer);
  }
  return hash.digest("hex");
}

/**
 * `not-scanned` unless the stack turns on GuardDuty Malware Protection for
 * S3 on the bucket, which then tags each object with its result.
 *
 * NOTE: the status is recorded as `pending` in AWS and never read back from
 * the GuardDuty tag yet, so a threat found later does not block downloads.
 */
function initialScanStatus(): ScanStatus {
  return process.env.MALWARE_PROTECTION === "guardduty" ? "pending" : "not-scanned";
}

export async function checkReport(upload: AdviceUploadItem): Promise<ReportCheck> {
  const stored = await headDocument(upload.s3Key);
  if (!stored) {
    return { ok: false, message: "The report was not uploaded. Upload it again" };
  }
  if (stored.sizeBytes === 0) {
    return { ok: false, message: "The report is an empty file. Upload the full report" };
  }
  if (stored.sizeBytes !== upload.sizeBytes) {
    return {
      ok: false,
      message: "The report did not upload completely. Upload it again",
    };
  }

  const head = await readFirstBytes(upload.s3Key);
  if (!matchesContentType(upload.contentType, head)) {
    return {
      ok: false,
      message:
        "The report is not a real PDF, Word document, JPG, PNG or HEIC file, or does not match its type",
    };
  }

  return {
    ok: true,
    report: {
      documentId: upload.documentId,
      fileName: upload.fileName,
      contentType: upload.contentType,
      sizeBytes: upload.sizeBytes,
      writtenOn: upload.writtenOn,
      s3Key: upload.s3Key,
      sha256: await sha256Of(upload.s3Key),
      scanStatus: initialScanStatus(),
      uploadedBy: upload.uploadedBy,
      uploadedAt: upload.createdAt,
    },
  };
}
