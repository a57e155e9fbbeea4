/**
 * Evidence problems found when a request is sent, such as a file that is not
 * really a PDF. The API names the field (`evidence.0.documentId`) and never
 * the file, because file names often contain a child's name. The browser
 * already has the names, so it adds them to the messages, and keeps the
 * problems in sessionStorage so the evidence page can mark each bad file.
 */
import type { FieldError } from "../api/errors";

interface EvidenceEntry {
  documentId: string;
  fileName: string;
}

export interface EvidenceProblem {
  documentId: string;
  message: string;
}

const evidenceField = /^evidence\.(\d+)(?:\.|$)/;

function storageKey(draftId: string): string {
  return `evidence-problems:${draftId}`;
}

/** Returns the evidence entry an error is about, or undefined for other errors. */
function entryOf(
  error: FieldError,
  evidence: EvidenceEntry[],
): EvidenceEntry | undefined {
  const match = evidenceField.exec(error.field);
  return match ? evidence[Number(match[1])] : undefined;
}

/** Rewrites "This document is …" as "speech-report.pdf is …", and prefixes other messages with the name. */
export function nameFile(message: string, fileName: string): string {
  if (message.startsWith("This document ")) {
    return `${fileName} ${message.slice("This document ".length)}`;
  }
  return `${fileName}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

export function withFileNames(
  errors: FieldError[],
  evidence: EvidenceEntry[],
): FieldError[] {
  return errors.map((error) => {
    const entry = entryOf(error, evidence);
    return entry ? { ...error, message: nameFile(error.message, entry.fileName) } : error;
  });
}

export function storeEvidenceProblems(
  draftId: string,
  evidence: EvidenceEntry[],
  errors: FieldError[],
): void {
  const problems: EvidenceProblem[] = errors.flatMap((error) => {
    const entry = entryOf(error, evidence);
    return entry ? [{ documentId: entry.documentId, message: error.message }] : [];
  });
  try {
    if (problems.length) {
      sessionStorage.setItem(storageKey(draftId), JSON.stringify(problems));
    } else {
      sessionStorage.removeItem(storageKey(draftId));
    }
  } catch {
    // Without storage the evidence page only loses its marks; the messages still show here.
  }
}

/** Returns the stored problems of files still in the evidence list. */
export function readEvidenceProblems(
  draftId: string,
  evidence: EvidenceEntry[],
): EvidenceProblem[] {
  try {
    const raw = sessionStorage.getItem(storageKey(draftId));
    const problems = raw ? (JSON.parse(raw) as EvidenceProblem[]) : [];
    const listed = new Set(evidence.map((entry) => entry.documentId));
    return Array.isArray(problems)
      ? problems.filter((problem) => listed.has(problem.documentId))
      : [];
  } catch {
    return [];
  }
}
