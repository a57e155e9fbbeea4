import { randomInt } from "node:crypto";

/** Crockford's base32 alphabet: no I, L, O or U, so a reference reads aloud clearly. */
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * Returns a new short reference such as EHC-7K3QF9: 32^6 (about a billion)
 * values, so a collision is rare and handled by trying another.
 */
export function newReference(): string {
  let code = "";
  for (let index = 0; index < 6; index += 1) code += crockford[randomInt(32)];
  return `EHC-${code}`;
}
