import { randomBytes } from "node:crypto";

let lastMilliseconds = 0;
let sequence = 0;

/**
 * Returns a UUID version 7 (RFC 9562): 48 bits of Unix time in milliseconds,
 * then a 12-bit sequence and random bits. Ids made later in this process sort
 * after earlier ones, even within one millisecond, so audit entries written
 * at the same service-clock instant keep the order they were written in.
 * The time is the wall clock, because the service clock can stand still.
 */
export function uuid7(): string {
  let milliseconds = Date.now();
  if (milliseconds <= lastMilliseconds) {
    sequence += 1;
    // The 12-bit sequence ran out within one millisecond: borrow the next one.
    if (sequence > 0xfff) {
      lastMilliseconds += 1;
      sequence = 0;
    }
    milliseconds = lastMilliseconds;
  } else {
    lastMilliseconds = milliseconds;
    sequence = 0;
  }

  const bytes = randomBytes(16);
  bytes.writeUIntBE(milliseconds, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);

  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
