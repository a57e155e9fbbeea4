/**
 * Ids from a URL path become part of table keys, so anything but the
 * characters the service's own ids use (UUIDs) is treated as not found
 * before it reaches a key.
 */
const idPattern = /^[A-Za-z0-9-]{1,64}$/;

export function isWellFormedId(value: string | undefined): value is string {
  return value !== undefined && idPattern.test(value);
}
