/**
 * Many people changing one thing at once. For each version of a case or
 * draft exactly one change wins, every other gets 409, and the stored state
 * is exactly the winner's: no update is lost or half-applied. A draft sent
 * many times at once becomes one case.
 */
import { afterAll, describe, expect, it } from "vitest";
import type {
  AuditEntry,
  DraftView,
  IntakeView,
  SubmissionResult,
} from "../../shared/api";
import type { CaseView } from "../../shared/schemas/case";
import { getCaseItem } from "../../functions/store/case-store";
import { call, type ApiResponse } from "../support/events";
import { demoUser } from "../support/tokens";
import {
  createDraft,
  fullAnswers,
  newCase,
  newChild,
  scanTable,
  submit,
} from "../integration/fixtures";
import { readyDraftFor } from "./support";

/** Concurrent writers per version, and versions per test. */
const writers = 10;
const rounds = 3;

const tally = { updates: 0, wins: 0, conflicts: 0 };

function count(responses: ApiResponse[], status: number): number {
  return responses.filter((response) => response.status === status).length;
}

function record(responses: ApiResponse[]) {
  tally.updates += responses.length;
  tally.wins += responses.filter((r) => r.status >= 200 && r.status < 300).length;
  tally.conflicts += count(responses, 409);
}

const started = performance.now();

afterAll(() => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Concurrency: ${tally.updates} concurrent updates, ${tally.wins} won, ` +
      `${tally.conflicts} got 409, in ${seconds} s`,
  );
});

describe("concurrent updates", () => {
  it("records one decision only", async () => {
    const { caseId } = await newCase("parent");
    const version = (await getCaseItem(caseId))?.version as number;

    const attempts = Array.from({ length: writers }, (_, index) => ({
      as: index % 2 === 0 ? "coordinator" : "manager",
      outcome: index % 3 === 0 ? "refuse" : "assess",
      reasons: `Reasons from writer ${index}`,
    }));
    const responses = await Promise.all(
      attempts.map((attempt) =>
        call<CaseView>("recordDecision", {
          as: attempt.as,
          pathParameters: { caseId },
          body: {
            outcome: attempt.outcome,
            reasons: attempt.reasons,
            expectedVersion: version,
          },
        }),
      ),
    );
    record(responses);

    expect(count(responses, 200)).toBe(1);
    expect(count(responses, 409)).toBe(writers - 1);

    const winner = attempts[responses.findIndex((r) => r.status === 200)];
    const stored = await getCaseItem(caseId);
    expect(stored?.version).toBe(version + 1);
    expect(stored?.decision?.outcome).toBe(winner?.outcome);
    expect(stored?.decision?.reasons).toBe(winner?.reasons);
    expect(stored?.decision?.decidedBy).toBe(demoUser(winner?.as as string).userId);

    const trail = await call<AuditEntry[]>("listAudit", {
      as: "manager",
      pathParameters: { caseId },
    });
    const decisions = trail.body.filter((entry) => entry.action === "decision-recorded");
    expect(decisions).toHaveLength(1);
  });

  it("changes coordinator once per version", async () => {
    const { caseId } = await newCase("parent");
    const coordinators = ["coordinator", "coordinator2", "coordinator3"].map(
      (username) => demoUser(username).userId,
    );
    const winners: { to: string; reason: string }[] = [];

    for (let round = 0; round < rounds; round += 1) {
      const current = (await getCaseItem(caseId)) as NonNullable<
        Awaited<ReturnType<typeof getCaseItem>>
      >;
      const others = coordinators.filter((id) => id !== current.coordinatorId);
      const attempts = Array.from({ length: writers }, (_, index) => ({
        coordinatorId: others[index % others.length] as string,
        reason: `Round ${round} writer ${index}`,
      }));

      const responses = await Promise.all(
        attempts.map((attempt) =>
          call<CaseView>("changeCoordinator", {
            as: "business-support",
            pathParameters: { caseId },
            body: { ...attempt, expectedVersion: current.version },
          }),
        ),
      );
      record(responses);

      expect(count(responses, 200)).toBe(1);
      expect(count(responses, 409)).toBe(writers - 1);
      const winner = attempts[responses.findIndex((r) => r.status === 200)];
      winners.push({
        to: winner?.coordinatorId as string,
        reason: winner?.reason as string,
      });
    }

    const stored = (await getCaseItem(caseId)) as unknown as {
      version: number;
      coordinatorId: string;
      coordinatorChanges: { to: string; reason: string }[];
    };
    expect(stored.coordinatorId).toBe(winners[winners.length - 1]?.to);
    expect(stored.coordinatorChanges.map(({ to, reason }) => ({ to, reason }))).toEqual(
      winners,
    );
  });

  it("rejects a stale coordinator change", async () => {
    // A writer that read the case before another change landed must reload,
    // even when it requests the coordinator the other change chose.
    const { caseId } = await newCase("parent");
    const current = await getCaseItem(caseId);
    const target = ["coordinator", "coordinator2"]
      .map((username) => demoUser(username).userId)
      .find((id) => id !== current?.coordinatorId);
    const body = {
      coordinatorId: target,
      reason: "Caseload balancing",
      expectedVersion: current?.version,
    };

    const first = await call("changeCoordinator", {
      as: "business-support",
      pathParameters: { caseId },
      body,
    });
    const stale = await call("changeCoordinator", {
      as: "manager",
      pathParameters: { caseId },
      body,
    });
    record([first, stale]);

    expect(first.status).toBe(200);
    expect(stale.status).toBe(409);
  });

  it("saves a draft once per version", async () => {
    const draft = await createDraft("parent");
    let version = draft.version;
    const child = newChild();

    for (let round = 0; round < rounds; round += 1) {
      const texts = Array.from(
        { length: writers },
        (_, index) => `Round ${round} writer ${index}`,
      );
      const responses = await Promise.all(
        texts.map((text) => {
          const answers = fullAnswers(child, []);
          answers.needs = { cognitionAndLearning: text };
          return call<DraftView>("saveDraft", {
            as: "parent",
            pathParameters: { draftId: draft.draftId },
            body: { answers, expectedVersion: version },
          });
        }),
      );
      record(responses);

      expect(count(responses, 200)).toBe(1);
      expect(count(responses, 409)).toBe(writers - 1);

      const winner = texts[responses.findIndex((r) => r.status === 200)];
      const stored = await call<DraftView>("getDraft", {
        as: "parent",
        pathParameters: { draftId: draft.draftId },
      });
      expect(stored.body.version).toBe(version + 1);
      expect(stored.body.answers.needs?.cognitionAndLearning).toBe(winner);
      version = stored.body.version;
    }
  });

  it("submits a draft once", async () => {
    const child = newChild();
    const draft = await readyDraftFor("parent", child);

    const responses = await Promise.all(
      Array.from({ length: writers }, () => submit("parent", draft.draftId)),
    );
    record(responses);

    expect(count(responses, 201)).toBe(1);
    expect(count(responses, 200)).toBe(writers - 1);
    const references = new Set(
      responses.map((r) => (r.body as SubmissionResult).reference),
    );
    const caseIds = new Set(responses.map((r) => (r.body as SubmissionResult).caseId));
    expect(references.size).toBe(1);
    expect(caseIds.size).toBe(1);

    const items = await scanTable();
    const cases = items.filter(
      (item) =>
        item.SK === "CASE" &&
        (item.child as { firstName?: string } | undefined)?.firstName === child.firstName,
    );
    const markers = items.filter((item) => item.PK === `SUBMISSION#${draft.draftId}`);
    expect(cases).toHaveLength(1);
    expect(markers).toHaveLength(1);
  });

  it("resolves a duplicate once", async () => {
    const first = await newCase("parent");
    const second = await readyDraftFor("parent2", first.child, { schoolUrn: "100002" });
    const submitted = await submit("parent2", second.draftId);
    expect(submitted.body.possibleDuplicate).toBe(true);
    const intake = await call<IntakeView>("listIntake", { as: "business-support" });
    const duplicateId = intake.body.possibleDuplicates.find(
      (candidate) => candidate.reference === submitted.body.reference,
    )?.duplicateId as string;

    const responses = await Promise.all(
      Array.from({ length: writers }, (_, index) =>
        call("resolveDuplicate", {
          as: "business-support",
          pathParameters: { duplicateId },
          body: { resolution: index % 2 === 0 ? "same-child" : "different-child" },
        }),
      ),
    );
    record(responses);

    expect(count(responses, 200)).toBe(1);
    expect(count(responses, 409)).toBe(writers - 1);

    const items = await scanTable();
    const cases = items.filter(
      (item) =>
        item.SK === "CASE" &&
        (item.child as { firstName?: string } | undefined)?.firstName ===
          first.child.firstName,
    );
    const winner = responses.findIndex((r) => r.status === 200);
    // A different child becomes a second case; the same child adds none.
    expect(cases).toHaveLength(winner % 2 === 0 ? 1 : 2);
  });
});
