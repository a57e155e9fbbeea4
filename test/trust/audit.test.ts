/**
 * The audit trail. Every route that reads or changes a case, called
 * successfully, adds an entry to that case's trail naming who, in which
 * role, when, what and from which address. No route and no code path
 * updates or deletes an audit entry.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { IntakeView } from "../../shared/api";
import { londonDate } from "../../shared/dates";
import { routes, type RouteId } from "../../shared/routes";
import { repositoryRoot } from "../../infra/local/settings";
import { getCaseItem, listCaseDocuments } from "../../functions/store/case-store";
import { listAuditEntries } from "../../functions/store/audit";
import { call } from "../support/events";
import { demoUser } from "../support/tokens";
import { fixClock, newCase, newChild, realClock, submit } from "../integration/fixtures";
import { handlerExists, readyDraftFor } from "./support";
import {
  adviceOfKind,
  assessingCase,
  readyAdvice,
  requestAdvice,
  saveForm,
  submitAdvice,
} from "../integration/advice-fixtures";
import { smallPdf } from "../integration/fixtures";
import { setNotifier } from "../../functions/messages/notifier";

/** One successful call of a route that touches a case, and the entry it must leave. */
interface AuditedCall {
  as: string;
  /** The action recorded, or a pattern where the route's own action name is free. */
  action: string | RegExp;
  /** Makes the case and calls the route from `sourceIp`; returns the case and the status. */
  run(sourceIp: string): Promise<{ caseId: string; status: number }>;
}

async function caseVersion(caseId: string): Promise<number> {
  return (await getCaseItem(caseId))?.version as number;
}

async function assessedCase(): Promise<string> {
  const { caseId } = await newCase("parent");
  const decided = await call("recordDecision", {
    as: "coordinator",
    pathParameters: { caseId },
    body: { outcome: "assess", expectedVersion: await caseVersion(caseId) },
  });
  expect(decided.status).toBe(200);
  return caseId;
}

/**
 * Routes that touch no case are `null`, with the reason beside them, so a new
 * route has to be sorted into one list or the other.
 */
const audited: Record<RouteId, AuditedCall | null> = {
  // The caller's own profile, drafts and uploads: no case exists yet.
  getProfile: null,
  listDrafts: null,
  createDraft: null,
  getDraft: null,
  saveDraft: null,
  createDraftUpload: null,
  // Coordinators' names and caseload counts, not cases.
  listCoordinators: null,
  // The service-wide funding model, not a case.
  getFundingModel: null,
  saveFundingModel: null,
  // Failed deliveries across the service, with masked addresses and references only.
  listFailedNotifications: null,
  submitDraft: {
    as: "parent",
    action: "request-submitted",
    async run(sourceIp) {
      const draft = await readyDraftFor("parent", newChild());
      const submitted = await call<{ caseId: string }>("submitDraft", {
        as: "parent",
        pathParameters: { draftId: draft.draftId },
        sourceIp,
      });
      return { caseId: submitted.body.caseId, status: submitted.status };
    },
  },
  listCases: {
    as: "parent",
    action: "case-listed",
    async run(sourceIp) {
      const { caseId } = await newCase("parent");
      const listed = await call("listCases", { as: "parent", sourceIp });
      return { caseId, status: listed.status };
    },
  },
  getCase: {
    as: "school",
    action: "case-viewed",
    async run(sourceIp) {
      const { caseId } = await newCase("parent", { schoolUrn: "100001" });
      const read = await call("getCase", {
        as: "school",
        pathParameters: { caseId },
        sourceIp,
      });
      return { caseId, status: read.status };
    },
  },
  getCaseRequest: {
    as: "coordinator",
    action: "request-viewed",
    async run(sourceIp) {
      const { caseId } = await newCase("parent");
      const read = await call("getCaseRequest", {
        as: "coordinator",
        pathParameters: { caseId },
        sourceIp,
      });
      return { caseId, status: read.status };
    },
  },
  recordDecision: {
    as: "coordinator",
    action: "decision-recorded",
    async run(sourceIp) {
      const { caseId } = await newCase("parent");
      const decided = await call("recordDecision", {
        as: "coordinator",
        pathParameters: { caseId },
        body: { outcome: "assess", expectedVersion: await caseVersion(caseId) },
        sourceIp,
      });
      return { caseId, status: decided.status };
    },
  },
  changeCoordinator: {
    as: "business-support",
    action: "coordinator-changed",
    async run(sourceIp) {
      const { caseId } = await newCase("parent");
      const current = (await getCaseItem(caseId))?.coordinatorId;
      const coordinatorId = ["coordinator", "coordinator2"]
        .map((username) => demoUser(username).userId)
        .find((id) => id !== current);
      const changed = await call("changeCoordinator", {
        as: "business-support",
        pathParameters: { caseId },
        body: {
          coordinatorId,
          reason: "Caseload balancing",
          expectedVersion: await caseVersion(caseId),
        },
        sourceIp,
      });
      return { caseId, status: changed.status };
    },
  },
  listAudit: {
    as: "manager",
    action: "audit-viewed",
    async run(sourceIp) {
      const { caseId } = await newCase("parent");
      const listed = await call("listAudit", {
        as: "manager",
        pathParameters: { caseId },
        sourceIp,
      });
      return { caseId, status: listed.status };
    },
  },
  getDocument: {
    as: "parent",
    action: "document-downloaded",
    async run(sourceIp) {
      const { caseId } = await newCase("parent");
      const documentId = (await listCaseDocuments(caseId))[0]?.documentId as string;
      const link = await call("getDocument", {
        as: "parent",
        pathParameters: { caseId, documentId },
        sourceIp,
      });
      return { caseId, status: link.status };
    },
  },
  listIntake: {
    as: "business-support",
    action: "case-listed",
    async run(sourceIp) {
      const { caseId } = await newCase("parent");
      const listed = await call("listIntake", { as: "business-support", sourceIp });
      return { caseId, status: listed.status };
    },
  },
  resolveDuplicate: {
    as: "business-support",
    action: "duplicate-linked",
    async run(sourceIp) {
      const first = await newCase("parent");
      const second = await readyDraftFor("parent2", first.child, { schoolUrn: "100002" });
      const submitted = await submit("parent2", second.draftId);
      const intake = await call<IntakeView>("listIntake", { as: "business-support" });
      const duplicateId = intake.body.possibleDuplicates.find(
        (candidate) => candidate.reference === submitted.body.reference,
      )?.duplicateId as string;

      const resolved = await call("resolveDuplicate", {
        as: "business-support",
        pathParameters: { duplicateId },
        body: { resolution: "same-child" },
        sourceIp,
      });
      return { caseId: first.caseId, status: resolved.status };
    },
  },
  recordException: {
    as: "coordinator",
    action: "exception-recorded",
    async run(sourceIp) {
      const caseId = await assessedCase();
      const today = londonDate(new Date());
      const recorded = await call("recordException", {
        as: "coordinator",
        pathParameters: { caseId },
        body: {
          kind: "personal-circumstances",
          startsOn: today,
          endsOn: today,
          reason: "The family were in hospital",
          expectedVersion: await caseVersion(caseId),
        },
        sourceIp,
      });
      return { caseId, status: recorded.status };
    },
  },
  listDeadlines: {
    as: "manager",
    action: "case-listed",
    async run(sourceIp) {
      // A request received 38 days ago has its decision due within the week (reg 5(1): 6 weeks).
      fixClock(new Date(Date.now() - 38 * 24 * 3600 * 1000).toISOString());
      let caseId: string;
      try {
        caseId = (await newCase("parent")).caseId;
      } finally {
        realClock();
      }
      // The state machine's check task writes the case's open obligations, as on each wake.
      const { checkCase } = await import("../../functions/timeline/check-case");
      await checkCase(caseId, new Date());
      const listed = await call("listDeadlines", { as: "manager", sourceIp });
      return { caseId, status: listed.status };
    },
  },
  requestAdvice: {
    as: "coordinator",
    action: "advice-requested",
    async run(sourceIp) {
      const { caseId } = await assessingCase();
      const requested = await call("requestAdvice", {
        as: "coordinator",
        pathParameters: { caseId },
        body: {
          requests: [{ kind: "psychology" }],
          expectedVersion: await caseVersion(caseId),
        },
        sourceIp,
      });
      return { caseId, status: requested.status };
    },
  },
  listCaseAdvice: {
    as: "manager",
    action: "case-viewed",
    async run(sourceIp) {
      const { caseId } = await assessingCase();
      const listed = await call("listCaseAdvice", {
        as: "manager",
        pathParameters: { caseId },
        sourceIp,
      });
      return { caseId, status: listed.status };
    },
  },
  // The inbox shows each child's name, so each listed case records the read.
  listAdviceInbox: {
    as: "specialist",
    action: "case-listed",
    async run(sourceIp) {
      const { caseId } = await assessingCase();
      await requestAdvice(caseId, [{ kind: "psychology" }]);
      const listed = await call("listAdviceInbox", { as: "specialist", sourceIp });
      return { caseId, status: listed.status };
    },
  },
  getAdvice: {
    as: "specialist",
    action: "case-viewed",
    async run(sourceIp) {
      const { caseId } = await assessingCase();
      const advice = adviceOfKind(
        await requestAdvice(caseId, [{ kind: "psychology" }]),
        "psychology",
      );
      const read = await call("getAdvice", {
        as: "specialist",
        pathParameters: { caseId, adviceId: advice.adviceId },
        sourceIp,
      });
      return { caseId, status: read.status };
    },
  },
  saveAdvice: {
    as: "specialist",
    action: /advice/,
    async run(sourceIp) {
      const { caseId } = await assessingCase();
      const advice = adviceOfKind(
        await requestAdvice(caseId, [{ kind: "psychology" }]),
        "psychology",
      );
      const saved = await call("saveAdvice", {
        as: "specialist",
        pathParameters: { caseId, adviceId: advice.adviceId },
        body: { form: {}, expectedVersion: advice.version },
        sourceIp,
      });
      return { caseId, status: saved.status };
    },
  },
  createAdviceUpload: {
    as: "specialist",
    action: /advice|document/,
    async run(sourceIp) {
      const { caseId } = await assessingCase();
      const advice = adviceOfKind(
        await requestAdvice(caseId, [{ kind: "psychology" }]),
        "psychology",
      );
      const ticket = await call("createAdviceUpload", {
        as: "specialist",
        pathParameters: { caseId, adviceId: advice.adviceId },
        body: {
          fileName: "report.pdf",
          contentType: "application/pdf",
          sizeBytes: smallPdf().length,
          writtenOn: "2025-11-10",
        },
        sourceIp,
      });
      return { caseId, status: ticket.status };
    },
  },
  submitAdvice: {
    as: "specialist",
    action: "advice-submitted",
    async run(sourceIp) {
      const { caseId } = await assessingCase();
      const advice = adviceOfKind(
        await requestAdvice(caseId, [{ kind: "psychology" }]),
        "psychology",
      );
      const ready = await readyAdvice("specialist", advice);
      const submitted = await call("submitAdvice", {
        as: "specialist",
        pathParameters: { caseId, adviceId: advice.adviceId },
        body: { expectedVersion: ready.version },
        sourceIp,
      });
      return { caseId, status: submitted.status };
    },
  },
  agreeAdviceReuse: {
    as: "coordinator",
    action: "advice-reuse-agreed",
    async run(sourceIp) {
      const { caseId } = await assessingCase();
      const advice = adviceOfKind(
        await requestAdvice(caseId, [{ kind: "psychology" }]),
        "psychology",
      );
      const ready = await readyAdvice("specialist", advice);
      const reused = await saveForm("specialist", ready, {
        ...ready.form,
        reusesExistingAdvice: true,
      });
      const agreed = await call("agreeAdviceReuse", {
        as: "coordinator",
        pathParameters: { caseId, adviceId: advice.adviceId },
        body: { agrees: true, expectedVersion: reused.body.version },
        sourceIp,
      });
      return { caseId, status: agreed.status };
    },
  },
  setFundingBand: {
    as: "coordinator",
    action: "funding-band-set",
    async run(sourceIp) {
      const { caseId } = await assessingCase();
      const advice = adviceOfKind(
        await requestAdvice(caseId, [{ kind: "psychology" }]),
        "psychology",
      );
      const ready = await readyAdvice("specialist", advice);
      expect((await submitAdvice("specialist", ready)).status).toBe(200);
      const set = await call("setFundingBand", {
        as: "coordinator",
        pathParameters: { caseId },
        body: { band: "B", expectedVersion: await caseVersion(caseId) },
        sourceIp,
      });
      return { caseId, status: set.status };
    },
  },
  listThread: {
    as: "parent",
    action: /viewed|message/,
    async run(sourceIp) {
      const { caseId } = await newCase("parent");
      const read = await call("listThread", {
        as: "parent",
        pathParameters: { caseId },
        sourceIp,
      });
      return { caseId, status: read.status };
    },
  },
  postMessage: {
    as: "parent",
    action: /message/,
    async run(sourceIp) {
      const { caseId } = await newCase("parent");
      const posted = await call("postMessage", {
        as: "parent",
        pathParameters: { caseId },
        body: { body: "Please call me about the next meeting." },
        sourceIp,
      });
      return { caseId, status: posted.status };
    },
  },
  getContactPreferences: {
    as: "parent",
    action: /viewed|preferences/,
    async run(sourceIp) {
      const { caseId } = await newCase("parent");
      const read = await call("getContactPreferences", {
        as: "parent",
        pathParameters: { caseId },
        sourceIp,
      });
      return { caseId, status: read.status };
    },
  },
  saveContactPreferences: {
    as: "parent",
    action: /preferences|contact/,
    async run(sourceIp) {
      const { caseId } = await newCase("parent");
      const saved = await call("saveContactPreferences", {
        as: "parent",
        pathParameters: { caseId },
        body: { channel: "email", language: "en", shareMessagesWithSchool: true },
        sourceIp,
      });
      return { caseId, status: saved.status };
    },
  },
  listCaseNotifications: {
    as: "coordinator",
    action: /viewed|notification/,
    async run(sourceIp) {
      const { caseId } = await newCase("parent");
      const listed = await call("listCaseNotifications", {
        as: "coordinator",
        pathParameters: { caseId },
        sourceIp,
      });
      return { caseId, status: listed.status };
    },
  },
  retryNotification: {
    as: "coordinator",
    action: /notification/,
    async run(sourceIp) {
      // With email and SMS down, the real sender retries each delivery until it marks it failed.
      const failing = {
        send: async () => {
          throw new Error("Simulated SES outage");
        },
      };
      setNotifier(failing);
      let caseId: string;
      try {
        caseId = (await newCase("parent")).caseId;
      } finally {
        setNotifier(undefined);
      }
      const listed = await call<{ notificationId: string; status: string }[]>(
        "listCaseNotifications",
        { as: "coordinator", pathParameters: { caseId } },
      );
      const pending = listed.body.find((notification) => notification.status !== "sent");
      expect(pending, JSON.stringify(listed.body.map((n) => n.status))).toBeDefined();
      const notificationId = pending?.notificationId as string;
      const { sendNotification, maxAttempts } =
        await import("../../functions/messages/sender");
      const { notificationKey } =
        await import("../../functions/messages/notification-store");
      const deadLetters = { put: async () => undefined };
      for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
        await sendNotification(notificationKey(`CASE#${caseId}`, notificationId), {
          notifier: failing,
          deadLetters: deadLetters as never,
          now: new Date(Date.now() + attempt * 2 * 3600 * 1000),
        });
      }

      const retried = await call("retryNotification", {
        as: "coordinator",
        pathParameters: { caseId, notificationId },
        sourceIp,
      });
      return { caseId, status: retried.status };
    },
  },
};

let checked = 0;

afterAll(() => {
  console.log(`Audit: ${checked} case routes leave a complete audit entry`);
});

describe("audit trail", () => {
  it("classifies every route", () => {
    expect(Object.keys(audited).sort()).toEqual(routes.map((route) => route.id).sort());
    const caseRoutes = routes.filter((route) => route.access === "case").map((r) => r.id);
    for (const id of caseRoutes) expect(audited[id], id).not.toBeNull();
  });

  routes.forEach((route, index) => {
    const entry = audited[route.id];
    if (!entry) return;

    it.skipIf(!handlerExists(route))(`${route.id} leaves an entry`, async () => {
      // An address from the documentation range (RFC 5737), one per route.
      const sourceIp = `198.51.100.${index + 1}`;
      const before = new Date().toISOString();
      const { caseId, status } = await entry.run(sourceIp);
      expect(status).toBeGreaterThanOrEqual(200);
      expect(status).toBeLessThan(300);

      const trail = await listAuditEntries(caseId);
      const mine = trail.filter((item) => item.sourceIp === sourceIp);
      expect(mine.length).toBeGreaterThanOrEqual(1);
      const matching = mine.filter((item) =>
        typeof entry.action === "string"
          ? item.action === entry.action
          : entry.action.test(item.action),
      );
      expect(
        matching.map((item) => item.action),
        `actions ${mine.map((i) => i.action)}`,
      ).not.toEqual([]);
      for (const item of mine) {
        expect(item.actorId).toBe(demoUser(entry.as).userId);
        expect(item.role).toBe(demoUser(entry.as).role);
        expect(item.at >= before).toBe(true);
        expect(Number.isNaN(Date.parse(item.at))).toBe(false);
      }
      checked += 1;
    });
  });

  it("has no route changing entries", () => {
    const changing = routes.filter(
      (route) =>
        route.method !== "GET" && /audit/i.test(`${route.path} ${route.handler}`),
    );
    expect(changing).toEqual([]);
  });

  /** Lists the functions' source files, without tests. */
  function sourceFiles(directory: string): string[] {
    return readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
    });
  }

  it("never updates or deletes entries", () => {
    const functionsDirectory = join(repositoryRoot, "functions");
    const offending: string[] = [];

    for (const file of sourceFiles(functionsDirectory)) {
      const text = readFileSync(file, "utf8");
      const name = relative(repositoryRoot, file);

      // Each update or delete, with the text up to its key, must not name an audit key.
      const writes =
        /(UpdateCommand|DeleteCommand|UpdateItemCommand|DeleteItemCommand|Update:\s*\{|Delete:\s*\{|DeleteRequest)[\s\S]{0,400}?Key/g;
      for (const match of text.matchAll(writes)) {
        const start = match.index ?? 0;
        const keyExpression = text.slice(start, start + match[0].length + 120);
        if (/AUDIT#|caseAudit|auditKey/i.test(keyExpression)) {
          offending.push(`${name}: ${keyExpression.split("\n")[0]}`);
        }
      }

      // Audit keys are built in the table design and the audit store only.
      const builtHere = /AUDIT#|keys\.caseAudit/.test(text);
      const allowed = ["functions/store/table.ts", "functions/store/audit.ts"];
      if (builtHere && !allowed.includes(name))
        offending.push(`${name}: builds audit keys`);
    }

    expect(offending).toEqual([]);
  });

  it("writes entries only once", () => {
    // Every single-item audit write is conditional, so it can never overwrite.
    const text = readFileSync(join(repositoryRoot, "functions/store/audit.ts"), "utf8");
    const puts = [
      ...text.matchAll(/Item: auditItem\(event\),\s*ConditionExpression: "([^"]+)"/g),
    ];
    expect(puts.length).toBeGreaterThanOrEqual(2);
    for (const put of puts) expect(put[1]).toBe("attribute_not_exists(PK)");
  });
});
