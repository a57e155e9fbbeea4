/**
 * The advice form's values as the screen keeps them (one set of text fields
 * per area of need), and the conversions to and from the API's form.
 */
import {
  needAreas,
  type AdviceFormDraft,
  type AdviceKind,
  type AdviceStatus,
  type NeedArea,
} from "../../../shared/schemas/advice";
import type { FieldError } from "../../../shared/schemas/common";

type Provision = NonNullable<
  NonNullable<AdviceFormDraft["areas"]>[number]["provision"]
>[number];

export interface AreaValues {
  needs: string;
  /** "" until a severity is chosen, otherwise "0" to "4". */
  severity: string;
  outcomes: string;
  what: string;
  who: string;
  howOften: string;
  forHowLong: string;
  /** Provisions after the first, which the screen keeps but does not edit. */
  moreProvision: Provision[];
}

export interface FormValues {
  summary: string;
  areas: Record<NeedArea, AreaValues>;
  reportDocumentId?: string;
  reusesExistingAdvice: boolean;
}

export const areaNames: Record<NeedArea, string> = {
  "communication-and-interaction": "Communication and interaction",
  "cognition-and-learning": "Cognition and learning",
  "social-emotional-and-mental-health": "Social, emotional and mental health",
  "sensory-and-physical": "Sensory and physical",
};

export const adviceKindNames: Record<AdviceKind, string> = {
  family: "Views of the family",
  education: "Educational advice",
  psychology: "Psychological advice",
  health: "Medical advice",
  "social-care": "Social care advice",
  "preparing-for-adulthood": "Preparing for adulthood",
  other: "Other advice",
};

export const statusNames: Record<AdviceStatus, string> = {
  requested: "Not started",
  "in-progress": "In progress",
  submitted: "Sent",
};

function emptyArea(): AreaValues {
  return {
    needs: "",
    severity: "",
    outcomes: "",
    what: "",
    who: "",
    howOften: "",
    forHowLong: "",
    moreProvision: [],
  };
}

export function toFormValues(form: AdviceFormDraft): FormValues {
  const areas = Object.fromEntries(
    needAreas.map((area) => [area, emptyArea()]),
  ) as Record<NeedArea, AreaValues>;
  for (const saved of form.areas ?? []) {
    const [first, ...more] = saved.provision ?? [];
    areas[saved.area] = {
      needs: saved.needs ?? "",
      severity: saved.severity === undefined ? "" : String(saved.severity),
      outcomes: saved.outcomes ?? "",
      what: first?.what ?? "",
      who: first?.who ?? "",
      howOften: first?.howOften ?? "",
      forHowLong: first?.forHowLong ?? "",
      moreProvision: more,
    };
  }
  return {
    summary: form.summary ?? "",
    areas,
    reportDocumentId: form.reportDocumentId,
    reusesExistingAdvice: form.reusesExistingAdvice ?? false,
  };
}

function isBlank(values: AreaValues): boolean {
  return (
    !values.needs.trim() &&
    !values.severity &&
    !values.outcomes.trim() &&
    !values.what.trim() &&
    !values.who.trim() &&
    !values.howOften.trim() &&
    !values.forHowLong.trim() &&
    values.moreProvision.length === 0
  );
}

/** Returns the areas with anything entered, in the order the form sends them. */
export function includedAreas(values: FormValues): NeedArea[] {
  return needAreas.filter((area) => !isBlank(values.areas[area]));
}

const optional = (value: string) => value.trim() || undefined;

/** Builds the API's form: blank areas are left out, blank fields are omitted. */
export function toAdviceForm(values: FormValues): AdviceFormDraft {
  return {
    summary: optional(values.summary),
    areas: includedAreas(values).map((area) => {
      const entered = values.areas[area];
      const first = {
        what: optional(entered.what),
        who: optional(entered.who),
        howOften: optional(entered.howOften),
        forHowLong: optional(entered.forHowLong),
      };
      const hasFirst = Object.values(first).some((value) => value !== undefined);
      return {
        area,
        needs: optional(entered.needs),
        severity: entered.severity === "" ? undefined : Number(entered.severity),
        outcomes: optional(entered.outcomes),
        provision: [...(hasFirst ? [first] : []), ...entered.moreProvision],
      };
    }),
    reportDocumentId: values.reportDocumentId,
    reusesExistingAdvice: values.reusesExistingAdvice || undefined,
  };
}

const provisionFields = new Set(["what", "who", "howOften", "forHowLong"]);

/**
 * Renames the API's field errors to the screen's fields: `form.areas.0.needs`
 * becomes `areas.<area>.needs` for the first area sent, and a missing
 * provision points at its first field.
 */
export function toScreenErrors(errors: FieldError[], values: FormValues): FieldError[] {
  const sent = includedAreas(values);

  return errors.map((error) => {
    const field = error.field.replace(/^form\./, "");
    const area = /^areas\.(\d+)\.([A-Za-z]+)(?:\.\d+\.([A-Za-z]+))?/.exec(field);
    if (area) {
      const name = sent[Number(area[1])] ?? needAreas[0];
      const part = area[3] && provisionFields.has(area[3]) ? area[3] : area[2];
      const screenPart = part === "provision" ? "what" : part;
      return { ...error, field: `areas.${name}.${screenPart}` };
    }
    if (field === "areas") return { ...error, field: `areas.${needAreas[0]}.needs` };
    if (field === "reportDocumentId") return { ...error, field: "report.file" };
    if (field === "reuseAgreements") return { ...error, field: "reusesExistingAdvice" };
    return { ...error, field };
  });
}
