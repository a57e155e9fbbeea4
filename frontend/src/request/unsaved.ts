/**
 * Keeps the answers being typed on a section page in sessionStorage, so they
 * survive a forced sign-in when the session ends. They are kept for the
 * version of the draft they were typed on, so answers saved in another window
 * since then are never overwritten, and are cleared once the section is
 * saved. sessionStorage belongs to the browser tab and is emptied when it closes.
 */
import type { FormValues } from "./form-values";

interface StoredValues {
  version: number;
  values: FormValues;
}

function storageKey(draftId: string, section: string): string {
  return `unsaved-answers:${draftId}:${section}`;
}

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === "undefined" ? undefined : sessionStorage;
  } catch {
    // Some browsers reject any use of storage when it is turned off.
    return undefined;
  }
}

export function storeUnsavedValues(
  draftId: string,
  section: string,
  version: number,
  values: FormValues,
): void {
  const stored: StoredValues = { version, values };
  try {
    storage()?.setItem(storageKey(draftId, section), JSON.stringify(stored));
  } catch {
    // A full or disabled storage only loses the copy, not the page's answers.
  }
}

/** Returns the answers typed on this version of the draft, or none. */
export function readUnsavedValues(
  draftId: string,
  section: string,
  version: number,
): FormValues {
  const raw = storage()?.getItem(storageKey(draftId, section));
  if (!raw) return {};
  try {
    const stored = JSON.parse(raw) as StoredValues;
    if (stored.version !== version || typeof stored.values !== "object") return {};
    return Object.fromEntries(
      Object.entries(stored.values).filter(([, value]) => typeof value === "string"),
    );
  } catch {
    return {};
  }
}

export function clearUnsavedValues(draftId: string, section: string): void {
  storage()?.removeItem(storageKey(draftId, section));
}
