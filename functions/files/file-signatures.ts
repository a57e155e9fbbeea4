/**
 * Checks that a file's first bytes match the type it was uploaded as, so an
 * executable renamed to .pdf is rejected before it reaches a coordinator.
 */

/** Bytes needed to recognise every accepted type: HEIC's brand ends at byte 8. */
export const signatureBytes = 16;

interface Signature {
  offset: number;
  bytes: number[];
}

const signatures: Record<string, Signature[]> = {
  // "%PDF-"
  "application/pdf": [{ offset: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }],
  // OLE2 compound file, the container of Word 97-2003 documents.
  "application/msword": [{ offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0] }],
  // "PK\x03\x04": a ZIP archive, the container of Office Open XML documents.
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [
    { offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  ],
  "image/jpeg": [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }],
  "image/png": [{ offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47] }],
  // ISO base media file: "ftyp" box name after the 4-byte box size.
  "image/heic": [{ offset: 4, bytes: [0x66, 0x74, 0x79, 0x70] }],
};

/** Returns true when `head` starts the way a file of `contentType` must. */
export function matchesContentType(contentType: string, head: Uint8Array): boolean {
  const candidates = signatures[contentType];
  if (!candidates) return false;

  return candidates.some(({ offset, bytes }) =>
    bytes.every((byte, index) => head[offset + index] === byte),
  );
}
