/**
 * The request's sections as question pages: each field's label, hint and
 * kind. The pages, the task list and the check-answers page all read this,
 * and every section is checked with the shared request schema.
 */
import type * as z from "zod";
import {
  contactChannels,
  documentTypes,
  genders,
  requestSections,
  type RequestDraft,
  type RequestSection,
  type RequesterType,
} from "../../../shared/schemas/request";
import { fieldId, type FieldError } from "../api/errors";
import { channelNames, genderNames, needAreaNames } from "../labels";
import { flattenAnswers, type FormValues } from "./form-values";

export type FieldKind =
  | "text"
  | "email"
  | "tel"
  | "textarea"
  | "date"
  | "yesno"
  | "radios"
  | "checkbox"
  | "select";

export interface FieldSpec {
  /** Path inside the section, or inside one item of a list section. */
  path: string;
  label: string;
  hint?: string;
  kind: FieldKind;
  choices?: { value: string; label: string }[];
  autoComplete?: string;
  width?: string;
  /** Shows the field only when this returns true for the current values. */
  showWhen?: (values: FormValues, base: string) => boolean;
}

export interface GroupSpec {
  heading?: string;
  fields: FieldSpec[];
}

export interface SectionSpec {
  key: RequestSection;
  slug: string;
  title: string;
  /** The page's opening line, in plain English. */
  intro?: string;
  groups: GroupSpec[];
  /** For list sections (parents, professionals): how many items and what each is called. */
  list?: { min: number; max: number; itemName: string };
  /** Required groups, such as the child's address, whose questions each get a message when the group is empty. */
  requiredGroups?: string[];
  /** Sections that only some requesters answer. */
  onlyFor?: RequesterType[];
  /** Rules that span fields of this section, with the same messages the submission check gives. */
  check?: (value: unknown, requesterType: RequesterType | undefined) => FieldError[];
}

const yes = (values: FormValues, path: string) => values[path] === "yes";

const address = (prefix: string): FieldSpec[] => [
  {
    path: `${prefix}.line1`,
    label: "Address line 1",
    kind: "text",
    autoComplete: "address-line1",
  },
  {
    path: `${prefix}.line2`,
    label: "Address line 2 (optional)",
    kind: "text",
    autoComplete: "address-line2",
  },
  {
    path: `${prefix}.town`,
    label: "Town or city",
    kind: "text",
    autoComplete: "address-level2",
    width: "govuk-!-width-two-thirds",
  },
  {
    path: `${prefix}.postcode`,
    label: "Postcode",
    kind: "text",
    autoComplete: "postal-code",
    width: "govuk-input--width-10",
  },
];

export const sectionSpecs: SectionSpec[] = [
  {
    key: "requester",
    slug: "who-is-asking",
    title: "Who is asking",
    groups: [
      {
        fields: [
          {
            path: "type",
            label: "Who is making this request?",
            kind: "radios",
            choices: [
              { value: "parent", label: "A parent or carer of the child" },
              { value: "young-person", label: "The young person (aged 16 to 25)" },
              { value: "school", label: "The child's school or college" },
            ],
          },
        ],
      },
    ],
  },
  {
    key: "child",
    slug: "about-the-child",
    title: "About the child",
    intro: "Tell us about the child or young person this request is for.",
    requiredGroups: ["address"],
    groups: [
      {
        heading: "Name and date of birth",
        fields: [
          { path: "firstName", label: "First name", kind: "text" },
          { path: "lastName", label: "Last name", kind: "text" },
          {
            path: "knownAs",
            label: "Name they like to be called (optional)",
            kind: "text",
          },
          {
            path: "dateOfBirth",
            label: "Date of birth",
            hint: "For example, 27 3 2017",
            kind: "date",
          },
          {
            path: "gender",
            label: "Gender",
            kind: "radios",
            choices: genders.map((value) => ({ value, label: genderNames[value] })),
          },
          {
            path: "upn",
            label: "Unique pupil number (optional)",
            hint: "13 characters, for example A123456789012. The school can tell you this.",
            kind: "text",
            width: "govuk-input--width-20",
          },
        ],
      },
      { heading: "Home address", fields: address("address") },
      {
        heading: "Language and health",
        fields: [
          {
            path: "firstLanguage",
            label: "First language",
            kind: "text",
            width: "govuk-!-width-two-thirds",
          },
          {
            path: "arrivedInUkOn",
            label: "Date they arrived in the UK (optional)",
            hint: "Leave this empty if they were born in the UK",
            kind: "date",
          },
          { path: "gp.name", label: "GP's name (optional)", kind: "text" },
          { path: "gp.practice", label: "GP practice (optional)", kind: "text" },
        ],
      },
      {
        heading: "School or setting",
        fields: [
          // A school's own name and URN are filled in and fixed (see schoolSettingValues).
          // NOTE: a parent types the school's name freely. A picker over the known
          // schools is needed, so that the URN and the allocation come from the choice.
          {
            path: "currentSetting.name",
            label: "Current school, college or nursery",
            kind: "text",
          },
          {
            path: "currentSetting.urn",
            label: "School URN (optional)",
            hint: "The 6 or 7 digit number on the school's letters or website",
            kind: "text",
            width: "govuk-input--width-10",
          },
          {
            path: "currentSetting.yearGroup",
            label: "Year group",
            hint: "For example, Year 4 or Reception",
            kind: "text",
            width: "govuk-input--width-10",
          },
          {
            path: "currentSetting.startedOn",
            label: "Date they started there",
            kind: "date",
          },
          {
            path: "previousSettings.0.name",
            label: "Previous school or nursery (optional)",
            kind: "text",
          },
          {
            path: "previousSettings.0.from",
            label: "Date they started there",
            kind: "date",
          },
          { path: "previousSettings.0.to", label: "Date they left", kind: "date" },
        ],
      },
      {
        heading: "Social care",
        fields: [
          {
            path: "lookedAfter",
            label: "Is the child looked after by the council?",
            hint: "For example, in foster care",
            kind: "yesno",
          },
          {
            path: "socialWorker.name",
            label: "Social worker's name",
            kind: "text",
            showWhen: (values, base) => yes(values, `${base}.lookedAfter`),
          },
          {
            path: "socialWorker.email",
            label: "Social worker's email address",
            kind: "email",
            showWhen: (values, base) => yes(values, `${base}.lookedAfter`),
          },
          {
            path: "socialWorker.phone",
            label: "Social worker's phone number (optional)",
            kind: "tel",
            showWhen: (values, base) => yes(values, `${base}.lookedAfter`),
          },
        ],
      },
      {
        heading: "Young person's contact details",
        fields: [
          {
            path: "email",
            label: "Young person's email address (optional)",
            hint: "Needed if the young person is making the request themselves",
            kind: "email",
            autoComplete: "email",
          },
          {
            path: "phone",
            label: "Young person's phone number (optional)",
            kind: "tel",
            autoComplete: "tel",
            width: "govuk-input--width-20",
          },
        ],
      },
    ],
  },
  {
    key: "parents",
    slug: "parents-or-carers",
    title: "Parents or carers",
    intro: "Tell us about the child's parents or carers. You can add up to 2.",
    list: { min: 1, max: 2, itemName: "parent or carer" },
    groups: [
      {
        fields: [
          { path: "firstName", label: "First name", kind: "text" },
          { path: "lastName", label: "Last name", kind: "text" },
          {
            path: "relationship",
            label: "Relationship to the child",
            hint: "For example, mother, father, foster carer",
            kind: "text",
            width: "govuk-!-width-two-thirds",
          },
          {
            path: "parentalResponsibility",
            label: "Do they have parental responsibility?",
            kind: "yesno",
          },
          { path: "email", label: "Email address", kind: "email" },
          {
            path: "phone",
            label: "Phone number",
            hint: "Give an email address, a phone number or both",
            kind: "tel",
            width: "govuk-input--width-20",
          },
          {
            path: "firstLanguage",
            label: "First language",
            kind: "text",
            width: "govuk-!-width-two-thirds",
          },
          {
            path: "interpreterNeeded",
            label: "Do they need an interpreter at meetings?",
            kind: "yesno",
          },
          ...address("address").map((field) => ({
            ...field,
            label: `${field.label}${field.label.endsWith("(optional)") ? "" : " (optional)"}`,
            hint:
              field.path === "address.line1"
                ? "Leave the address empty if it is the same as the child's"
                : undefined,
          })),
        ],
      },
    ],
    check: (value) => {
      const parents = Array.isArray(value)
        ? (value as { email?: string; phone?: string }[])
        : [];
      return parents.flatMap((parent, index) =>
        parent.email || parent.phone
          ? []
          : [
              {
                field: `parents.${index}.email`,
                message: "Enter an email address or phone number",
              },
            ],
      );
    },
  },
  {
    key: "consent",
    slug: "consent",
    title: "Consent",
    intro:
      "A school can only ask for an assessment if a person with parental responsibility agrees.",
    onlyFor: ["school"],
    groups: [
      {
        fields: [
          { path: "givenBy", label: "Name of the person who agreed", kind: "text" },
          {
            path: "givenOn",
            label: "Date they agreed",
            hint: "For example, 3 2 2026",
            kind: "date",
          },
          {
            path: "confirmed",
            label: "The person with parental responsibility agrees to this request",
            kind: "checkbox",
          },
        ],
      },
    ],
  },
  {
    key: "needs",
    slug: "needs",
    title: "The child's needs",
    intro:
      "Describe what the child finds hard, in your own words. Fill in at least one area. Leave out any area that does not apply.",
    groups: [
      {
        fields: (Object.keys(needAreaNames) as (keyof typeof needAreaNames)[]).map(
          (area) => ({
            path: area,
            label: needAreaNames[area],
            kind: "textarea" as const,
          }),
        ),
      },
    ],
    check: (value) => {
      const needs = (value ?? {}) as Record<string, unknown>;
      return Object.values(needs).some(Boolean)
        ? []
        : [
            {
              field: "needs.communicationAndInteraction",
              message: "Describe the child's needs in at least one area",
            },
          ];
    },
  },
  {
    key: "support",
    slug: "support",
    title: "Support so far",
    groups: [
      {
        fields: [
          {
            path: "description",
            label: "What support has the child had so far?",
            hint: "For example, extra help in class, therapy, a support plan",
            kind: "textarea",
          },
          {
            path: "effect",
            label: "What difference has the support made?",
            kind: "textarea",
          },
        ],
      },
    ],
  },
  {
    key: "professionals",
    slug: "professionals",
    title: "Professionals involved",
    intro:
      "Tell us about anyone who works with the child, such as a therapist, doctor or social worker. Leave this empty if there is no one.",
    list: { min: 0, max: 20, itemName: "professional" },
    groups: [
      {
        fields: [
          { path: "name", label: "Name", kind: "text" },
          {
            path: "role",
            label: "Job title",
            hint: "For example, speech and language therapist",
            kind: "text",
          },
          { path: "organisation", label: "Organisation", kind: "text" },
          { path: "email", label: "Email address (optional)", kind: "email" },
          {
            path: "phone",
            label: "Phone number (optional)",
            kind: "tel",
            width: "govuk-input--width-20",
          },
        ],
      },
    ],
  },
  {
    key: "views",
    slug: "views",
    title: "Views of the child and family",
    groups: [
      {
        fields: [
          {
            path: "child",
            label: "What does the child think and want?",
            hint: "For example, what they enjoy, what they find hard, what they hope for",
            kind: "textarea",
          },
          {
            path: "family",
            label: "What does the family think and want?",
            kind: "textarea",
          },
        ],
      },
    ],
  },
  {
    key: "contactPreferences",
    slug: "contact",
    title: "How we contact you",
    groups: [
      {
        fields: [
          {
            path: "channel",
            label: "How should we tell you about the case?",
            kind: "radios",
            choices: contactChannels.map((value) => ({
              value,
              label: channelNames[value],
            })),
          },
          {
            path: "language",
            label: "Which language should we write to you in?",
            hint: "For example, English, Polish, Urdu",
            kind: "text",
            width: "govuk-!-width-two-thirds",
          },
        ],
      },
    ],
  },
];

/** The evidence section has its own page, because it uploads files. */
export const evidenceSection = {
  key: "evidence" as const,
  slug: "evidence",
  title: "Evidence",
};

export const documentTypeChoices = documentTypes;

export function findSection(slug: string | undefined): SectionSpec | undefined {
  return sectionSpecs.find((section) => section.slug === slug);
}

export function sectionSchema(key: RequestSection): z.ZodType {
  return requestSections[key];
}

/** Sections in the order of the task list, leaving out those this requester does not answer. */
export function sectionsFor(requesterType: RequesterType | undefined): SectionSpec[] {
  return sectionSpecs.filter(
    (section) =>
      !section.onlyFor || (requesterType && section.onlyFor.includes(requesterType)),
  );
}

/** Returns the section a field error belongs to, such as `child` for `child.dateOfBirth`. */
export function sectionOfField(field: string): string {
  return field.split(".")[0] ?? field;
}

/** The id of the evidence page's file input, where every evidence error links. */
export const evidenceInputId = "upload-file";

/** The id of a list section's "Add a …" button, the only control when the list is empty. */
export function addButtonId(spec: SectionSpec): string {
  return `${spec.key}-add`;
}

/** Returns the full dotted paths of the fields a section page shows for these values. */
export function shownFieldPaths(
  spec: SectionSpec,
  values: FormValues,
  itemCount: number,
): string[] {
  const bases = spec.list
    ? Array.from({ length: itemCount }, (_, index) => `${spec.key}.${index}`)
    : [spec.key];
  return bases.flatMap((base) =>
    spec.groups.flatMap((group) =>
      group.fields
        .filter((field) => !field.showWhen || field.showWhen(values, base))
        .map((field) => `${base}.${field.path}`),
    ),
  );
}

/**
 * Returns the path of the shown field an error belongs to, so its inline
 * message and its error summary link land on an input that exists. An error
 * on a group (`child.address`) or a whole section (`needs`) goes to the first
 * field inside it, and one on an item the page does not show goes to the
 * nearest shown field above it. Returns undefined only for an empty list
 * section, whose only control is its add button.
 */
export function targetFieldPath(
  spec: SectionSpec,
  field: string,
  values: FormValues,
  itemCount: number,
): string | undefined {
  const shown = shownFieldPaths(spec, values, itemCount);
  // A part of a field, such as `child.dateOfBirth.day`, belongs to that field.
  const owner = shown.find((path) => field.startsWith(`${path}.`));
  if (owner) return owner;

  const segments = field.split(".");
  for (let length = segments.length; length > 0; length -= 1) {
    const prefix = segments.slice(0, length).join(".");
    const match = shown.find((path) => path === prefix || path.startsWith(`${prefix}.`));
    if (match) return match;
  }
  return undefined;
}

/** Returns the element id on a section page that an error links to. */
export function targetElementId(
  spec: SectionSpec,
  field: string,
  values: FormValues,
  itemCount: number,
): string {
  const path = targetFieldPath(spec, field, values, itemCount);
  return path ? fieldId(path) : addButtonId(spec);
}

/** Returns the number of items a list section shows for these answers. */
export function itemCountFor(spec: SectionSpec, answers: RequestDraft): number {
  if (!spec.list) return 1;
  const items = answers[spec.key];
  return Math.max(spec.list.min, Array.isArray(items) ? items.length : 0);
}

/**
 * Returns the page and element that an error on check your answers links
 * to: the input on the section's page, the evidence page's file input, or
 * the declaration on the page itself. A whole section that is missing, such
 * as `child`, links to the section's page and lands on its first question.
 */
export function pathForField(
  draftId: string,
  field: string,
  answers: RequestDraft = {},
): string {
  const key = sectionOfField(field);
  if (key === "evidence") return `/requests/${draftId}/evidence#${evidenceInputId}`;
  if (key === "declaration") return `#${fieldId("declaration")}`;
  const section = sectionSpecs.find((candidate) => candidate.key === key);
  if (!section) return `/requests/${draftId}`;

  const values = flattenAnswers(answers[section.key], section.key);
  const target = targetElementId(section, field, values, itemCountFor(section, answers));
  return `/requests/${draftId}/${section.slug}#${target}`;
}

export type SectionStatus = "completed" | "in-progress" | "not-started";

/** Works out a section's task list status from the saved answers. */
export function sectionStatus(
  key: RequestSection,
  answers: RequestDraft,
  requesterType: RequesterType | undefined,
): SectionStatus {
  const value = answers[key];
  const empty =
    value === undefined ||
    (Array.isArray(value) && value.length === 0 && key !== "professionals") ||
    (typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      Object.keys(value).length === 0);
  if (empty) return "not-started";

  const parsed = requestSections[key].safeParse(value);
  const spec = sectionSpecs.find((section) => section.key === key);
  const crossErrors = spec?.check?.(value, requesterType) ?? [];
  return parsed.success && crossErrors.length === 0 ? "completed" : "in-progress";
}
