import { describe, expect, it } from "vitest";
import {
  computeTimeline,
  daysLeft,
  lastDayOfPeriod,
  limits,
  nextDueDate,
  statutoryDates,
  type Milestone,
} from "./timeline";

function milestone(milestones: Milestone[], key: Milestone["key"]): Milestone {
  const found = milestones.find((m) => m.key === key);
  if (!found) throw new Error(`No milestone ${key}`);
  return found;
}

describe("statutoryDates", () => {
  it.each([
    {
      case: "Monday in GMT",
      receivedAt: "2026-03-02T10:00:00Z",
      received: "2026-03-02",
      decision: "2026-04-13",
      notIssue: "2026-06-22",
      finalPlan: "2026-07-20",
    },
    {
      case: "late evening in BST rolls to next day",
      receivedAt: "2026-06-30T23:30:00Z",
      received: "2026-07-01",
      decision: "2026-08-12",
      notIssue: "2026-10-21",
      finalPlan: "2026-11-18",
    },
    {
      case: "late evening in GMT stays same day",
      receivedAt: "2026-01-15T23:30:00Z",
      received: "2026-01-15",
      decision: "2026-02-26",
      notIssue: "2026-05-07",
      finalPlan: "2026-06-04",
    },
    {
      case: "across the October clock change",
      receivedAt: "2026-10-01T09:00:00Z",
      received: "2026-10-01",
      decision: "2026-11-12",
      notIssue: "2027-01-21",
      finalPlan: "2027-02-18",
    },
    {
      case: "across 29 February 2028",
      receivedAt: "2028-01-20T12:00:00Z",
      received: "2028-01-20",
      decision: "2028-03-02",
      notIssue: "2028-05-11",
      finalPlan: "2028-06-08",
    },
    {
      case: "just after midnight in BST",
      receivedAt: "2026-05-31T23:05:00Z",
      received: "2026-06-01",
      decision: "2026-07-13",
      notIssue: "2026-09-21",
      finalPlan: "2026-10-19",
    },
  ])("$case", ({ receivedAt, received, decision, notIssue, finalPlan }) => {
    const dates = statutoryDates(receivedAt);

    expect(dates.receivedDate).toBe(received);
    expect(dates.decisionToAssessDue).toBe(decision);
    expect(dates.decisionToIssueDue).toBe(notIssue);
    expect(dates.finalPlanDue).toBe(finalPlan);
  });

  it("rejects an invalid instant", () => {
    expect(() => statutoryDates("not a date")).toThrow(RangeError);
  });
});

describe("lastDayOfPeriod", () => {
  it.each([
    { start: "2026-05-01", days: limits.draftCommentDays, expected: "2026-05-15" },
    { start: "2026-12-24", days: limits.consultationDays, expected: "2027-01-07" },
    { start: "2028-02-20", days: 15, expected: "2028-03-05" },
  ])("$days days from $start end on $expected", ({ start, days, expected }) => {
    expect(lastDayOfPeriod(start, days)).toBe(expected);
  });
});

describe("computeTimeline", () => {
  const receivedAt = "2026-03-02T10:00:00Z";

  it("new case awaits the decision", () => {
    const milestones = computeTimeline({ receivedAt }, "2026-03-10");

    expect(milestone(milestones, "request-received").status).toBe("done");
    expect(milestone(milestones, "decision-to-assess").status).toBe("due");
    expect(milestone(milestones, "decision-to-assess").dueDate).toBe("2026-04-13");
    expect(milestone(milestones, "advice").status).toBe("not-started");
    expect(milestone(milestones, "final-plan").status).toBe("not-started");
    expect(nextDueDate(milestones)).toBe("2026-04-13");
  });

  it("decision is overdue after six weeks", () => {
    const onTheDay = computeTimeline({ receivedAt }, "2026-04-13");
    const dayAfter = computeTimeline({ receivedAt }, "2026-04-14");

    expect(milestone(onTheDay, "decision-to-assess").status).toBe("due");
    expect(milestone(dayAfter, "decision-to-assess").status).toBe("overdue");
  });

  it("assessing case runs the later steps", () => {
    const milestones = computeTimeline(
      {
        receivedAt,
        decisionToAssess: { outcome: "assess", decidedOn: "2026-04-01" },
        adviceRequestedOn: "2026-04-02",
      },
      "2026-04-10",
    );

    expect(milestone(milestones, "decision-to-assess").status).toBe("done");
    expect(milestone(milestones, "advice").dueDate).toBe("2026-05-14");
    expect(milestone(milestones, "advice").status).toBe("due");
    expect(milestone(milestones, "decision-to-issue").status).toBe("due");
    expect(milestone(milestones, "final-plan").status).toBe("due");
    expect(nextDueDate(milestones)).toBe("2026-05-14");
  });

  it("refusal ends the later steps", () => {
    const milestones = computeTimeline(
      { receivedAt, decisionToAssess: { outcome: "refuse", decidedOn: "2026-04-01" } },
      "2026-09-01",
    );

    expect(milestone(milestones, "decision-to-assess").status).toBe("done");
    expect(milestone(milestones, "final-plan").status).toBe("not-needed");
    expect(milestone(milestones, "advice").status).toBe("not-needed");
    expect(nextDueDate(milestones)).toBeNull();
  });

  it("draft comments are due fifteen days on", () => {
    const milestones = computeTimeline(
      {
        receivedAt: "2026-01-05T09:00:00Z",
        decisionToAssess: { outcome: "assess", decidedOn: "2026-02-01" },
        draftServedOn: "2026-05-01",
      },
      "2026-05-02",
    );

    expect(milestone(milestones, "draft-plan").dueDate).toBe("2026-05-15");
  });
});

describe("computeTimeline with exceptions", () => {
  it("moves the 16- and 20-week limits", () => {
    const milestones = computeTimeline(
      {
        receivedAt: "2026-03-02T10:00:00Z",
        decisionToAssess: { outcome: "assess", decidedOn: "2026-04-01" },
        exceptions: [
          {
            exceptionId: "x",
            kind: "away-from-area",
            startsOn: "2026-05-01",
            endsOn: "2026-05-28",
          },
        ],
      },
      "2026-07-21",
    );

    expect(milestone(milestones, "decision-to-issue").dueDate).toBe("2026-07-20");
    expect(milestone(milestones, "final-plan").dueDate).toBe("2026-08-17");
    expect(milestone(milestones, "final-plan").status).toBe("due");
    expect(milestone(milestones, "decision-to-assess").dueDate).toBe("2026-04-13");
  });

  it("ignores a missed appointment for the plan", () => {
    const milestones = computeTimeline(
      {
        receivedAt: "2026-03-02T10:00:00Z",
        decisionToAssess: { outcome: "assess", decidedOn: "2026-04-01" },
        exceptions: [
          {
            exceptionId: "m",
            kind: "missed-appointment",
            startsOn: "2026-04-20",
            endsOn: "2026-04-26",
            adviceId: "ep",
          },
        ],
      },
      "2026-05-01",
    );

    expect(milestone(milestones, "final-plan").dueDate).toBe("2026-07-20");
  });
});

describe("daysLeft", () => {
  it.each([
    { due: "2026-04-13", today: "2026-04-06", expected: 7 },
    { due: "2026-04-13", today: "2026-04-13", expected: 0 },
    { due: "2026-04-13", today: "2026-04-15", expected: -2 },
    { due: "2026-03-30", today: "2026-03-28", expected: 2 },
  ])("$today to $due is $expected", ({ due, today, expected }) => {
    expect(daysLeft(due, today)).toBe(expected);
  });
});
