import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importJWK, SignJWT, type JWK } from "jose";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type {
  AuditEntry,
  CoordinatorView,
  DocumentLink,
  IntakeView,
  ProfileView,
} from "../../shared/api";
import type { CaseSummary, CaseView } from "../../shared/schemas/case";
import { dynamo } from "../../functions/commons/clients";
import { config } from "../../functions/commons/config";
import { childKeys, keys } from "../../functions/store/table";
import { localIssuer, localUserPool } from "../../infra/local/cognito";
import { call } from "../support/events";
import { demoUser, tokenFor } from "../support/tokens";
import {
  fixClock,
  newCase,
  newChild,
  outboxFor,
  readyDraft,
  realClock,
  submit,
} from "./fixtures";

beforeAll(() => fixClock("2026-03-02T10:00:00.000Z"));
afterAll(() => realClock());

function getCase(as: string, caseId: string) {
  return call<CaseView>("getCase", { as, pathParameters: { caseId } });
}

describe("case access", () => {
  it("hides a case from another parent", async () => {
    const { caseId } = await newCase("parent");

    const own = await getCase("parent", caseId);
    const other = await getCase("parent2", caseId);

    expect(own.status).toBe(200);
    expect(other.status).toBe(404);
    expect(other.body).toEqual({ message: "Case not found" });
  });

  it("answers a missing case alike", async () => {
    const missing = await getCase("parent", "00000000-0000-4000-8000-000000000000");

    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ message: "Case not found" });
  });

  it("treats a malformed id as missing", async () => {
    const result = await getCase("manager", "CASE#x");

    expect(result.status).toBe(404);
  });

  it("hides a case from another school", async () => {
    const { caseId } = await newCase("parent", { schoolUrn: "100001" });

    expect((await getCase("school", caseId)).status).toBe(200);
    expect((await getCase("school2", caseId)).status).toBe(404);
  });

  it("hides a case from unconnected specialists", async () => {
    const { caseId } = await newCase("parent");

    const result = await getCase("specialist", caseId);

    expect(result.status).toBe(404);
  });

  it("forbids roles without the route", async () => {
    const { caseId } = await newCase("parent");

    const result = await getCase("finance", caseId);

    expect(result.status).toBe(403);
  });

  it("records a denied read", async () => {
    const { caseId } = await newCase("parent");

    await getCase("parent2", caseId);

    const audit = await call<AuditEntry[]>("listAudit", {
      as: "manager",
      pathParameters: { caseId },
    });
    const denied = audit.body.find((entry) => entry.action === "access-denied");
    expect(denied?.actorId).toBe(demoUser("parent2").userId);
  });
});

describe("token checks", () => {
  it("rejects an expired token", async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 7200;
    const token = await tokenFor("parent", { issuedAt, expiresInSeconds: 3600 });

    const result = await call("listCases", { authorization: `Bearer ${token}` });

    expect(result.status).toBe(401);
  });

  it("rejects an ID token", async () => {
    // An ID token signed by the same key: right issuer, wrong token use.
    const stored = JSON.parse(
      readFileSync(process.env.LOCAL_KEY_FILE as string, "utf8"),
    ) as {
      kid: string;
      privateJwk: JWK;
    };
    const key = await importJWK(stored.privateJwk, "RS256");
    const user = demoUser("parent");
    const idToken = await new SignJWT({
      "cognito:groups": ["parent"],
      token_use: "id",
      email: user.email,
    })
      .setProtectedHeader({ alg: "RS256", kid: stored.kid })
      .setSubject(user.userId)
      .setIssuer(localIssuer)
      .setAudience(localUserPool.clientId)
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(key);

    const result = await call("listCases", { authorization: `Bearer ${idToken}` });

    expect(result.status).toBe(401);
  });

  it("rejects a missing token", async () => {
    const result = await call("listCases");

    expect(result.status).toBe(401);
  });
});

describe("audit trail", () => {
  it("grows on every read", async () => {
    const { caseId } = await newCase("parent");
    const trail = () =>
      call<AuditEntry[]>("listAudit", { as: "coordinator", pathParameters: { caseId } });
    const before = (await trail()).body.length;

    await getCase("parent", caseId);

    const after = await trail();
    // One entry for the case read, one for the previous look at the trail itself.
    expect(after.body.length).toBe(before + 2);
    expect(after.body[0]?.action).toBe("audit-viewed");
    expect(after.body[1]?.action).toBe("case-viewed");
    expect(after.body[1]?.actorId).toBe(demoUser("parent").userId);
    expect(after.body[1]?.actorName).toBe(demoUser("parent").name);
    expect(after.body[1]?.sourceIp).toBe("127.0.0.1");
    const times = after.body.map((entry) => entry.at);
    expect([...times].sort().reverse()).toEqual(times);
  });
});

describe("decision to assess", () => {
  it("lets one of two coordinators win", async () => {
    const { caseId } = await newCase("parent");
    const decide = (as: string) =>
      call<CaseView>("recordDecision", {
        as,
        pathParameters: { caseId },
        body: { outcome: "assess", expectedVersion: 1 },
      });

    const results = await Promise.all([decide("coordinator"), decide("coordinator2")]);

    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const view = await getCase("coordinator", caseId);
    expect(view.body.stage).toBe("assessing");
    expect(view.body.version).toBe(2);
  });

  it("rejects a stale version", async () => {
    const { caseId } = await newCase("parent");

    const result = await call("recordDecision", {
      as: "coordinator",
      pathParameters: { caseId },
      body: { outcome: "assess", expectedVersion: 7 },
    });

    expect(result.status).toBe(409);
  });

  it("requires reasons for refusal", async () => {
    const { caseId } = await newCase("parent");

    const result = await call<{ errors: { field: string }[] }>("recordDecision", {
      as: "coordinator",
      pathParameters: { caseId },
      body: { outcome: "refuse", expectedVersion: 1 },
    });

    expect(result.status).toBe(400);
    expect(result.body.errors.map((e) => e.field)).toEqual(["reasons"]);
  });

  it("refuses with a letter", async () => {
    const { caseId, reference, child } = await newCase("parent");

    const result = await call<CaseView>("recordDecision", {
      as: "coordinator",
      pathParameters: { caseId },
      body: {
        outcome: "refuse",
        reasons: "The school's SEN support is meeting the needs described.",
        decidedOn: "2026-03-02",
        expectedVersion: 1,
      },
    });

    expect(result.status).toBe(200);
    expect(result.body.stage).toBe("refused");
    const letterId = result.body.decision?.letterDocumentId as string;
    expect(letterId).toBeTruthy();

    // The child's open-child markers are released, so a new request can be made.
    for (const childKey of childKeys(child)) {
      const marker = await dynamo().send(
        new GetCommand({ TableName: config.tableName, Key: keys.openChild(childKey) }),
      );
      expect(marker.Item).toBeUndefined();
    }
    const stored = await dynamo().send(
      new GetCommand({ TableName: config.tableName, Key: keys.case(caseId) }),
    );
    expect(stored.Item?.GSI2PK).toBeUndefined();
    expect(stored.Item?.GSI3PK).toBe("STAGE#refused");

    const link = await call<DocumentLink>("getDocument", {
      as: "parent",
      pathParameters: { caseId, documentId: letterId },
    });
    expect(link.status).toBe(200);
    const letter = await (await fetch(link.body.url)).text();
    expect(letter).toContain(
      "The school&#39;s SEN support is meeting the needs described.",
    );
    expect(letter).toContain("First-tier Tribunal");
    expect(letter).toContain("which is Saturday 2 May 2026");
    expect(letter).toContain("SENDIASS");

    const messages = await outboxFor(reference);
    const refusal = messages.filter((m) => m.template === "decision-refuse");
    expect(refusal.map((m) => m.to)).toContain("sam.parent@example.com");
    for (const message of refusal) {
      expect(message.body).not.toContain(child.firstName);
      expect(message.body).not.toContain("Tribunal (Special");
    }

    const audit = await call<AuditEntry[]>("listAudit", {
      as: "manager",
      pathParameters: { caseId },
    });
    const actions = audit.body.map((entry) => entry.action);
    expect(actions).toContain("decision-recorded");
    expect(actions).toContain("document-downloaded");
  });

  it("lets a parent request again after refusal", async () => {
    const { caseId, child } = await newCase("parent");
    await call("recordDecision", {
      as: "coordinator",
      pathParameters: { caseId },
      body: { outcome: "refuse", reasons: "Needs are met.", expectedVersion: 1 },
    });

    const again = await submit("parent", (await readyDraft("parent", child)).draftId);

    expect(again.status).toBe(201);
    expect(again.body.possibleDuplicate).toBe(false);
  });
});

describe("case lists", () => {
  it("lists a family's own cases", async () => {
    const mine = await newCase("parent");
    const theirs = await newCase("parent2");

    const result = await call<CaseSummary[]>("listCases", { as: "parent" });

    expect(result.status).toBe(200);
    const ids = result.body.map((summary) => summary.caseId);
    expect(ids).toContain(mine.caseId);
    expect(ids).not.toContain(theirs.caseId);
    const summary = result.body.find((s) => s.caseId === mine.caseId);
    expect(summary?.nextDueDate).toBe("2026-04-13");
    expect(summary?.daysLeft).toBe(42);
    expect(summary?.nextMilestone).toBe("decision-to-assess");
  });

  it("lists a school's cases", async () => {
    const atSchool = await newCase("parent", { schoolUrn: "100002" });

    const school2 = await call<CaseSummary[]>("listCases", { as: "school2" });
    const school1 = await call<CaseSummary[]>("listCases", { as: "school" });

    expect(school2.body.map((s) => s.caseId)).toContain(atSchool.caseId);
    expect(school1.body.map((s) => s.caseId)).not.toContain(atSchool.caseId);
  });

  it("lists a coordinator's caseload", async () => {
    const created = await newCase("parent");
    const view = await getCase("manager", created.caseId);
    const owner = view.body.coordinator?.userId;
    const username = ["coordinator", "coordinator2", "coordinator3"].find(
      (name) => demoUser(name).userId === owner,
    ) as string;

    const result = await call<CaseSummary[]>("listCases", { as: username });

    expect(result.body.map((s) => s.caseId)).toContain(created.caseId);
    const dates = result.body.map((s) => s.nextDueDate ?? "9999");
    expect([...dates].sort()).toEqual(dates);
  });

  it("lists a stage for managers", async () => {
    const created = await newCase("parent");

    const deciding = await call<CaseSummary[]>("listCases", {
      as: "manager",
      query: { stage: "deciding" },
    });
    const wrong = await call("listCases", {
      as: "manager",
      query: { stage: "nonsense" },
    });

    expect(deciding.body.map((s) => s.caseId)).toContain(created.caseId);
    expect(deciding.body.every((s) => s.stage === "deciding")).toBe(true);
    expect(wrong.status).toBe(400);
  });
});

describe("coordinator change", () => {
  it("moves the case between caseloads", async () => {
    const { caseId } = await newCase("parent");
    const before = await getCase("business-support", caseId);
    const target = ["coordinator", "coordinator2", "coordinator3"]
      .map((name) => demoUser(name))
      .find((user) => user.userId !== before.body.coordinator?.userId);

    const result = await call<CaseView>("changeCoordinator", {
      as: "business-support",
      pathParameters: { caseId },
      body: {
        coordinatorId: target?.userId,
        reason: "Balancing caseloads",
        expectedVersion: before.body.version,
      },
    });
    const stale = await call("changeCoordinator", {
      as: "business-support",
      pathParameters: { caseId },
      body: {
        coordinatorId: before.body.coordinator?.userId,
        reason: "Back again",
        expectedVersion: before.body.version,
      },
    });

    expect(result.status).toBe(200);
    expect(result.body.coordinator?.userId).toBe(target?.userId);
    expect(stale.status).toBe(409);
    const stored = await dynamo().send(
      new GetCommand({ TableName: config.tableName, Key: keys.case(caseId) }),
    );
    expect(stored.Item?.GSI2PK).toBe(`COORDINATOR#${target?.userId}`);
  });

  it("rejects an unknown coordinator", async () => {
    const { caseId } = await newCase("parent");

    const result = await call("changeCoordinator", {
      as: "manager",
      pathParameters: { caseId },
      body: {
        coordinatorId: demoUser("parent").userId,
        reason: "Wrong person",
        expectedVersion: 1,
      },
    });

    expect(result.status).toBe(400);
  });
});

describe("intake", () => {
  it("resolves a different child", async () => {
    const child = newChild();
    const first = await submit("parent", (await readyDraft("parent", child)).draftId);
    const twin = { ...child, upn: child.upn };
    const second = await submit("parent2", (await readyDraft("parent2", twin)).draftId);
    expect(second.body.possibleDuplicate).toBe(true);
    const intake = await call<IntakeView>("listIntake", { as: "business-support" });
    const held = intake.body.possibleDuplicates.find(
      (d) => d.reference === second.body.reference,
    );

    const result = await call<{ caseId: string; reference: string }>("resolveDuplicate", {
      as: "business-support",
      pathParameters: { duplicateId: held?.duplicateId as string },
      body: { resolution: "different-child", note: "Different school records" },
    });
    const again = await call("resolveDuplicate", {
      as: "business-support",
      pathParameters: { duplicateId: held?.duplicateId as string },
      body: { resolution: "same-child" },
    });

    expect(result.status).toBe(200);
    expect(result.body.reference).toBe(second.body.reference);
    expect(result.body.caseId).not.toBe(first.body.caseId);
    expect(again.status).toBe(409);
    const view = await getCase("parent2", result.body.caseId);
    expect(view.status).toBe(200);
    expect(view.body.receivedDate).toBe("2026-03-02");
    const after = await call<IntakeView>("listIntake", { as: "business-support" });
    expect(after.body.possibleDuplicates.map((d) => d.duplicateId)).not.toContain(
      held?.duplicateId,
    );
    expect(after.body.newCases.map((c) => c.caseId)).toContain(result.body.caseId);
  });

  it("links the same child", async () => {
    const child = newChild();
    const first = await submit("parent", (await readyDraft("parent", child)).draftId);
    const second = await submit("school", (await readyDraft("school", child)).draftId);
    const intake = await call<IntakeView>("listIntake", { as: "business-support" });
    const held = intake.body.possibleDuplicates.find(
      (d) => d.reference === second.body.reference,
    );
    expect(held?.existingStage).toBe("deciding");

    const result = await call<{ caseId: string }>("resolveDuplicate", {
      as: "business-support",
      pathParameters: { duplicateId: held?.duplicateId as string },
      body: { resolution: "same-child" },
    });

    expect(result.status).toBe(200);
    expect(result.body.caseId).toBe(first.body.caseId);
    const audit = await call<AuditEntry[]>("listAudit", {
      as: "manager",
      pathParameters: { caseId: first.body.caseId as string },
    });
    expect(audit.body.map((entry) => entry.action)).toContain("duplicate-linked");
  });

  it("counts coordinators' open cases", async () => {
    const result = await call<CoordinatorView[]>("listCoordinators", {
      as: "business-support",
    });

    expect(result.status).toBe(200);
    expect(result.body.map((c) => c.userId).sort()).toEqual(
      ["coordinator", "coordinator2", "coordinator3"]
        .map((n) => demoUser(n).userId)
        .sort(),
    );
    expect(result.body.every((c) => c.openCases >= 0)).toBe(true);
  });
});

describe("profile", () => {
  it("names a school user's school", async () => {
    const result = await call<ProfileView>("getProfile", { as: "school" });

    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      userId: demoUser("school").userId,
      role: "school",
      name: demoUser("school").name,
      schoolUrn: "100001",
      schoolName: "Riverside Primary School",
    });
  });
});
