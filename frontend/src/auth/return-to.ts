/**
 * Remembers the page a person was on when they had to sign in, so sign-in
 * returns them there: a deep link from an email to `/cases/{id}`, or a
 * section of a request when the session ended while they typed. Kept in
 * sessionStorage, which belongs to the browser tab.
 */
const returnKey = "sign-in:return-to";
const endedKey = "sign-in:session-ended";

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === "undefined" ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/** Keeps only a path on this site, so a stored value can never send someone elsewhere. */
export function safeReturnPath(path: string | null | undefined): string | undefined {
  if (!path || !path.startsWith("/") || path.startsWith("//")) return undefined;
  if (path.includes("\\") || path.startsWith("/sign-in")) return undefined;
  return path;
}

/** Stores the page to come back to, and whether the session ended there. */
export function rememberReturnPath(path: string, sessionEnded: boolean): void {
  const safe = safeReturnPath(path);
  try {
    if (safe) storage()?.setItem(returnKey, safe);
    if (sessionEnded) storage()?.setItem(endedKey, "true");
  } catch {
    // Without storage, sign-in goes to the home page instead.
  }
}

/** Returns whether the person is signing in because their session ended. */
export function sessionHasEnded(): boolean {
  return storage()?.getItem(endedKey) === "true";
}

/** Returns the stored page, or the home page, and forgets it. */
export function takeReturnPath(): string {
  const path = safeReturnPath(storage()?.getItem(returnKey));
  storage()?.removeItem(returnKey);
  storage()?.removeItem(endedKey);
  return path ?? "/";
}
