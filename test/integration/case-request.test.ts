/**
 * Reading a case's request before the decision, team cover for decisions,
 * the decision letter's name, and what business support sees to compare a
 * possible duplicate.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  AuditEntry,
  CaseRequestView,
  DocumentLink,
  IntakeView,
} from "../../shared/api";
import type { CaseView } from "../../shared/schemas/case";
import { call } from "../support/events";
import { demoUser } from "../support/tokens";
import { fixClock, newCase, newChild, readyDraft, realClock, submit } from "./fixtures";

beforeAll(() => fixClock("2026-03-02T09:30:00.000Z"));
afterAll(() => realClock());

describe("case request", () => {
  it("returns answers to any coordinator", async () => {
    const { caseId, reference, child } = await newCase("parent");

    const read = await call<CaseRequestView>("getCaseRequest", {
      as: "coordinator3",
      pathParameters: { caseId },
    });

    expect(read.status).toBe(200);
    expect(read.body.reference).toBe(reference);
    expect(read.body.request.child.firstName).toBe(child.firstName);
    expect(read.body.request.child.dateOfBirth).toBe(child.dateOfBirth);
    expect(read.body.request.needs).toBeDefined();
    expect(read.body.documents).toHaveLength(1);
    expect(read.body.documents[0]?.fileName).toBe("school-report.pdf");

    const audit = await call<AuditEntry[]>("listAudit", {
      as: "manager",
      pathParameters: { caseId },
    });
    const viewed = audit.body.filter((entry) => entry.action === "request-viewed");
    expect(viewed).toHaveLength(1);
    expect(viewed[0]?.actorId).toBe(demoUser("coordinator3").userId);
  });

  it("returns own request to family", async () => {
    const { caseId } = await newCase("parent");
    const read = await call<CaseRequestView>("getCaseRequest", {
      as: "parent",
      pathParameters: { caseId },
    });
    expect(read.status).toBe(200);
  });

  it("hides request from other parent", async () => {
    const { caseId } = await newCase("parent");
    const read = await call("getCaseRequest", {
      as: "parent2",
      pathParameters: { caseId },
    });
    expect(read.status).toBe(404);
  });
});

describe("decision", () => {
  it("lets another coordinator decide", async () => {
    const { caseId } = await newCase("parent");
    const view = await call<CaseView>("getCase", {
      as: "manager",
      pathParameters: { caseId },
    });
    const other = ["coordinator", "coordinator2", "coordinator3"].find(
      (username) => demoUser(username).userId !== view.body.coordinator?.userId,
    )!;

    const decided = await call<CaseView>("recordDecision", {
      as: other,
      pathParameters: { caseId },
      body: { outcome: "assess", expectedVersion: view.body.version },
    });

    expect(decided.status).toBe(200);
    expect(decided.body.stage).toBe("assessing");
  });

  it("names decision letter readably", async () => {
    const { caseId, reference } = await newCase("parent");
    const decided = await call<CaseView>("recordDecision", {
      as: "coordinator",
      pathParameters: { caseId },
      body: {
        outcome: "refuse",
        reasons: "The school's SEN support is meeting the needs described.",
        decidedOn: "2026-03-02",
        expectedVersion: 1,
      },
    });
    expect(decided.status).toBe(200);

    const link = await call<DocumentLink>("getDocument", {
      as: "parent",
      pathParameters: { caseId, documentId: decided.body.decision!.letterDocumentId! },
    });
    expect(link.body.fileName).toBe(`Decision whether to assess ${reference}.html`);
    const response = await fetch(link.body.url);
    expect(response.headers.get("content-disposition")).toContain(
      `Decision whether to assess ${reference}.html`,
    );
  });
});

describe("possible duplicate comparison", () => {
  it("shows business support both sides", async () => {
    const child = newChild();
    const first = await submit("parent", (await readyDraft("parent", child)).draftId);
    const second = await submit("school", (await readyDraft("school", child)).draftId);
    expect(second.body.possibleDuplicate).toBe(true);

    const intake = await call<IntakeView>("listIntake", { as: "business-support" });
    const held = intake.body.possibleDuplicates.find(
      (duplicate) => duplicate.reference === second.body.reference,
    );
    expect(held?.comparison?.held.dateOfBirth).toBe(child.dateOfBirth);
    expect(held?.comparison?.held.requesterType).toBe("school");
    expect(held?.comparison?.held.receivedDate).toBe("2026-03-02");
    expect(held?.comparison?.existing.dateOfBirth).toBe(child.dateOfBirth);
    expect(held?.comparison?.existing.requesterType).toBe("parent");
    expect(held?.comparison?.existing.receivedDate).toBe(first.body.receivedDate);
  });

  it("leaves comparison out for manager", async () => {
    const child = newChild();
    await submit("parent", (await readyDraft("parent", child)).draftId);
    const second = await submit("school", (await readyDraft("school", child)).draftId);

    const intake = await call<IntakeView>("listIntake", { as: "manager" });
    const held = intake.body.possibleDuplicates.find(
      (duplicate) => duplicate.reference === second.body.reference,
    );
    expect(held).toBeDefined();
    expect(held?.comparison).toBeUndefined();
  });
});
