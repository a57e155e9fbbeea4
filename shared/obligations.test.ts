import { describe, expect, it } from "vitest";
import {
  chaseActions,
  openObligations,
  planChases,
  type Obligation,
  type ObligationFacts,
} from "./obligations";

const received: ObligationFacts = {
  receivedAt: "2026-03-02T10:00:00Z",
  stage: "deciding",
};

function byId(obligations: Obligation[], id: string): Obligation {
  const found = obligations.find((o) => o.id === id);
  if (!found) throw new Error(`No obligation ${id}`);
  return found;
}

describe("openObligations", () => {
  it("new case owes the decision", () => {
    const obligations = openObligations(received);

    expect(obligations.map((o) => o.id)).toEqual(["decision-to-assess"]);
    expect(obligations[0]?.dueDate).toBe("2026-04-13");
    expect(obligations[0]?.owner.kind).toBe("coordinator");
  });

  it("assessing case owes advice and plan", () => {
    const obligations = openObligations({
      ...received,
      stage: "assessing",
      decisionToAssessOn: "2026-04-01",
      adviceRequests: [
        { adviceId: "ep", adviserId: "u-ep", requestedOn: "2026-04-02" },
        {
          adviceId: "health",
          adviserId: "u-h",
          requestedOn: "2026-04-02",
          submittedOn: "2026-05-01",
        },
      ],
    });

    expect(obligations.map((o) => o.id)).toEqual([
      "advice#ep",
      "decision-to-issue",
      "final-plan",
    ]);
    expect(byId(obligations, "advice#ep").dueDate).toBe("2026-05-14");
    expect(byId(obligations, "decision-to-issue").dueDate).toBe("2026-06-22");
    expect(byId(obligations, "final-plan").dueDate).toBe("2026-07-20");
  });

  it("request at 23:30 UTC on 30 June", () => {
    const obligations = openObligations({
      receivedAt: "2026-06-30T23:30:00Z",
      stage: "assessing",
      decisionToAssessOn: "2026-07-20",
    });

    expect(byId(obligations, "final-plan").dueDate).toBe("2026-11-18");
  });

  it("draft comments due fifteen days on", () => {
    const obligations = openObligations({
      receivedAt: "2026-01-05T09:00:00Z",
      stage: "drafting",
      decisionToAssessOn: "2026-02-01",
      draftServedOn: "2026-05-01",
    });

    const comments = byId(obligations, "draft-comments");
    expect(comments.dueDate).toBe("2026-05-15");
    expect(comments.escalates).toBe(false);
  });

  it("consultation answer due fifteen days on", () => {
    const obligations = openObligations({
      receivedAt: "2026-01-05T09:00:00Z",
      stage: "consultation",
      decisionToAssessOn: "2026-02-01",
      draftServedOn: "2026-04-01",
      familyRespondedOn: "2026-04-10",
      consultations: [
        { consultationId: "c1", schoolUrn: "100001", sentOn: "2026-04-13" },
      ],
    });

    expect(byId(obligations, "consultation#c1").dueDate).toBe("2026-04-27");
  });

  it("exception moves the plan limits only", () => {
    const obligations = openObligations({
      ...received,
      stage: "assessing",
      decisionToAssessOn: "2026-04-01",
      adviceRequests: [{ adviceId: "ep", adviserId: "u", requestedOn: "2026-04-02" }],
      exceptions: [
        {
          exceptionId: "x",
          kind: "away-from-area",
          startsOn: "2026-05-01",
          endsOn: "2026-05-28",
        },
      ],
    });

    expect(byId(obligations, "final-plan").dueDate).toBe("2026-08-17");
    expect(byId(obligations, "final-plan").originalDueDate).toBe("2026-07-20");
    expect(byId(obligations, "decision-to-issue").dueDate).toBe("2026-07-20");
    expect(byId(obligations, "advice#ep").dueDate).toBe("2026-05-14");
  });

  it("missed appointment moves that advice only", () => {
    const obligations = openObligations({
      ...received,
      stage: "assessing",
      decisionToAssessOn: "2026-04-01",
      adviceRequests: [
        { adviceId: "ep", adviserId: "u", requestedOn: "2026-04-02" },
        { adviceId: "health", adviserId: "h", requestedOn: "2026-04-02" },
      ],
      exceptions: [
        {
          exceptionId: "m",
          kind: "missed-appointment",
          startsOn: "2026-04-20",
          endsOn: "2026-04-26",
          adviceId: "ep",
        },
      ],
    });

    expect(byId(obligations, "advice#ep").dueDate).toBe("2026-05-21");
    expect(byId(obligations, "advice#health").dueDate).toBe("2026-05-14");
    expect(byId(obligations, "final-plan").dueDate).toBe("2026-07-20");
  });

  it.each(["refused", "withdrawn", "closed"])("%s case owes nothing", (stage) => {
    expect(openObligations({ ...received, stage })).toEqual([]);
  });
});

describe("chaseActions", () => {
  const decision = openObligations(received)[0]!;

  it("reminds then escalates weekly", () => {
    const actions = chaseActions(decision, "2026-04-28");

    expect(actions.map((a) => `${a.kind}@${a.date}`)).toEqual([
      "reminder@2026-03-30",
      "reminder@2026-04-06",
      "reminder@2026-04-13",
      "escalation@2026-04-14",
      "escalation@2026-04-21",
      "escalation@2026-04-28",
    ]);
    expect(actions.at(-1)?.level).toBe(3);
  });
});

describe("planChases", () => {
  const obligations = openObligations(received);

  it("nothing due before the first reminder", () => {
    const plan = planChases(obligations, new Set(), "2026-03-10");

    expect(plan.due).toEqual([]);
    expect(plan.nextDate).toBe("2026-03-30");
  });

  it("sends the reminder once", () => {
    const first = planChases(obligations, new Set(), "2026-03-30");
    const sent = new Set(first.due.map((a) => a.actionId));
    const again = planChases(obligations, sent, "2026-03-30");

    expect(first.due.map((a) => a.actionId)).toEqual([
      "decision-to-assess#reminder#2026-03-30",
    ]);
    expect(again.due).toEqual([]);
    expect(again.nextDate).toBe("2026-04-06");
  });

  it("late start sends only the latest reminder", () => {
    const plan = planChases(obligations, new Set(), "2026-04-07");

    expect(plan.due.map((a) => a.actionId)).toEqual([
      "decision-to-assess#reminder#2026-04-06",
    ]);
    expect(plan.nextDate).toBe("2026-04-13");
  });

  it("breach escalates the day after", () => {
    const plan = planChases(
      obligations,
      new Set(["decision-to-assess#reminder#2026-04-13"]),
      "2026-04-14",
    );

    expect(plan.due.map((a) => a.kind)).toEqual(["escalation"]);
    expect(plan.nextDate).toBe("2026-04-21");
  });
});
