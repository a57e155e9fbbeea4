import { describe, expect, it } from "vitest";
import type { ObligationKind, OwnerKind } from "../../../shared/obligations";
import {
  daysLeftText,
  deadlineTag,
  obligationKindNames,
  ownerKindNames,
  ownerText,
} from "./obligations";

describe("obligation wording", () => {
  it.each([
    [null, "No deadline"],
    [0, "Due today"],
    [1, "1 day left"],
    [12, "12 days left"],
    [-1, "1 day overdue"],
    [-5, "5 days overdue"],
  ])("says %s days left", (days, text) => {
    expect(daysLeftText(days)).toBe(text);
  });

  it.each([
    [-30, "Overdue", "red"],
    [-1, "Overdue", "red"],
    [0, "Due soon", "yellow"],
    [7, "Due soon", "yellow"],
  ])("tags %s days left", (days, text, colour) => {
    expect(deadlineTag(days)).toEqual({ text, colour });
  });

  it("leaves distant deadlines untagged", () => {
    expect(deadlineTag(8)).toBeNull();
    expect(deadlineTag(120)).toBeNull();
  });

  it("names every obligation kind", () => {
    const kinds: ObligationKind[] = [
      "decision-to-assess",
      "advice",
      "decision-to-issue",
      "draft-comments",
      "consultation-answer",
      "final-plan",
    ];
    for (const kind of kinds) {
      expect(obligationKindNames[kind], kind).toMatch(/^[A-Z]/);
    }
    expect(new Set(Object.values(obligationKindNames)).size).toBe(kinds.length);
  });

  it("names owner with their part", () => {
    expect(ownerText({ ownerKind: "coordinator", ownerName: "Dana Coordinator" })).toBe(
      "Dana Coordinator (EHC coordinator)",
    );
    expect(ownerText({ ownerKind: "school", ownerName: "Hillview Academy" })).toBe(
      "Hillview Academy (school)",
    );
    expect(ownerText({ ownerKind: "adviser" })).toBe("Adviser");
    expect(ownerText({ ownerKind: "family", ownerName: "The family" })).toBe("Family");
  });

  it("names every owner kind", () => {
    const owners: OwnerKind[] = ["coordinator", "adviser", "family", "school"];
    for (const owner of owners) expect(ownerKindNames[owner], owner).toBeTruthy();
  });
});
