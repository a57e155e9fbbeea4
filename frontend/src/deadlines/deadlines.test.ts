import { describe, expect, it } from "vitest";
import type { DeadlineView } from "../../../shared/api";
import { deadlinesPath, escalationsText, sortDeadlines } from "./deadlines";

function deadline(reference: string, dueDate: string, obligationId = "final-plan") {
  return {
    caseId: `case-${reference}`,
    reference,
    childName: "Child",
    obligationId,
    kind: "final-plan",
    ownerKind: "coordinator",
    dueDate,
    daysLeft: 0,
    escalations: 0,
  } satisfies DeadlineView;
}

describe("deadlines list", () => {
  it("sorts soonest due first", () => {
    const sorted = sortDeadlines([
      deadline("EHC-BBBBBB", "2026-03-09"),
      deadline("EHC-CCCCCC", "2026-03-02"),
      deadline("EHC-AAAAAA", "2026-03-09"),
      deadline("EHC-AAAAAA", "2026-03-09", "decision-to-issue"),
    ]);

    expect(sorted.map((d) => `${d.reference} ${d.obligationId}`)).toEqual([
      "EHC-CCCCCC final-plan",
      "EHC-AAAAAA decision-to-issue",
      "EHC-AAAAAA final-plan",
      "EHC-BBBBBB final-plan",
    ]);
  });

  it("filters by coordinator id", () => {
    expect(deadlinesPath(undefined)).toBe("/deadlines");
    expect(deadlinesPath("00000000-0000-4000-8000-000000000021")).toBe(
      "/deadlines?coordinatorId=00000000-0000-4000-8000-000000000021",
    );
  });

  it("counts escalations in words", () => {
    expect(escalationsText(0)).toBe("None");
    expect(escalationsText(1)).toBe("1 time");
    expect(escalationsText(3)).toBe("3 times");
  });
});
