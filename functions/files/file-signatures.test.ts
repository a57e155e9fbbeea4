import { describe, expect, it } from "vitest";
import { matchesContentType } from "./file-signatures";

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (value: string) => new TextEncoder().encode(value);

describe("matchesContentType", () => {
  it.each([
    ["application/pdf", ascii("%PDF-1.7\n")],
    ["application/msword", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1)],
    [
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      bytes(0x50, 0x4b, 0x03, 0x04, 0x14),
    ],
    ["image/jpeg", bytes(0xff, 0xd8, 0xff, 0xe0)],
    ["image/png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a)],
    ["image/heic", Uint8Array.from([0, 0, 0, 0x18, ...ascii("ftypheic")])],
  ])("accepts a real %s", (contentType, head) => {
    expect(matchesContentType(contentType, head)).toBe(true);
  });

  it.each([
    ["application/pdf", ascii("MZ\x90\x00")],
    ["image/png", ascii("%PDF-1.7")],
    ["image/heic", ascii("ftypheic")],
    ["application/pdf", bytes()],
    ["text/html", ascii("<html>")],
  ])("rejects mismatched %s", (contentType, head) => {
    expect(matchesContentType(contentType, head)).toBe(false);
  });
});
