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
  type AssessmentRequest,
  type RequestDraft,
} from "./schemas/request";
import { id, isoDate, text } from "./schemas/common";
import {
  exceptionKinds,
  type ObligationKind,
  type OwnerKind,
  type TimeLimitException,
} from "./obligations";
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
  submitted?: {
    caseId?: string;
    reference: string;
    /** The dates and notes the confirmation page shows, kept so a reload still shows them. */
    result?: SubmissionResult;
  };
}

/** The answers of the request that opened a case, with the evidence sent with it. */
export interface CaseRequestView {
  caseId: string;
  reference: string;
  request: AssessmentRequest;
  documents: CaseView["documents"];
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
  /**
   * The facts business support compares to decide whether both requests are
   * for the same child. Sent to business support only, because it adds the
   * child's date of birth and school.
   */
  comparison?: { held: DuplicateFacts; existing: DuplicateFacts };
}

/** What one side of a possible duplicate says about the child and the request. */
export interface DuplicateFacts {
  dateOfBirth: IsoDate;
  schoolName?: string;
  requesterType: (typeof requesterTypes)[number];
  receivedDate: IsoDate;
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

/** One open obligation of a case, as staff see it. */
export interface ObligationView {
  obligationId: string;
  kind: ObligationKind;
  ownerKind: OwnerKind;
  ownerId?: string;
  ownerName?: string;
  dueDate: IsoDate;
  /** The due date before a lawful exception moved it. */
  originalDueDate: IsoDate;
  /** Negative once the due date has passed. */
  daysLeft: number;
  breached: boolean;
  source: string;
}

/** One deadline on the service-wide list of deadlines at risk or breached. */
export interface DeadlineView {
  caseId: string;
  reference: string;
  childName: string;
  obligationId: string;
  kind: ObligationKind;
  ownerKind: OwnerKind;
  ownerName?: string;
  coordinatorId?: string;
  coordinatorName?: string;
  dueDate: IsoDate;
  daysLeft: number;
  /** How many times the breach has been escalated so far. */
  escalations: number;
}

export interface DeadlinesView {
  today: IsoDate;
  /** Due today or within the next 7 days. */
  atRisk: DeadlineView[];
  /** Past their due date and still open. */
  breached: DeadlineView[];
}

export const exceptionBodySchema = z
  .strictObject({
    kind: z.enum(exceptionKinds, {
      error: "Select the reason the time limit cannot be met",
    }),
    startsOn: isoDate("the date the exception starts"),
    endsOn: isoDate("the date the exception ends"),
    reason: text("the reason", 1000),
    /** Only for a missed appointment: the advice request it delays (reg 8). */
    adviceId: id.optional(),
    expectedVersion: z.number({ error: "Reload the case and try again" }).int().min(1),
  })
  .superRefine((body, context) => {
    if (body.endsOn < body.startsOn) {
      context.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "The end date must be the same as or after the start date",
      });
    }
    if (body.kind === "missed-appointment" && !body.adviceId) {
      context.addIssue({
        code: "custom",
        path: ["adviceId"],
        message: "Select the advice the missed appointment was for",
      });
    }
  });

export type ExceptionBody = z.output<typeof exceptionBodySchema>;

/** A recorded exception, as the case page and the statutory return show it. */
export interface ExceptionView extends TimeLimitException {
  reason: string;
  recordedBy: string;
  recordedAt: string;
}

export { id };
