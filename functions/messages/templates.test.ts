import { describe, expect, it } from "vitest";
import { caseAllocated, decisionMade, requestConfirmation } from "./templates";

const confirmation = requestConfirmation({
  reference: "EHC-7K3QF9",
  caseId: "case-1",
  receivedDate: "2026-03-02",
  decisionToAssessDue: "2026-04-13",
  finalPlanDue: "2026-07-20",
  possibleDuplicate: false,
});

describe("requestConfirmation", () => {
  it("gives the reference and dates", () => {
    expect(confirmation.subject).toContain("EHC-7K3QF9");
    expect(confirmation.email).toContain("on Monday 2 March 2026");
    expect(confirmation.email).toContain("by Monday 13 April 2026");
    expect(confirmation.email).toContain("by Monday 20 July 2026");
    expect(confirmation.sms).toContain("EHC-7K3QF9");
    expect(confirmation.sms).toContain("by Monday 13 April 2026");
  });

  it("keeps SMS short", () => {
    // Three SMS segments of 153 characters each.
    expect(confirmation.sms.length).toBeLessThanOrEqual(459);
  });

  it("mentions the duplicate check", () => {
    const held = requestConfirmation({
      reference: "EHC-7K3QF9",
      receivedDate: "2026-03-02",
      decisionToAssessDue: "2026-04-13",
      finalPlanDue: "2026-07-20",
      possibleDuplicate: true,
    });
    expect(held.email).toContain("may be for the same child");
  });
});

describe("decisionMade", () => {
  it("links to the refusal letter", () => {
    const refusal = decisionMade({
      reference: "EHC-7K3QF9",
      caseId: "case-1",
      outcome: "refuse",
      decidedOn: "2026-04-01",
      finalPlanDue: "2026-07-20",
    });
    expect(refusal.template).toBe("decision-refuse");
    expect(refusal.email).toContain("/cases/case-1");
    expect(refusal.sms).toContain("/cases/case-1");
  });

  it("gives the final plan date", () => {
    const assess = decisionMade({
      reference: "EHC-7K3QF9",
      caseId: "case-1",
      outcome: "assess",
      decidedOn: "2026-04-01",
      finalPlanDue: "2026-07-20",
    });
    expect(assess.email).toContain("Monday 20 July 2026");
  });
});

describe("caseAllocated", () => {
  it("names the case and deadline", () => {
    const allocated = caseAllocated({
      reference: "EHC-7K3QF9",
      caseId: "case-1",
      decisionToAssessDue: "2026-04-13",
    });
    expect(allocated.subject).toBe("Case allocated to you: EHC-7K3QF9");
    expect(allocated.email).toContain("Monday 13 April 2026");
  });
});
