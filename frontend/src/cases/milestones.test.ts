import { describe, expect, it } from "vitest";
import { formatLongDate } from "../../../shared/dates";
import { computeTimeline, type Milestone } from "../../../shared/timeline";
import {
  mediationContactDeadline,
  milestoneDetail,
  milestoneTitles,
  shownDueDate,
  statusTags,
} from "./milestones";

// A request received on Monday 2 March 2026 (10:00 in London).
const receivedAt = "2026-03-02T10:00:00Z";

function milestone(milestones: Milestone[], key: Milestone["key"]): Milestone {
  const found = milestones.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`No milestone ${key}`);
  return found;
}

describe("milestone wording", () => {
  it("formats dates the GOV.UK way", () => {
    expect(formatLongDate("2026-03-02")).toBe("Monday 2 March 2026");
    expect(formatLongDate("2026-04-13")).toBe("Monday 13 April 2026");
    expect(formatLongDate("2026-10-25")).toBe("Sunday 25 October 2026");
  });

  it("gives the decision due date", () => {
    const timeline = computeTimeline({ receivedAt }, "2026-03-10");
    const decision = milestone(timeline, "decision-to-assess");

    expect(milestoneDetail(decision, undefined)).toBe(
      "We will decide whether to carry out an assessment by Monday 13 April 2026.",
    );
    expect(statusTags[decision.status].text).toBe("In progress");
  });

  it("apologises for a late decision", () => {
    const timeline = computeTimeline({ receivedAt }, "2026-04-14");
    const decision = milestone(timeline, "decision-to-assess");

    expect(decision.status).toBe("overdue");
    expect(statusTags.overdue).toEqual({ text: "Late", colour: "red" });
    expect(milestoneDetail(decision, undefined)).toContain("This is late.");
  });

  it("explains steps after a refusal", () => {
    const timeline = computeTimeline(
      { receivedAt, decisionToAssess: { outcome: "refuse", decidedOn: "2026-04-01" } },
      "2026-04-02",
    );

    expect(milestoneDetail(milestone(timeline, "decision-to-assess"), "refuse")).toBe(
      "We decided on Wednesday 1 April 2026 not to carry out an assessment.",
    );
    expect(milestoneDetail(milestone(timeline, "final-plan"), "refuse")).toBe(
      "This step is not needed because we decided not to carry out an assessment.",
    );
  });

  it("gives the final plan date", () => {
    const timeline = computeTimeline(
      { receivedAt, decisionToAssess: { outcome: "assess", decidedOn: "2026-04-01" } },
      "2026-04-02",
    );

    expect(milestoneDetail(milestone(timeline, "final-plan"), "assess")).toBe(
      "The final plan is due by Monday 20 July 2026.",
    );
    expect(milestoneDetail(milestone(timeline, "decision-to-assess"), "assess")).toBe(
      "We decided on Wednesday 1 April 2026 to carry out an assessment.",
    );
  });

  it("words every milestone and status", () => {
    const statuses = ["done", "due", "overdue", "not-started", "not-needed"] as const;
    for (const key of Object.keys(milestoneTitles) as Milestone["key"][]) {
      for (const status of statuses) {
        const text = milestoneDetail(
          { key, status, dueDate: "2026-04-13", doneDate: "2026-04-01", source: "" },
          undefined,
        );
        expect(text.length, `${key} ${status}`).toBeGreaterThan(10);
        expect(text, `${key} ${status}`).not.toContain("undefined");
      }
    }
  });
});

describe("shownDueDate", () => {
  it("hides due date when not needed", () => {
    const step: Milestone = {
      key: "advice",
      status: "not-needed",
      dueDate: "2026-05-01",
      doneDate: null,
      source: "",
    };
    expect(shownDueDate(step)).toBeUndefined();
  });

  it("keeps due date of other steps", () => {
    for (const status of ["done", "due", "overdue", "not-started"] as const) {
      const step: Milestone = {
        key: "advice",
        status,
        dueDate: "2026-05-01",
        doneDate: null,
        source: "",
      };
      expect(shownDueDate(step), status).toBe("2026-05-01");
    }
  });
});

describe("mediationContactDeadline", () => {
  it("is 2 months after decision", () => {
    expect(mediationContactDeadline("2026-04-13")).toBe("2026-06-13");
  });

  it("clamps to end of month", () => {
    expect(mediationContactDeadline("2026-12-31")).toBe("2027-02-28");
  });
});
