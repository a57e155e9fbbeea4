/**
 * Lawful exceptions to the time limits: the staff form's choices and its
 * mapping to the API body, and the plain words the family reads about a
 * date that moved. The 16- and 20-week limits move for a school closure,
 * exceptional personal circumstances or time away from the area (SEND
 * Regulations 2014, regs 10(4) and 13(3)). Advice moves only for a missed
 * appointment (reg 8).
 */
import {
  exceptionBodySchema,
  type ExceptionBody,
  type ExceptionView,
} from "../../../shared/api";
import {
  addDays,
  daysBetween,
  formatLongDate,
  londonDate,
  type IsoDate,
} from "../../../shared/dates";
import {
  exceptionKinds,
  openObligations,
  planExceptionKinds,
} from "../../../shared/obligations";
import type { Milestone, MilestoneKey } from "../../../shared/timeline";
import { zodFieldErrors, type FieldError } from "../api/errors";
import type { Choice, DateParts } from "../components/fields";
import { joinDate } from "../request/form-values";

export type ExceptionKind = (typeof exceptionKinds)[number];

/** The staff form's radios, with hints that say when each exception is lawful. */
export const exceptionKindChoices: Record<ExceptionKind, Choice> = {
  "school-closure": {
    value: "school-closure",
    label: "The school was closed for 4 weeks or more",
    hint: "Advice was asked of the school or early years setting from 1 week before it closed for 4 or more weeks in a row (usually the summer holiday) until 1 week before it reopened. Moves the 16-week and 20-week limits.",
  },
  "personal-circumstances": {
    value: "personal-circumstances",
    label: "Exceptional personal circumstances",
    hint: "Exceptional circumstances of the child or the family, such as a serious illness or a bereavement, mean the time limit cannot be met. Moves the 16-week and 20-week limits.",
  },
  "away-from-area": {
    value: "away-from-area",
    label: "The child or a parent was away from the area for 4 weeks or more",
    hint: "The child or a parent was away from the council's area for 4 or more weeks in a row. Moves the 16-week and 20-week limits.",
  },
  "missed-appointment": {
    value: "missed-appointment",
    label: "An appointment for advice was missed",
    hint: "For advice only: an appointment the adviser needed did not go ahead. Moves the 6-week limit of that advice request only.",
  },
};

/** Short names of each kind for staff tables. */
export const exceptionKindNames: Record<ExceptionKind, string> = {
  "school-closure": "School closed for 4 weeks or more",
  "personal-circumstances": "Exceptional personal circumstances",
  "away-from-area": "Away from the area for 4 weeks or more",
  "missed-appointment": "Missed appointment for advice",
};

/**
 * Why a date moved, as the end of a sentence that starts "because". The
 * wording never says the family caused the delay.
 */
export const familyReasons: Record<ExceptionKind, string> = {
  "school-closure":
    "the school was closed for 4 weeks or more, usually for the summer holiday, so it could not give its advice in time",
  "personal-circumstances": "of exceptional personal circumstances",
  "away-from-area": "the child or a parent was away from the area for 4 weeks or more",
  "missed-appointment": "an appointment for this advice had to be arranged again",
};

/** Names of the dates an exception can move, as they read inside a sentence. */
const movedDateNames: Partial<Record<MilestoneKey, string>> = {
  advice: "the advice",
  "decision-to-issue": "the decision whether to write a plan",
  "final-plan": "the final plan",
};

export interface ExceptionFormValues {
  kind: string;
  adviceId: string;
  startsOn: DateParts;
  endsOn: DateParts;
  reason: string;
}

export const emptyExceptionForm: ExceptionFormValues = {
  kind: "",
  adviceId: "",
  startsOn: { day: "", month: "", year: "" },
  endsOn: { day: "", month: "", year: "" },
  reason: "",
};

/** The prefix of the form's field names, so error links find the inputs. */
export const exceptionFieldPrefix = "exception";

/** Shortest period, in days, of a closure or a time away (regs 10(4)(a) and (c)). */
export const minimumAbsenceDays = 28;

/**
 * Maps the form to the API body and validates it with the shared schema.
 * Blank fields become undefined, so the schema reports them as missing. An
 * advice id is sent only with a missed appointment.
 */
export function exceptionFormToBody(
  values: ExceptionFormValues,
  expectedVersion: number,
):
  | { body: ExceptionBody; errors?: undefined }
  | { body?: undefined; errors: FieldError[] } {
  const candidate = {
    kind: values.kind || undefined,
    startsOn: joinDate(values.startsOn.day, values.startsOn.month, values.startsOn.year),
    endsOn: joinDate(values.endsOn.day, values.endsOn.month, values.endsOn.year),
    reason: values.reason,
    adviceId:
      values.kind === "missed-appointment" ? values.adviceId || undefined : undefined,
    expectedVersion,
  };

  const parsed = exceptionBodySchema.safeParse(candidate);
  if (!parsed.success) {
    return { errors: zodFieldErrors(parsed.error, exceptionFieldPrefix) };
  }

  const body = parsed.data;
  const lasting = daysBetween(body.startsOn, body.endsOn) + 1;
  if (
    (body.kind === "school-closure" || body.kind === "away-from-area") &&
    lasting < minimumAbsenceDays
  ) {
    return {
      errors: [
        {
          field: `${exceptionFieldPrefix}.endsOn`,
          message:
            body.kind === "school-closure"
              ? "The closure must last 4 weeks or more"
              : "The time away must last 4 weeks or more",
        },
      ],
    };
  }
  return { body };
}

/** A due date on the family's tracker that an exception moved. */
export interface MovedDate {
  key: MilestoneKey;
  from: IsoDate;
  to: IsoDate;
  exceptions: ExceptionView[];
}

/** Days an exception adds: the whole period, both ends included, as the obligations count it. */
function exceptionDays(exception: ExceptionView): number {
  return Math.max(daysBetween(exception.startsOn, exception.endsOn) + 1, 0);
}

const openStatuses = new Set<Milestone["status"]>(["due", "overdue", "not-started"]);

/**
 * Works out which of the family's due dates the recorded exceptions moved.
 * The 16- and 20-week dates come from the shared obligation rules, so the
 * tracker and the chasers agree.
 */
export function movedDates(
  receivedAt: string,
  milestones: Milestone[],
  exceptions: ExceptionView[],
): MovedDate[] {
  const moved: MovedDate[] = [];
  const planExceptions = exceptions.filter((exception) =>
    (planExceptionKinds as readonly string[]).includes(exception.kind),
  );

  if (planExceptions.length > 0) {
    // An assessed case owes both the 16- and the 20-week decisions, so the
    // rules list both with their moved dates.
    const obligations = openObligations({
      receivedAt,
      stage: "assessing",
      decisionToAssessOn: londonDate(receivedAt),
      exceptions: planExceptions,
    });
    for (const key of ["decision-to-issue", "final-plan"] as const) {
      const milestone = milestones.find((candidate) => candidate.key === key);
      const obligation = obligations.find((candidate) => candidate.kind === key);
      if (!milestone || !obligation || !openStatuses.has(milestone.status)) continue;
      if (obligation.dueDate === obligation.originalDueDate) continue;
      moved.push({
        key,
        from: obligation.originalDueDate,
        to: obligation.dueDate,
        exceptions: planExceptions,
      });
    }
  }

  const missed = exceptions.filter(
    (exception) => exception.kind === "missed-appointment",
  );
  const advice = milestones.find((candidate) => candidate.key === "advice");
  if (missed.length > 0 && advice?.dueDate && openStatuses.has(advice.status)) {
    // NOTE: the family sees one date for all advice, so this assumes the
    // advice with the missed appointment was asked for on that same day.
    const days = missed.reduce((total, exception) => total + exceptionDays(exception), 0);
    moved.push({
      key: "advice",
      from: advice.dueDate,
      to: addDays(advice.dueDate, days),
      exceptions: missed,
    });
  }
  return moved;
}

/**
 * Applies moved dates to the milestones. A step still open is late only
 * after its moved date, judged against `today` (a London date).
 */
export function applyMovedDates(
  milestones: Milestone[],
  moved: MovedDate[],
  today: IsoDate | undefined,
): Milestone[] {
  return milestones.map((milestone) => {
    const change = moved.find((candidate) => candidate.key === milestone.key);
    if (!change) return milestone;

    let status = milestone.status;
    if (today && (status === "due" || status === "overdue")) {
      status = today > change.to ? "overdue" : "due";
    }
    return { ...milestone, dueDate: change.to, status };
  });
}

/** Tells the family which date moved, to when, and why, in one or two sentences. */
export function movedDateText(change: MovedDate): string {
  const kinds = [...new Set(change.exceptions.map((exception) => exception.kind))];
  const reasons = kinds.map((kind) => familyReasons[kind]);
  const because =
    reasons.length === 1
      ? reasons[0]
      : `${reasons.slice(0, -1).join(", ")} and ${reasons.at(-1)}`;
  return `The date for ${movedDateNames[change.key] ?? "this step"} moved from ${formatLongDate(change.from)} to ${formatLongDate(change.to)} because ${because}. The law allows extra time when this happens.`;
}
