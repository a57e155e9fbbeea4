import * as z from "zod";
import { id, isoDate, longText, text } from "./common";
import type { IsoDate } from "../dates";
import type { Milestone } from "../timeline";
import type { RequesterType } from "./request";
import type { ExceptionView, ObligationView } from "../api";

export const caseStages = [
  "deciding",
  "assessing",
  "refused",
  "drafting",
  "panel",
  "consultation",
  "final",
  "closed",
  "withdrawn",
] as const;
export type CaseStage = (typeof caseStages)[number];

/** Stages in which the case is still moving and the clock is running. */
export const openStages: CaseStage[] = [
  "deciding",
  "assessing",
  "drafting",
  "panel",
  "consultation",
  "final",
];

/** A short reference a family can read out on the phone: EHC-7K3QF9. */
export const caseReference = z.string().regex(/^EHC-[0-9A-HJKMNP-TV-Z]{6}$/, {
  error: "Case reference must look like EHC-7K3QF9",
});

export const decisionBodySchema = z
  .strictObject({
    outcome: z.enum(["assess", "refuse"], {
      error: "Select whether the council will carry out an assessment",
    }),
    /** Reasons are required for a refusal, because the letter must give them (reg 5(3)). */
    reasons: longText("the reasons for the decision").optional(),
    decidedOn: isoDate("the date of the decision").optional(),
    expectedVersion: z.number({ error: "Reload the case and try again" }).int().min(1),
  })
  .superRefine((body, context) => {
    if (body.outcome === "refuse" && !body.reasons) {
      context.addIssue({
        code: "custom",
        path: ["reasons"],
        message: "Enter the reasons for not carrying out an assessment",
      });
    }
  });

export type DecisionBody = z.output<typeof decisionBodySchema>;

export const allocationBodySchema = z.strictObject({
  coordinatorId: id,
  reason: text("the reason for changing the coordinator", 500),
  expectedVersion: z.number({ error: "Reload the case and try again" }).int().min(1),
});

export type AllocationBody = z.output<typeof allocationBodySchema>;

export const duplicateResolutionSchema = z.strictObject({
  resolution: z.enum(["same-child", "different-child"], {
    error: "Select whether this is the same child",
  }),
  note: text("a note", 500).optional(),
});

export type DuplicateResolution = z.output<typeof duplicateResolutionSchema>;

/** One document on a case, without its contents. */
export interface CaseDocumentView {
  documentId: string;
  fileName: string;
  documentType: string;
  contentType: string;
  sizeBytes: number;
  writtenOn?: string;
  uploadedAt: string;
}

/** What the API returns for one case. Names are shown only to people allowed to see them. */
export interface CaseView {
  caseId: string;
  reference: string;
  stage: CaseStage;
  version: number;
  requesterType: RequesterType;
  receivedAt: string;
  receivedDate: IsoDate;
  child: { firstName: string; lastName: string; knownAs?: string; dateOfBirth: IsoDate };
  schoolName?: string;
  schoolUrn?: string;
  coordinator: { userId: string; name: string } | null;
  decision?: {
    outcome: "assess" | "refuse";
    decidedOn: IsoDate;
    reasons?: string;
    decidedBy: string;
    letterDocumentId?: string;
  };
  milestones: Milestone[];
  nextDueDate: IsoDate | null;
  /** Ids of evidence documents written more than 12 months before the request. */
  outOfDateReports: string[];
  possibleDuplicateOf?: string;
  documents: CaseDocumentView[];
  /** The school's link educational psychologist, proposed for advice. */
  proposedPsychologistId?: string;
  /** Open obligations with days left; present for staff only. */
  obligations?: ObligationView[];
  /** Lawful exceptions recorded on the case (regs 10(4) and 13(3)). */
  exceptions?: ExceptionView[];
}

export interface CaseSummary {
  caseId: string;
  reference: string;
  stage: CaseStage;
  childName: string;
  receivedDate: IsoDate;
  nextDueDate: IsoDate | null;
  nextMilestone: string | null;
  daysLeft: number | null;
  coordinatorName: string | null;
}
