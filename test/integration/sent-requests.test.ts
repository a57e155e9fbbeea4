/**
 * What a family sees of a request once it is sent: the stored dates on the
 * draft, a held possible duplicate in their list, and, for a school, the
 * school's own name and URN in the stored answers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftView, ProfileView } from "../../shared/api";
import { call } from "../support/events";
import { fixClock, newChild, readyDraft, realClock, submit } from "./fixtures";

// Monday 2 March 2026, 09:30 in London.
beforeAll(() => fixClock("2026-03-02T09:30:00.000Z"));
afterAll(() => realClock());

async function getDraft(as: string, draftId: string) {
  return call<DraftView>("getDraft", { as, pathParameters: { draftId } });
}

describe("sent request", () => {
  it("keeps submission dates on draft", async () => {
    const draft = await readyDraft("parent", newChild());
    const sent = await submit("parent", draft.draftId);
    expect(sent.status).toBe(201);

    const after = await getDraft("parent", draft.draftId);
    expect(after.status).toBe(200);
    expect(after.body.submitted?.reference).toBe(sent.body.reference);
    expect(after.body.submitted?.result?.decisionToAssessDue).toBe("2026-04-13");
    expect(after.body.submitted?.result?.finalPlanDue).toBe(sent.body.finalPlanDue);
    expect(after.body.submitted?.result?.receivedDate).toBe("2026-03-02");
  });

  it("rejects saving a sent draft", async () => {
    const draft = await readyDraft("parent", newChild());
    expect((await submit("parent", draft.draftId)).status).toBe(201);

    const saved = await call("saveDraft", {
      as: "parent",
      pathParameters: { draftId: draft.draftId },
      body: { answers: draft.answers, expectedVersion: draft.version },
    });
    expect(saved.status).toBe(409);
  });

  it("lists held duplicate as checked", async () => {
    const child = newChild();
    const first = await submit("parent", (await readyDraft("parent", child)).draftId);
    expect(first.status).toBe(201);
    const secondDraft = await readyDraft("parent", child);
    const second = await submit("parent", secondDraft.draftId);
    expect(second.body.possibleDuplicate).toBe(true);

    const listed = await call<DraftView[]>("listDrafts", { as: "parent" });
    expect(listed.status).toBe(200);
    const held = listed.body.find((draft) => draft.draftId === secondDraft.draftId);
    expect(held?.submitted?.reference).toBe(second.body.reference);
    expect(held?.submitted?.caseId).toBeUndefined();
    expect(held?.submitted?.result?.receivedDate).toBe("2026-03-02");
    // A request that became a case is followed on the case list, not here.
    expect(listed.body.map((draft) => draft.submitted?.reference)).not.toContain(
      first.body.reference,
    );
  });

  it("stores school's own setting", async () => {
    const profile = await call<ProfileView>("getProfile", { as: "school2" });
    expect(profile.body.schoolUrn).toBe("100002");

    // The answers name another school, but the stored answers name the requesting school.
    const draft = await readyDraft("school2", newChild(), { schoolUrn: "100001" });
    const stored = await getDraft("school2", draft.draftId);
    expect(stored.body.answers.child?.currentSetting?.urn).toBe("100002");
    expect(stored.body.answers.child?.currentSetting?.name).toBe(profile.body.schoolName);
  });
});
