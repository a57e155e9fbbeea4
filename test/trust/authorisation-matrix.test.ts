/**
 * The authorisation matrix: every route of the route table, called by every
 * role and by nobody, against a thing the caller is connected to and one they
 * are not. The expected outcome of each cell comes from the route's declared
 * roles and access rule and from `canAccessCase` with the target case's
 * recorded connections, never from a hand-written table, so a route added
 * later is checked as soon as it has a fixture (and the fixture map's type
 * makes a missing fixture a compile error).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEntry, IntakeView } from "../../shared/api";
import { canAccessCase, type CaseConnections } from "../../shared/permissions";
import type { Role } from "../../shared/roles";
import { routes, type Route, type RouteId } from "../../shared/routes";
import { getCaseItem, listCaseDocuments } from "../../functions/store/case-store";
import { call } from "../support/events";
import { demoUser } from "../support/tokens";
import {
  createDraft,
  newCase,
  newChild,
  submit,
  type Child,
} from "../integration/fixtures";
import {
  bearerFor,
  callerFor,
  callers,
  caseConnections,
  connectToCase,
  handlerExists,
  httpCall,
  mapLimit,
  principalOf,
  readyDraftFor,
  type Caller,
} from "./support";

/** What one cell sends, and what it acts on. */
interface CellTarget {
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** The owner of the draft a `draft-owner` route acts on. */
  draftOwnerId?: string;
  /** The connections of the case a `case` route acts on. */
  connections?: CaseConnections;
  /**
   * Statuses that also show the caller got past the access checks: a 409 from
   * a route whose target is not in the state its action needs.
   */
  alsoAllowed?: number[];
}

interface Cell {
  caller: Caller | null;
  connected: boolean;
  /** Whether the route allows the caller's role. Fixtures make fresh targets only then. */
  roleAllowed: boolean;
}

type Fixture = (cell: Cell) => Promise<CellTarget>;

/** A case connected to every role's caller, and one connected to none of the non-staff callers. */
interface SharedCases {
  connected: { caseId: string; documentId: string };
  other: { caseId: string; documentId: string };
  duplicateId: string;
}

let shared: SharedCases;

/** Advice requested on the shared cases, by the adviser's username. */
interface SharedAdvice {
  connected: Map<string, string>;
  other: string;
}

let advice: SharedAdvice;

const connectedPeople = {
  familyUserIds: [demoUser("young-person").userId],
  adviserIds: [demoUser("specialist").userId],
  supporterIds: [demoUser("supporter").userId],
};

/**
 * Makes a case. The connected one is requested by the demo parent for a child
 * at school 100001, and the demo young person, specialist and supporter are
 * connected to it. The other is requested by a second parent for a child at
 * school 100002.
 */
async function makeCase(connected: boolean, child?: Child) {
  if (!connected) {
    const created = await newCase("parent2", { schoolUrn: "100002" });
    return created;
  }
  const created = child
    ? await submitFor("parent", child)
    : await newCase("parent", { schoolUrn: "100001" });
  await connectToCase(created.caseId, connectedPeople);
  return created;
}

async function submitFor(as: string, child: Child) {
  const draft = await readyDraftFor(as, child, { schoolUrn: "100001" });
  const submitted = await submit(as, draft.draftId);
  expect(submitted.status).toBe(201);
  return {
    caseId: submitted.body.caseId as string,
    reference: submitted.body.reference,
    child,
  };
}

async function firstDocumentId(caseId: string): Promise<string> {
  const documents = await listCaseDocuments(caseId);
  const first = documents[0];
  if (!first) throw new Error(`Case ${caseId} has no documents`);
  return first.documentId;
}

/** Makes an open possible duplicate: a second request for the child of an open case. */
async function makeDuplicate(): Promise<string> {
  const child = newChild();
  await newCaseForChild(child);
  const draft = await readyDraftFor("parent2", child, { schoolUrn: "100002" });
  const submitted = await submit("parent2", draft.draftId);
  expect(submitted.body.possibleDuplicate).toBe(true);

  const intake = await call<IntakeView>("listIntake", { as: "business-support" });
  const duplicate = intake.body.possibleDuplicates.find(
    (candidate) => candidate.reference === submitted.body.reference,
  );
  if (!duplicate) throw new Error(`No possible duplicate ${submitted.body.reference}`);
  return duplicate.duplicateId;
}

async function newCaseForChild(child: Child) {
  const draft = await readyDraftFor("parent", child, { schoolUrn: "100001" });
  const submitted = await submit("parent", draft.draftId);
  expect(submitted.status).toBe(201);
}

/** Returns the owner of the draft a cell acts on: the caller, or another requester. */
function draftOwner(cell: Cell): string {
  const ownsDrafts = ["parent", "young-person", "school"].includes(
    cell.caller?.role ?? "",
  );
  if (cell.connected && cell.caller && ownsDrafts) return cell.caller.username;
  return cell.caller?.username === "parent" ? "parent2" : "parent";
}

async function draftTarget(cell: Cell, ready: boolean): Promise<CellTarget> {
  const owner = draftOwner(cell);
  const draft = ready ? await readyDraftFor(owner, newChild()) : await createDraft(owner);
  return {
    pathParameters: { draftId: draft.draftId },
    draftOwnerId: demoUser(owner).userId,
    body: {
      answers: { requester: { type: draft.requesterType } },
      expectedVersion: draft.version,
    },
  };
}

/** Returns a case for a route that changes it, made fresh for roles the route allows. */
async function caseToChange(
  cell: Cell,
  options: { assessing?: boolean } = {},
): Promise<{ caseId: string; version: number }> {
  const caseId = cell.roleAllowed
    ? (await makeCase(cell.connected)).caseId
    : cell.connected
      ? shared.connected.caseId
      : shared.other.caseId;
  if (cell.roleAllowed && options.assessing) await decideToAssess(caseId);
  const caseItem = await getCaseItem(caseId);
  if (!caseItem) throw new Error(`Case ${caseId} is missing`);
  return { caseId, version: caseItem.version };
}

/** Moves a case to assessment, where exceptions to the 16- and 20-week limits apply. */
async function decideToAssess(caseId: string): Promise<void> {
  const caseItem = await getCaseItem(caseId);
  const decided = await call("recordDecision", {
    as: "coordinator",
    pathParameters: { caseId },
    body: { outcome: "assess", expectedVersion: caseItem?.version },
  });
  expect(decided.status).toBe(200);
}

interface AdviceSummary {
  adviceId: string;
  adviserId: string;
  version: number;
}

/** Returns the case's advice requests through the staff route, in either response shape. */
async function caseAdvice(caseId: string): Promise<AdviceSummary[]> {
  const listed = await call<AdviceSummary[] | { advice: AdviceSummary[] }>(
    "listCaseAdvice",
    {
      as: "coordinator",
      pathParameters: { caseId },
    },
  );
  expect(listed.status).toBe(200);
  return Array.isArray(listed.body) ? listed.body : listed.body.advice;
}

/** Asks for advice on a case, as a coordinator does once assessment starts. */
async function requestAdvice(caseId: string, requests: unknown[]): Promise<void> {
  const requested = await call("requestAdvice", {
    as: "coordinator",
    pathParameters: { caseId },
    body: { requests, expectedVersion: (await getCaseItem(caseId))?.version },
  });
  expect(requested.status, JSON.stringify(requested.body)).toBeLessThan(300);
}

/**
 * Asks the connected case's family, school and specialist for advice, and
 * the other case's family only, so that nobody else becomes connected to it.
 */
async function makeSharedAdvice(): Promise<SharedAdvice> {
  await decideToAssess(shared.connected.caseId);
  await decideToAssess(shared.other.caseId);
  const advisers = ["parent", "young-person", "school", "specialist"];
  const kinds = ["family", "family", "education", "health"];
  await requestAdvice(
    shared.connected.caseId,
    advisers.map((username, index) => ({
      kind: kinds[index],
      adviserId: demoUser(username).userId,
    })),
  );
  await requestAdvice(shared.other.caseId, [
    { kind: "family", adviserId: demoUser("parent2").userId },
  ]);

  const connected = new Map<string, string>();
  const requested = await caseAdvice(shared.connected.caseId);
  for (const username of advisers) {
    const found = requested.find((item) => item.adviserId === demoUser(username).userId);
    if (!found) throw new Error(`No advice requested from ${username}`);
    connected.set(username, found.adviceId);
  }
  const other = (await caseAdvice(shared.other.caseId))[0]?.adviceId;
  if (!other) throw new Error("No advice requested on the other case");
  return { connected, other };
}

/** Returns the advice a cell acts on: the caller's own where they are asked for any. */
async function adviceTarget(cell: Cell): Promise<CellTarget & { version: number }> {
  const caseId = sharedCase(cell).caseId;
  const adviceId = cell.connected
    ? (advice.connected.get(cell.caller?.username ?? "") ??
      (advice.connected.get("parent") as string))
    : advice.other;
  const version =
    (await caseAdvice(caseId)).find((item) => item.adviceId === adviceId)?.version ?? 1;
  return {
    ...(await withConnections(caseId, { pathParameters: { caseId, adviceId } })),
    version,
  };
}

/**
 * Records the family's agreement that the school joins the case's message
 * thread, which the connected school needs on top of its connection.
 */
async function shareThreadWithSchool(caseId: string): Promise<void> {
  const saved = await call("saveContactPreferences", {
    as: "parent",
    pathParameters: { caseId },
    body: { channel: "email", language: "en", shareMessagesWithSchool: true },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
}

/** Returns one notification of a case, as staff see them. */
async function notificationOf(caseId: string): Promise<string> {
  const listed = await call<{ notificationId: string }[]>("listCaseNotifications", {
    as: "coordinator",
    pathParameters: { caseId },
  });
  const first = listed.body[0];
  if (!first) throw new Error(`Case ${caseId} has no notifications`);
  return first.notificationId;
}

function sharedCase(cell: Cell) {
  return cell.connected ? shared.connected : shared.other;
}

async function withConnections(
  caseId: string,
  target: Omit<CellTarget, "connections">,
): Promise<CellTarget> {
  return { ...target, connections: await caseConnections(caseId) };
}

const fixtures: Record<RouteId, Fixture> = {
  getProfile: async () => ({}),
  listDrafts: async () => ({}),
  createDraft: async (cell) => ({
    body: { requesterType: cell.roleAllowed ? cell.caller?.role : "parent" },
  }),
  getDraft: (cell) => draftTarget(cell, false),
  saveDraft: (cell) => draftTarget(cell, false),
  createDraftUpload: async (cell) => ({
    ...(await draftTarget(cell, false)),
    body: {
      fileName: "school-report.pdf",
      contentType: "application/pdf",
      sizeBytes: 2048,
      documentType: "school-report",
    },
  }),
  submitDraft: async (cell) => {
    const target = await draftTarget(cell, cell.roleAllowed);
    return { ...target, body: undefined };
  },
  listCases: async () => ({}),
  getCase: async (cell) =>
    withConnections(sharedCase(cell).caseId, {
      pathParameters: { caseId: sharedCase(cell).caseId },
    }),
  getCaseRequest: async (cell) =>
    withConnections(sharedCase(cell).caseId, {
      pathParameters: { caseId: sharedCase(cell).caseId },
    }),
  recordDecision: async (cell) => {
    const { caseId, version } = await caseToChange(cell);
    return withConnections(caseId, {
      pathParameters: { caseId },
      body: { outcome: "assess", expectedVersion: version },
    });
  },
  changeCoordinator: async (cell) => {
    const { caseId, version } = await caseToChange(cell);
    const current = (await getCaseItem(caseId))?.coordinatorId;
    const coordinatorId = ["coordinator", "coordinator2", "coordinator3"]
      .map((username) => demoUser(username).userId)
      .find((userId) => userId !== current);
    return withConnections(caseId, {
      pathParameters: { caseId },
      body: { coordinatorId, reason: "Caseload balancing", expectedVersion: version },
    });
  },
  listAudit: async (cell) =>
    withConnections(sharedCase(cell).caseId, {
      pathParameters: { caseId: sharedCase(cell).caseId },
    }),
  getDocument: async (cell) =>
    withConnections(sharedCase(cell).caseId, {
      pathParameters: {
        caseId: sharedCase(cell).caseId,
        documentId: sharedCase(cell).documentId,
      },
    }),
  listIntake: async () => ({}),
  resolveDuplicate: async (cell) => ({
    pathParameters: {
      duplicateId: cell.roleAllowed ? await makeDuplicate() : shared.duplicateId,
    },
    body: { resolution: "same-child", note: "Checked the date of birth with the school" },
  }),
  listCoordinators: async () => ({}),
  recordException: async (cell) => {
    const { caseId, version } = await caseToChange(cell, { assessing: true });
    const caseItem = await getCaseItem(caseId);
    return withConnections(caseId, {
      pathParameters: { caseId },
      body: {
        kind: "personal-circumstances",
        startsOn: caseItem?.receivedDate,
        endsOn: caseItem?.receivedDate,
        reason: "The family were in hospital",
        expectedVersion: version,
      },
    });
  },
  listDeadlines: async () => ({}),
  requestAdvice: async (cell) => {
    const { caseId, version } = await caseToChange(cell, { assessing: true });
    return withConnections(caseId, {
      pathParameters: { caseId },
      body: {
        requests: [
          {
            kind: "other",
            adviserId: demoUser("specialist").userId,
            note: "Teacher of the deaf",
          },
        ],
        expectedVersion: version,
      },
    });
  },
  listCaseAdvice: async (cell) =>
    withConnections(sharedCase(cell).caseId, {
      pathParameters: { caseId: sharedCase(cell).caseId },
    }),
  listAdviceInbox: async () => ({}),
  getAdvice: (cell) => adviceTarget(cell),
  saveAdvice: async (cell) => {
    const target = await adviceTarget(cell);
    return { ...target, body: { form: {}, expectedVersion: target.version } };
  },
  createAdviceUpload: async (cell) => ({
    ...(await adviceTarget(cell)),
    body: {
      fileName: "hearing-report.pdf",
      contentType: "application/pdf",
      sizeBytes: 2048,
      writtenOn: "2025-11-10",
    },
  }),
  // Advice can be sent only once its form is complete, so an empty one gets past access to a 400 or 409.
  submitAdvice: async (cell) => {
    const target = await adviceTarget(cell);
    return {
      ...target,
      body: { expectedVersion: target.version },
      alsoAllowed: [400, 409],
    };
  },
  // Reuse needs advice that already exists elsewhere, so a fresh request gets past access to a 409.
  agreeAdviceReuse: async (cell) => {
    const target = await adviceTarget(cell);
    return {
      ...target,
      body: { agrees: true, expectedVersion: target.version },
      alsoAllowed: [400, 409],
    };
  },
  // A band can be set only once advice suggests one, so a new case gets past access to a 409.
  setFundingBand: async (cell) => {
    const { caseId, version } = await caseToChange(cell, { assessing: true });
    return withConnections(caseId, {
      pathParameters: { caseId },
      body: {
        band: "B",
        reason: "Matches the needs described",
        expectedVersion: version,
      },
      alsoAllowed: [400, 409],
    });
  },
  getFundingModel: async () => ({}),
  listThread: async (cell) =>
    withConnections(sharedCase(cell).caseId, {
      pathParameters: { caseId: sharedCase(cell).caseId },
    }),
  postMessage: async (cell) =>
    withConnections(sharedCase(cell).caseId, {
      pathParameters: { caseId: sharedCase(cell).caseId },
      body: { body: "Please call me about the next meeting." },
    }),
  getContactPreferences: async (cell) =>
    withConnections(sharedCase(cell).caseId, {
      pathParameters: { caseId: sharedCase(cell).caseId },
    }),
  // The school must stay in the thread for the other cells, so the agreement is kept.
  saveContactPreferences: async (cell) =>
    withConnections(sharedCase(cell).caseId, {
      pathParameters: { caseId: sharedCase(cell).caseId },
      body: { channel: "email", language: "en", shareMessagesWithSchool: true },
    }),
  listCaseNotifications: async (cell) =>
    withConnections(sharedCase(cell).caseId, {
      pathParameters: { caseId: sharedCase(cell).caseId },
    }),
  // Only a failed notification can be sent again, so a sent one gets past access to a 409.
  retryNotification: async (cell) => {
    const caseId = sharedCase(cell).caseId;
    return withConnections(caseId, {
      pathParameters: { caseId, notificationId: await notificationOf(caseId) },
      alsoAllowed: [409],
    });
  },
  listFailedNotifications: async () => ({}),
  saveFundingModel: async () => {
    const current = await call<{ model: unknown; version: number }>("getFundingModel", {
      as: "manager",
    });
    // Saving the same model again is a change with no effect, and a lost race is a 409.
    return {
      body: { model: current.body.model, expectedVersion: current.body.version },
      alsoAllowed: [409],
    };
  },
};

type Outcome = "allow" | 401 | 403 | 404;

/** Works out the cell's expected outcome from the route table and the domain's rules. */
function expectedOutcome(route: Route, cell: Cell, target: CellTarget): Outcome {
  if (!cell.caller) return 401;
  if (!route.roles.includes(cell.caller.role)) return 403;

  switch (route.access) {
    case "self":
    case "service":
      return "allow";
    case "draft-owner":
      return target.draftOwnerId === cell.caller.userId ? "allow" : 404;
    case "case": {
      if (!target.connections) throw new Error(`${route.id} fixture gave no case`);
      return canAccessCase(principalOf(cell.caller), target.connections) ? "allow" : 404;
    }
  }
}

interface Mismatch {
  route: string;
  caller: string;
  connected: boolean;
  expected: Outcome;
  status: number;
}

const tally = {
  cells: 0,
  allows: 0,
  denies: 0,
  unexpectedAllows: 0,
  unexpectedDenies: 0,
};
const skipped: string[] = [];
const started = performance.now();

beforeAll(async () => {
  const [connected, other] = await Promise.all([makeCase(true), makeCase(false)]);
  shared = {
    connected: {
      caseId: connected.caseId,
      documentId: await firstDocumentId(connected.caseId),
    },
    other: { caseId: other.caseId, documentId: await firstDocumentId(other.caseId) },
    duplicateId: await makeDuplicate(),
  };
  advice = await makeSharedAdvice();
  await shareThreadWithSchool(shared.connected.caseId);
});

afterAll(() => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Authorisation matrix: ${tally.cells} cells (${routes.length} routes x ` +
      `${callers.length + 1} callers x 2 targets), ${tally.allows} allowed, ` +
      `${tally.denies} denied, ${tally.unexpectedAllows} unexpected allows, ` +
      `${tally.unexpectedDenies} unexpected denies, in ${seconds} s`,
  );
  if (skipped.length > 0) {
    console.warn(
      `Authorisation matrix skipped routes without a handler: ${skipped.join(", ")}`,
    );
  }
});

describe("authorisation matrix", () => {
  it("has a fixture per route", () => {
    expect(Object.keys(fixtures).sort()).toEqual(routes.map((route) => route.id).sort());
  });

  for (const route of routes) {
    const ready = handlerExists(route);
    if (!ready) skipped.push(`${route.id} (functions/${route.handler}.ts)`);

    // A route whose handler is still being written is skipped, and runs as soon as the file exists.
    it.skipIf(!ready)(`${route.id} matches its rules`, async () => {
      const cells: Cell[] = [null, ...callers].flatMap((caller) =>
        [true, false].map((connected) => ({
          caller,
          connected,
          roleAllowed: !!caller && (route.roles as readonly Role[]).includes(caller.role),
        })),
      );

      const mismatches = await mapLimit(cells, 4, async (cell) => {
        const target = await fixtures[route.id](cell);
        const expected = expectedOutcome(route, cell, target);
        const response = await httpCall(route, {
          authorization: cell.caller ? await bearerFor(cell.caller.username) : undefined,
          pathParameters: target.pathParameters,
          query: target.query,
          body: target.body,
        });

        tally.cells += 1;
        const allowed = response.status >= 200 && response.status < 300;
        if (allowed) tally.allows += 1;
        else tally.denies += 1;

        const passedAccess =
          allowed || (target.alsoAllowed ?? []).includes(response.status);
        const matches =
          expected === "allow" ? passedAccess : response.status === expected;
        if (matches) return null;
        if (allowed) tally.unexpectedAllows += 1;
        else if (expected === "allow") tally.unexpectedDenies += 1;
        return {
          route: route.id,
          caller: cell.caller?.username ?? "anonymous",
          connected: cell.connected,
          expected,
          status: response.status,
          body: response.body,
        } satisfies Mismatch & { body: unknown };
      });

      expect(mismatches.filter((mismatch) => mismatch !== null)).toEqual([]);
    });
  }

  it("records denied case reads", async () => {
    const caseId = shared.other.caseId;
    const trail = await call<AuditEntry[]>("listAudit", {
      as: "manager",
      pathParameters: { caseId },
    });
    const deniedTo = new Set(
      trail.body
        .filter((entry) => entry.action === "access-denied")
        .map((e) => e.actorId),
    );

    for (const username of [
      "parent",
      "young-person",
      "school",
      "specialist",
      "supporter",
    ]) {
      expect(deniedTo.has(callerFor(username).userId), username).toBe(true);
    }
  });
});
