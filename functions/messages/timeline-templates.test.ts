import { describe, expect, it } from "vitest";
import { escalation, exceptionApplied, reminder } from "./timeline-templates";

const base = {
  reference: "EHC-7K3QF9",
  caseId: "case-1",
  today: "2026-06-08",
} as const;

describe("reminder", () => {
  it.each([
    ["coordinator", "decision-to-issue"],
    ["adviser", "advice"],
    ["family", "draft-comments"],
    ["school", "consultation-answer"],
  ] as const)("reminds the %s", (audience, kind) => {
    const rendered = reminder({ ...base, audience, kind, dueDate: "2026-06-22" });

    expect(rendered.template).toBe(`reminder-${audience}`);
    expect(rendered.subject).toContain("EHC-7K3QF9");
    expect(rendered.subject).toContain("Monday 22 June 2026");
    expect(rendered.email).toContain("/cases/case-1");
    expect(rendered.sms).toContain("EHC-7K3QF9");
    expect(rendered.sms.length).toBeLessThanOrEqual(459);
  });

  it("says today on the day", () => {
    const rendered = reminder({
      ...base,
      audience: "coordinator",
      kind: "final-plan",
      dueDate: "2026-06-08",
    });

    expect(rendered.subject).toMatch(/^Due today:/);
  });
});

describe("escalation", () => {
  it("tells the manager how late", () => {
    const rendered = escalation({
      reference: "EHC-7K3QF9",
      caseId: "case-1",
      audience: "manager",
      kind: "decision-to-assess",
      dueDate: "2026-04-13",
      owner: "the coordinator, Casey Coordinator",
      level: 2,
      daysLate: 8,
      source: "SEND Regulations 2014, reg 5(1)",
    });

    expect(rendered.template).toBe("escalation-manager");
    expect(rendered.email).toContain("Monday 13 April 2026");
    expect(rendered.email).toContain("8 days late");
    expect(rendered.email).toContain("escalation number 2");
    expect(rendered.sms).not.toContain("Casey");
  });
});

describe("exceptionApplied", () => {
  it("names the moved date", () => {
    const rendered = exceptionApplied({
      reference: "EHC-7K3QF9",
      caseId: "case-1",
      exceptionKind: "away-from-area",
      moves: [{ kind: "final-plan", from: "2026-07-20", to: "2026-08-17" }],
    });

    expect(rendered.email).toContain("was due by Monday 20 July 2026");
    expect(rendered.email).toContain("now due by Monday 17 August 2026");
    expect(rendered.email).toContain("away from the area");
    expect(rendered.sms).toContain("Monday 17 August 2026");
    expect(rendered.sms.length).toBeLessThanOrEqual(459);
  });
});
