import { describe, expect, it } from "vitest";
import type { ExceptionView } from "../../../shared/api";
import { computeTimeline } from "../../../shared/timeline";
import {
  applyMovedDates,
  emptyExceptionForm,
  exceptionFormToBody,
  movedDateText,
  movedDates,
  type ExceptionFormValues,
} from "./exceptions";

// A request received on Monday 2 March 2026: the 20-week limit is Monday 20 July 2026.
const receivedAt = "2026-03-02T10:00:00Z";

function form(patch: Partial<ExceptionFormValues>): ExceptionFormValues {
  return { ...emptyExceptionForm, ...patch };
}

function exception(patch: Partial<ExceptionView>): ExceptionView {
  return {
    exceptionId: "exception-1",
    kind: "personal-circumstances",
    startsOn: "2026-05-04",
    endsOn: "2026-05-17",
    reason: "More time was allowed.",
    recordedBy: "SEN Assessment Service",
    recordedAt: "2026-05-04T09:00:00Z",
    ...patch,
  };
}

describe("exception form mapping", () => {
  it("maps a complete form", () => {
    const result = exceptionFormToBody(
      form({
        kind: "personal-circumstances",
        startsOn: { day: "4", month: "5", year: "2026" },
        endsOn: { day: "17", month: "05", year: "2026" },
        reason: "  Bereavement in the family.  ",
        adviceId: "left-over-choice",
      }),
      3,
    );

    expect(result.errors).toBeUndefined();
    expect(result.body).toEqual({
      kind: "personal-circumstances",
      startsOn: "2026-05-04",
      endsOn: "2026-05-17",
      reason: "Bereavement in the family.",
      expectedVersion: 3,
    });
  });

  it("asks for every blank answer", () => {
    const result = exceptionFormToBody(emptyExceptionForm, 1);
    const fields = result.errors?.map((error) => error.field);

    expect(fields).toContain("exception.kind");
    expect(fields).toContain("exception.startsOn");
    expect(fields).toContain("exception.endsOn");
    expect(fields).toContain("exception.reason");
    expect(result.errors?.find((e) => e.field === "exception.kind")?.message).toBe(
      "Select the reason the time limit cannot be met",
    );
  });

  it("rejects impossible and reversed dates", () => {
    const impossible = exceptionFormToBody(
      form({
        kind: "personal-circumstances",
        startsOn: { day: "30", month: "2", year: "2026" },
        endsOn: { day: "1", month: "3", year: "2026" },
        reason: "Reason",
      }),
      1,
    );
    expect(impossible.errors).toEqual([
      {
        field: "exception.startsOn",
        message: "Date the exception starts must be a real date",
      },
    ]);

    const reversed = exceptionFormToBody(
      form({
        kind: "personal-circumstances",
        startsOn: { day: "10", month: "5", year: "2026" },
        endsOn: { day: "9", month: "5", year: "2026" },
        reason: "Reason",
      }),
      1,
    );
    expect(reversed.errors).toEqual([
      {
        field: "exception.endsOn",
        message: "The end date must be the same as or after the start date",
      },
    ]);
  });

  it("needs advice for missed appointment", () => {
    const values = form({
      kind: "missed-appointment",
      startsOn: { day: "4", month: "5", year: "2026" },
      endsOn: { day: "8", month: "5", year: "2026" },
      reason: "The appointment was moved.",
    });

    expect(exceptionFormToBody(values, 2).errors).toEqual([
      {
        field: "exception.adviceId",
        message: "Select the advice the missed appointment was for",
      },
    ]);
    expect(
      exceptionFormToBody({ ...values, adviceId: "advice-7" }, 2).body,
    ).toMatchObject({
      kind: "missed-appointment",
      adviceId: "advice-7",
    });
  });

  it("needs 4 weeks away", () => {
    const base = form({
      startsOn: { day: "1", month: "6", year: "2026" },
      endsOn: { day: "27", month: "6", year: "2026" },
      reason: "Away with family abroad.",
    });

    expect(exceptionFormToBody({ ...base, kind: "away-from-area" }, 1).errors).toEqual([
      { field: "exception.endsOn", message: "The time away must last 4 weeks or more" },
    ]);
    expect(exceptionFormToBody({ ...base, kind: "school-closure" }, 1).errors).toEqual([
      { field: "exception.endsOn", message: "The closure must last 4 weeks or more" },
    ]);
    const fourWeeks = { ...base.endsOn, day: "28" };
    expect(
      exceptionFormToBody({ ...base, kind: "away-from-area", endsOn: fourWeeks }, 1).body,
    ).toBeDefined();
  });
});

describe("moved dates for families", () => {
  const assessed = computeTimeline(
    { receivedAt, decisionToAssess: { outcome: "assess", decidedOn: "2026-04-01" } },
    "2026-05-20",
  );

  it("moves 16 and 20 weeks", () => {
    const moved = movedDates(receivedAt, assessed, [exception({})]);

    expect(moved.map((change) => change.key)).toEqual([
      "decision-to-issue",
      "final-plan",
    ]);
    // 14 days, 4 to 17 May with both ends included.
    expect(moved[1]).toMatchObject({ from: "2026-07-20", to: "2026-08-03" });
    expect(moved[0]).toMatchObject({ from: "2026-06-22", to: "2026-07-06" });
  });

  it("words the change without blame", () => {
    const [, finalPlan] = movedDates(receivedAt, assessed, [exception({})]);

    expect(movedDateText(finalPlan!)).toBe(
      "The date for the final plan moved from Monday 20 July 2026 to Monday 3 August 2026 because of exceptional personal circumstances. The law allows extra time when this happens.",
    );
    const [, closed] = movedDates(receivedAt, assessed, [
      exception({ kind: "school-closure", startsOn: "2026-07-17", endsOn: "2026-08-27" }),
    ]);
    expect(movedDateText(closed!)).toContain("the school was closed for 4 weeks or more");
  });

  it("keeps moved step on time", () => {
    const late = computeTimeline(
      { receivedAt, decisionToAssess: { outcome: "assess", decidedOn: "2026-04-01" } },
      "2026-07-25",
    );
    const moved = movedDates(receivedAt, late, [exception({})]);
    const finalPlan = applyMovedDates(late, moved, "2026-07-25").find(
      (milestone) => milestone.key === "final-plan",
    );

    expect(late.find((milestone) => milestone.key === "final-plan")?.status).toBe(
      "overdue",
    );
    expect(finalPlan).toMatchObject({ dueDate: "2026-08-03", status: "due" });
    const afterMovedDate = applyMovedDates(late, moved, "2026-08-04");
    expect(afterMovedDate.find((m) => m.key === "final-plan")?.status).toBe("overdue");
  });

  it("moves advice for missed appointment", () => {
    const advising = computeTimeline(
      {
        receivedAt,
        decisionToAssess: { outcome: "assess", decidedOn: "2026-04-01" },
        adviceRequestedOn: "2026-04-02",
      },
      "2026-04-20",
    );
    const moved = movedDates(receivedAt, advising, [
      exception({ kind: "missed-appointment", adviceId: "a1", endsOn: "2026-05-06" }),
    ]);

    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({
      key: "advice",
      from: "2026-05-14",
      to: "2026-05-17",
    });
    expect(movedDateText(moved[0]!)).toContain("had to be arranged again");
  });

  it("ignores ended steps", () => {
    const refused = computeTimeline(
      { receivedAt, decisionToAssess: { outcome: "refuse", decidedOn: "2026-04-01" } },
      "2026-04-02",
    );
    expect(movedDates(receivedAt, refused, [exception({})])).toEqual([]);
    expect(movedDates(receivedAt, assessed, [])).toEqual([]);
  });
});
