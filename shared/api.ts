/**
 * Response shapes of the API, shared by the handlers and the front end.
 * Request bodies are the zod schemas in `schemas/`.
 */
import * as z from "zod";
import type { IsoDate } from "./dates";
import type { Role } from "./roles";
import type { CaseStage, CaseSummary, CaseView } from "./schemas/case";
import {
  documentTypes,
  requestDraftSchema,
  requesterTypes,
  type RequestDraft,
} from "./schemas/request";
import { id, text } from "./schemas/common";
import type { FieldError } from "./schemas/common";

export type { CaseSummary, CaseView };

/** The body of every error response. */
export interface ErrorBody {
  message: string;
  errors?: FieldError[];
}

export interface ProfileView {
  userId: string;
  role: Role;
  name: string;
  schoolUrn?: string;
  schoolName?: string;
}

export const createDraftBodySchema = z.strictObject({
  requesterType: z.enum(requesterTypes, { error: "Select who is making the request" }),
});

export const saveDraftBodySchema = z.strictObject({
  answers: requestDraftSchema,
  expectedVersion: z.number({ error: "Reload the request and try again" }).int().min(1),
});

/** Accepted evidence: PDF, Word and common images, up to 50 MB each. */
export const acceptedContentTypes = {
  "application/pdf": [".pdf"],
  "application/msword": [".doc"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [".docx"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/heic": [".heic"],
} as const;

export const maxDocumentBytes = 50 * 1024 * 1024;

export const createUploadBodySchema = z.strictObject({
  fileName: text("the file name", 255).refine((value) => !/[\\/]|\.\./.test(value), {
    error: "File name must not contain slashes or '..'",
  }),
  contentType: z.enum(Object.keys(acceptedContentTypes) as [string, ...string[]], {
    error: "The selected file must be a PDF, Word document, JPG, PNG or HEIC",
  }),
  sizeBytes: z
    .number({ error: "Enter the file size" })
    .int()
    .min(1, { error: "The selected file is empty" })
    .max(maxDocumentBytes, { error: "The selected file must be smaller than 50 MB" }),
  documentType: z.enum(documentTypes, { error: "Select the type of document" }),
});

export interface DraftView {
  draftId: string;
  version: number;
  requesterType: (typeof requesterTypes)[number];
  answers: RequestDraft;
  createdAt: string;
  updatedAt: string;
  /** Set once the draft has been sent and became a case. */
  submitted?: { caseId?: string; reference: string };
}

export interface UploadTicket {
  documentId: string;
  uploadUrl: string;
  /** Headers the browser must send with the PUT, exactly as given. */
  headers: Record<string, string>;
  expiresAt: string;
}

export interface SubmissionResult {
  reference: string;
  /** Absent when the request waits for business support as a possible duplicate. */
  caseId?: string;
  possibleDuplicate: boolean;
  receivedDate: IsoDate;
  decisionToAssessDue: IsoDate;
  finalPlanDue: IsoDate;
  outOfDateReports: string[];
}

export interface IntakeView {
  newCases: CaseSummary[];
  possibleDuplicates: DuplicateSummary[];
}

export interface DuplicateSummary {
  duplicateId: string;
  reference: string;
  receivedDate: IsoDate;
  childName: string;
  existingCaseId: string;
  existingReference: string;
  existingStage: CaseStage;
  requesterType: (typeof requesterTypes)[number];
}

export interface CoordinatorView {
  userId: string;
  name: string;
  patch?: string;
  openCases: number;
}

export interface AuditEntry {
  at: string;
  actorId: string;
  actorName?: string;
  role: Role;
  action: string;
  sourceIp: string;
  detail?: string;
}

export interface DocumentLink {
  url: string;
  expiresAt: string;
  fileName: string;
}

export { id };
