/**
 * A request for an EHC needs assessment (Children and Families Act 2014,
 * s.36). One schema serves the multi-page form, the draft store and the API.
 */
import * as z from "zod";
import { addMonths, ageOn, type IsoDate } from "../dates";
import { email, isoDate, longText, name, phone, postcode, text } from "./common";

export const requesterTypes = ["parent", "young-person", "school"] as const;
export type RequesterType = (typeof requesterTypes)[number];

export const needAreas = [
  "communicationAndInteraction",
  "cognitionAndLearning",
  "socialEmotionalMentalHealth",
  "sensoryPhysical",
] as const;
export type NeedArea = (typeof needAreas)[number];

export const genders = ["female", "male", "other", "prefer-not-to-say"] as const;

export const documentTypes = [
  "educational-psychology-report",
  "medical-report",
  "speech-and-language-report",
  "occupational-therapy-report",
  "school-report",
  "individual-support-plan",
  "social-care-report",
  "other",
] as const;

export const contactChannels = ["email", "sms", "both"] as const;

/**
 * The message for a whole section or group that is missing or malformed, so a
 * form never shows zod's own "expected object, received undefined".
 */
function whole(message: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined
        ? message
        : `${message}: the answer is not in the right format`,
  };
}

const address = z.strictObject(
  {
    line1: text("the first line of the address", 200),
    line2: text("the second line of the address", 200).optional(),
    town: text("the town or city", 100),
    postcode: postcode(),
  },
  whole("Enter the address"),
);

const setting = z.strictObject(
  {
    /** The school's unique reference number from Get Information about Schools. */
    urn: z
      .string({ error: "Enter the school's URN" })
      .regex(/^\d{6,7}$/, { error: "School URN must be 6 or 7 digits" })
      .optional(),
    name: name("the name of the school or setting"),
    yearGroup: text("the year group", 40),
    startedOn: isoDate("the date the child started"),
  },
  whole("Enter the current school or setting"),
);

const previousSetting = z.strictObject(
  {
    name: name("the name of the previous school or setting"),
    from: isoDate("the date the child started there"),
    to: isoDate("the date the child left"),
  },
  whole("Enter the previous school or setting"),
);

export const childSchema = z.strictObject(
  {
    firstName: name("the child's first name"),
    lastName: name("the child's last name"),
    knownAs: name("the name the child prefers").optional(),
    dateOfBirth: isoDate("the child's date of birth"),
    gender: z.enum(genders, { error: "Select the child's gender" }),
    /** Unique pupil number: a letter then 12 characters, issued by schools in England. */
    upn: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]\d{11}[A-Z\d]$/, {
        error: "Unique pupil number must be 13 characters",
      })
      .optional(),
    address,
    firstLanguage: name("the child's first language"),
    arrivedInUkOn: isoDate("the date the child arrived in the UK").optional(),
    gp: z
      .strictObject(
        {
          name: name("the GP's name"),
          practice: name("the GP practice"),
        },
        whole("Enter the GP's details"),
      )
      .optional(),
    currentSetting: setting.optional(),
    previousSettings: z.array(previousSetting).max(10).default([]),
    lookedAfter: z.boolean({ error: "Select whether the child is looked after" }),
    socialWorker: z
      .strictObject(
        {
          name: name("the social worker's name"),
          email: email("the social worker's email address"),
          phone: phone("the social worker's phone number").optional(),
        },
        whole("Enter the social worker's details"),
      )
      .optional(),
    /** Contact details, needed when the young person makes the request. */
    email: email().optional(),
    phone: phone().optional(),
  },
  whole("Complete the section about the child"),
);

export const parentSchema = z.strictObject(
  {
    firstName: name("the parent's first name"),
    lastName: name("the parent's last name"),
    relationship: name("the relationship to the child"),
    parentalResponsibility: z.boolean({
      error: "Select whether they have parental responsibility",
    }),
    address: address.optional(),
    phone: phone().optional(),
    email: email().optional(),
    firstLanguage: name("their first language"),
    interpreterNeeded: z.boolean({ error: "Select whether an interpreter is needed" }),
  },
  whole("Enter the parent or carer's details"),
);

export const consentSchema = z.strictObject(
  {
    /** The person with parental responsibility who agreed to the request. */
    givenBy: name("the name of the person who gave consent"),
    givenOn: isoDate("the date consent was given"),
    confirmed: z.literal(true, {
      error:
        "Confirm that the person with parental responsibility agrees to this request",
    }),
  },
  whole("Complete the section about consent"),
);

export const needsSchema = z.strictObject(
  {
    communicationAndInteraction: longText(
      "the communication and interaction needs",
    ).optional(),
    cognitionAndLearning: longText("the cognition and learning needs").optional(),
    socialEmotionalMentalHealth: longText(
      "the social, emotional and mental health needs",
    ).optional(),
    sensoryPhysical: longText("the sensory or physical needs").optional(),
  },
  whole("Describe the child's needs in at least one area"),
);

export const supportSchema = z.strictObject(
  {
    description: longText("the support the child has had so far"),
    effect: longText("the difference the support has made"),
  },
  whole("Complete the section about support so far"),
);

export const professionalSchema = z.strictObject(
  {
    name: name("the professional's name"),
    role: name("the professional's role"),
    organisation: name("the organisation"),
    email: email().optional(),
    phone: phone().optional(),
  },
  whole("Enter the professional's details"),
);

export const viewsSchema = z.strictObject(
  {
    child: longText("the child's views"),
    family: longText("the family's views"),
  },
  whole("Complete the section about views"),
);

export const evidenceSchema = z.strictObject(
  {
    documentId: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,64}$/, { error: "Upload the document again" }),
    fileName: text("the file name", 255),
    documentType: z.enum(documentTypes, { error: "Select the type of document" }),
    writtenOn: isoDate("the date the report was written"),
  },
  whole("Upload the document again"),
);

export const contactPreferencesSchema = z.strictObject(
  {
    channel: z.enum(contactChannels, { error: "Select how you want us to contact you" }),
    language: name("the language you want us to use"),
  },
  whole("Complete the section about how we contact you"),
);

/** The sections of a request, in the order the form asks for them. */
export const requestSections = {
  requester: z.strictObject(
    {
      type: z.enum(requesterTypes, { error: "Select who is making the request" }),
    },
    whole("Select who is making the request"),
  ),
  child: childSchema,
  parents: z
    .array(parentSchema, { error: "Add a parent or carer" })
    .max(2, { error: "Add up to 2 parents or carers" }),
  consent: consentSchema,
  needs: needsSchema,
  support: supportSchema,
  professionals: z
    .array(professionalSchema, whole("Complete the section about professionals involved"))
    .max(20, { error: "Add up to 20 professionals" }),
  views: viewsSchema,
  evidence: z
    .array(evidenceSchema, whole("Upload at least one document as evidence"))
    .max(30, { error: "Add up to 30 documents" }),
  contactPreferences: contactPreferencesSchema,
  declaration: z.literal(true, {
    error: "Confirm that the information you have given is correct",
  }),
} as const;

export type RequestSection = keyof typeof requestSections;

/** Adds the rules that span sections, each reported against the field to fix. */
function checkAcrossSections(request: AssessmentRequestShape, context: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: string) =>
    context.addIssue({ code: "custom", path, message });

  if (request.requester.type === "school" && !request.consent) {
    issue(["consent"], "Record the consent of the person with parental responsibility");
  }

  if (request.requester.type !== "young-person" && request.parents.length === 0) {
    issue(["parents"], "Add a parent or carer");
  }

  if (
    request.requester.type === "young-person" &&
    !request.child.email &&
    !request.child.phone
  ) {
    issue(
      ["child", "email"],
      "Enter an email address or phone number for the young person",
    );
  }

  request.parents.forEach((parent, index) => {
    if (!parent.email && !parent.phone) {
      issue(["parents", index, "email"], "Enter an email address or phone number");
    }
  });

  if (request.child.lookedAfter && !request.child.socialWorker) {
    issue(["child", "socialWorker"], "Enter the social worker's details");
  }

  if (!needAreas.some((area) => request.needs[area])) {
    issue(["needs"], "Describe the child's needs in at least one area");
  }

  if (request.evidence.length === 0) {
    issue(["evidence"], "Upload at least one document as evidence");
  }
}

type AssessmentRequestShape = z.output<z.ZodObject<typeof fullShape>>;

const fullShape = {
  ...requestSections,
  consent: consentSchema.optional(),
};

/** A complete request, ready to submit. */
export const assessmentRequestSchema = z
  .strictObject(fullShape)
  .superRefine(checkAcrossSections);

export type AssessmentRequest = z.output<typeof assessmentRequestSchema>;

/**
 * A saved draft: every section optional, and each field checked only when
 * it is present, so a family can stop half-way and come back.
 */
export const requestDraftSchema = z.strictObject({
  requester: requestSections.requester.partial().optional(),
  child: childSchema.partial().optional(),
  parents: z.array(parentSchema.partial()).max(2).optional(),
  consent: consentSchema.partial().optional(),
  needs: needsSchema.optional(),
  support: supportSchema.partial().optional(),
  professionals: z.array(professionalSchema.partial()).max(20).optional(),
  views: viewsSchema.partial().optional(),
  evidence: z.array(evidenceSchema).max(30).optional(),
  contactPreferences: contactPreferencesSchema.partial().optional(),
  declaration: z.boolean().optional(),
});

export type RequestDraft = z.output<typeof requestDraftSchema>;

type DateError = { field: string; message: string };

/**
 * Checks the date rules of one section, so a section page can reject an
 * impossible date before the section shows as completed. `requesterType` is
 * needed for the young person's age rule. Each date is checked only when it is
 * a real date, because the schema reports the others.
 */
export function checkSectionDates(
  section: RequestSection,
  value: unknown,
  today: IsoDate,
  requesterType?: RequesterType,
): DateError[] {
  const errors: DateError[] = [];
  const record = (value ?? {}) as Record<string, unknown>;
  const dateOf = (candidate: unknown): IsoDate | undefined =>
    typeof candidate === "string" && isoDate("a date").safeParse(candidate).success
      ? candidate
      : undefined;

  if (section === "child") {
    const dateOfBirth = dateOf(record.dateOfBirth);
    if (dateOfBirth && dateOfBirth > today) {
      errors.push({
        field: "child.dateOfBirth",
        message: "Date of birth must be in the past",
      });
    } else if (dateOfBirth) {
      const age = ageOn(dateOfBirth, today);
      if (age > 25) {
        // Children and Families Act 2014, s.83: the duties cover people aged 0 to 25.
        errors.push({
          field: "child.dateOfBirth",
          message: "The child or young person must be 25 or under",
        });
      } else if (requesterType === "young-person" && age < 16) {
        // Only a young person (over compulsory school age, s.83) may ask for themselves.
        errors.push({
          field: "child.dateOfBirth",
          message: "A young person must be aged 16 to 25 to make their own request",
        });
      }
    }
    const arrivedInUkOn = dateOf(record.arrivedInUkOn);
    if (arrivedInUkOn && arrivedInUkOn > today) {
      errors.push({
        field: "child.arrivedInUkOn",
        message: "Date they arrived in the UK must be today or in the past",
      });
    }
  }

  if (section === "consent") {
    const givenOn = dateOf(record.givenOn);
    if (givenOn && givenOn > today) {
      errors.push({
        field: "consent.givenOn",
        message: "Date consent was given must be in the past",
      });
    }
  }

  if (section === "evidence" && Array.isArray(value)) {
    value.forEach((document: { writtenOn?: unknown }, index) => {
      const writtenOn = dateOf(document?.writtenOn);
      if (writtenOn && writtenOn > today) {
        errors.push({
          field: `evidence.${index}.writtenOn`,
          message: "Date the report was written must be in the past",
        });
      }
    });
  }

  return errors;
}

/**
 * Checks the rules that need today's date: ages, and dates that cannot be in
 * the future. Returns field errors in the same shape as zod's.
 */
export function checkRequestDates(
  request: AssessmentRequest,
  today: IsoDate,
): DateError[] {
  const errors: DateError[] = [
    ...checkSectionDates("child", request.child, today),
    ...(request.consent ? checkSectionDates("consent", request.consent, today) : []),
    ...checkSectionDates("evidence", request.evidence, today),
  ];

  const age = ageOn(request.child.dateOfBirth, today);
  if (request.requester.type === "young-person" && (age < 16 || age > 25)) {
    errors.push({
      field: "requester.type",
      message: "A young person must be aged 16 to 25 to make their own request",
    });
  }
  return errors;
}

/** Reports written more than 12 months before `today` are flagged, not rejected. */
export function isReportOutOfDate(writtenOn: IsoDate, today: IsoDate): boolean {
  return writtenOn < addMonths(today, -12);
}
