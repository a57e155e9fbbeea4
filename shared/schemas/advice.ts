/**
 * Advice for an EHC needs assessment: who is asked (reg 6(1)), the
 * structured form each adviser fills in, and the bodies of the advice routes.
 */
import * as z from "zod";
import { acceptedContentTypes, maxDocumentBytes } from "../api";
import type { IsoDate } from "../dates";
import { id, isoDate, longText, text } from "./common";

/**
 * The advice the council must seek under reg 6(1): the family's views,
 * education, medical (health), psychological, social care, preparing for
 * adulthood from Year 9, and anyone else the council or family reasonably asks.
 */
export const adviceKinds = [
  "family",
  "education",
  "psychology",
  "health",
  "social-care",
  "preparing-for-adulthood",
  "other",
] as const;
export type AdviceKind = (typeof adviceKinds)[number];

/** The four broad areas of need of the SEND Code of Practice (2015), paragraphs 6.28 to 6.35. */
export const needAreas = [
  "communication-and-interaction",
  "cognition-and-learning",
  "social-emotional-and-mental-health",
  "sensory-and-physical",
] as const;
export type NeedArea = (typeof needAreas)[number];

/** The severity scale each area is scored on: 0 (no needs) to 4 (profound). */
export const severityScale = [
  { score: 0, label: "No identified needs" },
  { score: 1, label: "Mild: met from the school's own resources" },
  { score: 2, label: "Moderate: some targeted support" },
  { score: 3, label: "Significant: daily specialist support" },
  { score: 4, label: "Profound: constant specialist support" },
] as const;
export const maxSeverity = 4;

const severity = z
  .number({ error: "Select how severe the needs are" })
  .int({ error: "Select how severe the needs are" })
  .min(0, { error: "Select how severe the needs are" })
  .max(maxSeverity, { error: "Select how severe the needs are" });

/** One recommended provision: what, who, how often and for how long. */
export const provisionSchema = z.strictObject({
  what: text("what the provision is", 1000),
  who: text("who provides it", 200),
  howOften: text("how often it happens", 200),
  forHowLong: text("how long it lasts", 200),
});

/** An area the adviser did not assess is left out; an assessed area is complete. */
export const areaAdviceSchema = z.strictObject({
  area: z.enum(needAreas, { error: "Select an area of need" }),
  needs: longText("the needs in this area"),
  severity,
  outcomes: longText("the outcomes you recommend"),
  provision: z
    .array(provisionSchema)
    .min(1, { error: "Add at least one recommended provision" })
    .max(20, { error: "Add 20 provisions or fewer" }),
});

/**
 * An area of the family's views: the family is not asked to score severity
 * on a professional scale or to name provision, though they may.
 */
const familyAreaSchema = areaAdviceSchema.extend({
  severity: severity.optional(),
  provision: z
    .array(provisionSchema)
    .max(20, { error: "Add 20 provisions or fewer" })
    .optional(),
});

/**
 * The saved, possibly unfinished form: any part may be missing, but what is
 * there has the right shape, so a saved form always loads again.
 */
export const adviceFormDraftSchema = z.strictObject({
  summary: longText("a summary of your advice").optional(),
  areas: z
    .array(
      z.strictObject({
        area: z.enum(needAreas, { error: "Select an area of need" }),
        needs: longText("the needs in this area").optional(),
        severity: severity.optional(),
        outcomes: longText("the outcomes you recommend").optional(),
        provision: z
          .array(provisionSchema.partial())
          .max(20, { error: "Add 20 provisions or fewer" })
          .optional(),
      }),
    )
    .max(needAreas.length)
    .optional(),
  reportDocumentId: id.optional(),
  /** Set when the adviser offers existing advice instead of a new report (reg 6(4)). */
  reusesExistingAdvice: z.boolean().optional(),
});
export type AdviceFormDraft = z.output<typeof adviceFormDraftSchema>;

const reportDocumentId = z
  .string({ error: "Upload your full report" })
  .regex(/^[A-Za-z0-9-]{1,64}$/, { error: "Upload your full report" });

function completeFormSchema<
  TArea extends typeof areaAdviceSchema | typeof familyAreaSchema,
>(area: TArea, report: typeof reportDocumentId | z.ZodOptional<typeof reportDocumentId>) {
  return z
    .strictObject({
      summary: longText("a summary of your advice"),
      areas: z
        .array(area)
        .min(1, { error: "Give advice on at least one area of need" })
        .max(needAreas.length),
      reportDocumentId: report,
      reusesExistingAdvice: z.boolean().optional(),
    })
    .superRefine((form, context) => {
      const seen = new Set<string>();
      form.areas.forEach((entry, index) => {
        if (seen.has(entry.area)) {
          context.addIssue({
            code: "custom",
            path: ["areas", index, "area"],
            message: "Each area of need can appear only once",
          });
        }
        seen.add(entry.area);
      });
    });
}

/** The complete form of a professional adviser: what submission requires. */
export const adviceFormSchema = completeFormSchema(areaAdviceSchema, reportDocumentId);

/** The complete form of the family's views, where scores, provision and a report are optional. */
export const familyViewsFormSchema = completeFormSchema(
  familyAreaSchema,
  reportDocumentId.optional(),
);

export type AdviceForm = z.output<typeof familyViewsFormSchema>;

const expectedVersion = z.number({ error: "Reload the page and try again" }).int().min(1);

export const requestAdviceBodySchema = z.strictObject({
  requests: z
    .array(
      z.strictObject({
        kind: z.enum(adviceKinds, { error: "Select the kind of advice" }),
        /**
         * The person asked. Optional for the family's views (the requester)
         * and psychological advice (the school's link psychologist).
         */
        adviserId: id.optional(),
        /** What the council asks for, such as "teacher of the deaf". */
        note: text("a note for the adviser", 500).optional(),
      }),
    )
    .min(1, { error: "Select at least one adviser" })
    .max(12, { error: "Request 12 pieces of advice or fewer at once" }),
  /** The date of the council's request; the 6 weeks of reg 8 run from it. Defaults to today. */
  requestedOn: isoDate("the date advice was requested").optional(),
  expectedVersion: z.number({ error: "Reload the case and try again" }).int().min(1),
});
export type RequestAdviceBody = z.output<typeof requestAdviceBodySchema>;

export const saveAdviceBodySchema = z.strictObject({
  form: adviceFormDraftSchema,
  expectedVersion,
});
export type SaveAdviceBody = z.output<typeof saveAdviceBodySchema>;

export const submitAdviceBodySchema = z.strictObject({ expectedVersion });

/** The three parties whose agreement reg 6(4) needs before existing advice is reused. */
export const reuseParties = ["council", "author", "family"] as const;
export type ReuseParty = (typeof reuseParties)[number];

export const reuseAgreementBodySchema = z.strictObject({
  agrees: z.literal(true, { error: "Confirm that you agree to the advice being reused" }),
  expectedVersion,
});

export const adviceUploadBodySchema = z.strictObject({
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
  writtenOn: isoDate("the date the report was written"),
});

export type AdviceStatus = "requested" | "in-progress" | "submitted";

/** A recorded agreement to reuse existing advice. */
export interface ReuseAgreement {
  userId: string;
  role: string;
  agreedAt: string;
}

/** One advice request as the adviser and staff see it. */
export interface AdviceView {
  adviceId: string;
  caseId: string;
  reference: string;
  kind: AdviceKind;
  note?: string;
  adviserId: string;
  adviserName?: string;
  status: AdviceStatus;
  requestedOn: IsoDate;
  dueDate: IsoDate;
  /** Negative once the due date has passed; null once submitted. */
  daysLeft: number | null;
  submittedOn?: IsoDate;
  version: number;
  form: AdviceFormDraft;
  report?: AdviceReportView;
  reuseAgreements: Partial<Record<ReuseParty, ReuseAgreement>>;
}

/** The full report behind a piece of advice, without its contents. */
export interface AdviceReportView {
  documentId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  writtenOn: IsoDate;
  sha256?: string;
  scanStatus: ScanStatus;
  /** Written more than 12 months before the advice was given. */
  outOfDate: boolean;
}

/**
 * `not-scanned` where no malware scanner runs (the local stand-ins);
 * `pending` until GuardDuty Malware Protection for S3 tags the object.
 */
export type ScanStatus = "not-scanned" | "pending" | "no-threats-found" | "threats-found";

/** One entry of an adviser's inbox. */
export interface AdviceInboxEntry {
  adviceId: string;
  caseId: string;
  reference: string;
  childName: string;
  kind: AdviceKind;
  status: AdviceStatus;
  requestedOn: IsoDate;
  dueDate: IsoDate;
  daysLeft: number | null;
}

/** Someone the coordinator may ask for advice on a case. */
export interface AdviserOption {
  userId: string;
  name: string;
  role: "parent" | "young-person" | "school" | "specialist";
  /** The adviser the service proposes for these kinds of advice. */
  proposedFor: AdviceKind[];
}
