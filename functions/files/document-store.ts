/**
 * The document store: evidence, advice and letters kept in the private S3
 * bucket. Browsers upload and download through short-lived presigned URLs,
 * so document bytes never pass through the API.
 */
import {
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  NoSuchKey,
  PutObjectCommand,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { s3 } from "../commons/clients";
import { config } from "../commons/config";
import { signatureBytes } from "./file-signatures";

/** Upload URLs last 15 minutes: long enough for a 50 MB file on a slow line. */
export const uploadUrlSeconds = 15 * 60;

/** Download URLs last 5 minutes, because anyone holding one can read the file. */
export const downloadUrlSeconds = 5 * 60;

/**
 * S3 checks a presigned URL's expiry against its own wall clock, so URLs are
 * signed with the real time, not the service clock that the local runtime
 * moves forward.
 */
function wallClock(): Date {
  return new Date();
}

export interface PresignedUpload {
  url: string;
  headers: Record<string, string>;
  expiresAt: string;
}

export interface StoredObject {
  sizeBytes: number;
  contentType?: string;
}

export function evidenceKey(draftId: string, documentId: string): string {
  return `documents/${draftId}/${documentId}`;
}

export function letterKey(caseId: string, documentId: string): string {
  return `letters/${caseId}/${documentId}`;
}

/**
 * Presigns a PUT with the content type and length in the signature, so the
 * upload fails unless the browser sends exactly the declared file.
 */
export async function presignUpload(
  key: string,
  contentType: string,
  sizeBytes: number,
): Promise<PresignedUpload> {
  const signedAt = wallClock();
  const command = new PutObjectCommand({
    Bucket: config.documentBucket,
    Key: key,
    ContentType: contentType,
    ContentLength: sizeBytes,
  });
  const url = await getSignedUrl(s3(), command, {
    expiresIn: uploadUrlSeconds,
    signingDate: signedAt,
    signableHeaders: new Set(["content-type", "content-length"]),
  });

  return {
    url,
    headers: { "Content-Type": contentType },
    expiresAt: new Date(signedAt.getTime() + uploadUrlSeconds * 1000).toISOString(),
  };
}

/** Presigns a GET that makes the browser save the file under its own name. */
export async function presignDownload(
  key: string,
  fileName: string,
): Promise<{ url: string; expiresAt: string }> {
  const signedAt = wallClock();
  const command = new GetObjectCommand({
    Bucket: config.documentBucket,
    Key: key,
    ResponseContentDisposition: contentDisposition(fileName),
  });
  const url = await getSignedUrl(s3(), command, {
    expiresIn: downloadUrlSeconds,
    signingDate: signedAt,
  });
  return {
    url,
    expiresAt: new Date(signedAt.getTime() + downloadUrlSeconds * 1000).toISOString(),
  };
}

/** Builds an attachment header that survives any characters in a file name (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Returns the stored object's size and type, or null when nothing was uploaded. */
export async function headDocument(key: string): Promise<StoredObject | null> {
  try {
    const result = await s3().send(
      new HeadObjectCommand({ Bucket: config.documentBucket, Key: key }),
    );
    return { sizeBytes: result.ContentLength ?? 0, contentType: result.ContentType };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** Reads the first bytes of an object, enough to check its file signature. */
export async function readFirstBytes(
  key: string,
  count = signatureBytes,
): Promise<Uint8Array> {
  const result = await s3().send(
    new GetObjectCommand({
      Bucket: config.documentBucket,
      Key: key,
      Range: `bytes=0-${count - 1}`,
    }),
  );
  const body = await result.Body?.transformToByteArray();
  return (body ?? new Uint8Array()).slice(0, count);
}

export async function putDocument(
  key: string,
  body: string | Uint8Array,
  contentType: string,
): Promise<void> {
  await s3().send(
    new PutObjectCommand({
      Bucket: config.documentBucket,
      Key: key,
      Body: body,
      ContentType: contentType,
    }),
  );
}

function isMissing(error: unknown): boolean {
  if (error instanceof NotFound || error instanceof NoSuchKey) return true;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata
    ?.httpStatusCode;
  return status === 404;
}
