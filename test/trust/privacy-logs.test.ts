/**
 * Personal data in logs. The main journeys run with a family whose details
 * are unusual enough to search for, while everything the handlers write is
 * captured: stdout and stderr (the Powertools logger and any metrics write
 * JSON lines there), the console, and the log of a local API server started
 * in this worker. No name, email address, phone number, date of birth, file
 * name or needs text may appear in any of it, or in any error response.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type {
  DraftView,
  IntakeView,
  SubmissionResult,
  UploadTicket,
} from "../../shared/api";
import { findRoute, type RouteId } from "../../shared/routes";
import type { RequestDraft } from "../../shared/schemas/request";
import { logger } from "../../functions/commons/logger";
import { setNotifier } from "../../functions/messages/notifier";
import { getCaseItem, listCaseDocuments } from "../../functions/store/case-store";
import { createTokenIssuer } from "../../infra/local/cognito";
import { startLocalApi, type LocalApi } from "../../infra/local/api-server";
import { call, type EventOptions } from "../support/events";
import { demoUser } from "../support/tokens";
import { fullAnswers, randomUpn, smallPdf } from "../integration/fixtures";

// Every level is logged, so that a leak at DEBUG is found as well. The logger
// reads LOG_LEVEL when its module loads, so this runs before the imports.
vi.hoisted(() => {
  process.env.LOG_LEVEL = "DEBUG";
});

/** Details of a made-up family, each unusual enough that any match is a leak. */
const family = {
  childFirstName: "Xanthoula",
  childLastName: "Quorblethwaite",
  knownAs: "Xanthoula",
  dateOfBirth: "2016-02-29",
  parentFirstName: "Marisol",
  parentEmail: "marisol.quorblethwaite@example.org",
  parentPhone: "07700 900461",
  socialWorker: "Ingeborg Faraday-Mbeki",
  needs: "Vestibular hypersensitivity noted by the Okonkwo clinic",
  views: "I collect ammonites and hate the hand dryers",
  fileName: "Xanthoula-Quorblethwaite-hearing-report.pdf",
  refusalReasons: "Quorblethwaite family support plan is already in place",
};

/** The strings searched for: each detail, and forms a log could turn them into. */
const needles = [
  ...Object.values(family).filter((value) => value !== family.knownAs),
  "Quorblethwaite",
  "Xanthoula",
  "Vestibular hypersensitivity",
  "ammonites",
  "+447700900461",
  "07700900461",
  "900461",
  "29/02/2016",
].map((needle) => needle.toLowerCase());

const captured: string[] = [];
const errorResponses: string[] = [];
let journeys = 0;
let restore: () => void = () => undefined;
let api: LocalApi;

function startCapture() {
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  const stderrWrite = process.stderr.write.bind(process.stderr);
  const consoleMethods = ["log", "info", "warn", "error", "debug", "trace"] as const;
  const originals = consoleMethods.map((method) => console[method]);

  const keep = (chunk: unknown) => {
    captured.push(
      typeof chunk === "string"
        ? chunk
        : Buffer.from(chunk as Uint8Array).toString("utf8"),
    );
  };
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return stdoutWrite(chunk as string, ...(rest as []));
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return stderrWrite(chunk as string, ...(rest as []));
  }) as typeof process.stderr.write;
  consoleMethods.forEach((method, index) => {
    console[method] = (...args: unknown[]) => {
      keep(
        args
          .map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg)))
          .join(" "),
      );
      (originals[index] as (...values: unknown[]) => void)(...args);
    };
  });

  restore = () => {
    process.stdout.write = stdoutWrite as typeof process.stdout.write;
    process.stderr.write = stderrWrite as typeof process.stderr.write;
    consoleMethods.forEach((method, index) => {
      console[method] = originals[index] as (typeof console)[typeof method];
    });
  };
}

/** Calls a handler in-process; any error response is kept for the search. */
async function inProcess<T>(routeId: RouteId, options: EventOptions) {
  const response = await call<T>(routeId, options);
  if (response.status >= 400) errorResponses.push(JSON.stringify(response.body));
  return response;
}

/** Calls a route through this worker's own local API server. */
async function overHttp<T>(
  routeId: RouteId,
  as: string,
  options: { pathParameters?: Record<string, string>; body?: unknown } = {},
) {
  const route = findRoute(routeId);
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(options.pathParameters?.[name] ?? ""),
  );
  const { tokenFor } = await import("../support/tokens");
  const response = await fetch(`${api.url}/api${path}`, {
    method: route.method,
    headers: {
      Authorization: `Bearer ${await tokenFor(as)}`,
      "Content-Type": "application/json",
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  if (response.status >= 400) errorResponses.push(text);
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

function answersFor(documentId: string, upn: string): RequestDraft {
  const answers = fullAnswers(
    {
      firstName: family.childFirstName,
      lastName: family.childLastName,
      dateOfBirth: family.dateOfBirth,
      upn,
    },
    [
      {
        documentId,
        fileName: family.fileName,
        documentType: "school-report",
        writtenOn: "2025-11-10",
      },
    ],
  );
  answers.child = {
    ...answers.child,
    knownAs: family.knownAs,
    socialWorker: {
      name: family.socialWorker,
      email: family.parentEmail,
      phone: family.parentPhone,
    },
  };
  answers.parents = [
    {
      ...(answers.parents?.[0] ?? {}),
      firstName: family.parentFirstName,
      lastName: family.childLastName,
      email: family.parentEmail,
      phone: family.parentPhone,
    },
  ];
  answers.needs = { cognitionAndLearning: family.needs };
  answers.views = { child: family.views, family: family.views };
  return answers;
}

/** Sends a complete request for the family's child and returns the result. */
async function requestFor(as: string, upn: string): Promise<SubmissionResult> {
  const created = await inProcess<DraftView>("createDraft", {
    as,
    body: { requesterType: demoUser(as).role },
  });
  const ticket = await inProcess<UploadTicket>("createDraftUpload", {
    as,
    pathParameters: { draftId: created.body.draftId },
    body: {
      fileName: family.fileName,
      contentType: "application/pdf",
      sizeBytes: smallPdf().length,
      documentType: "school-report",
    },
  });
  const put = await fetch(ticket.body.uploadUrl, {
    method: "PUT",
    headers: ticket.body.headers,
    body: new Uint8Array(smallPdf()),
  });
  expect(put.status).toBe(200);

  // An invalid save first: its error response must not echo the submitted values.
  const answers = answersFor(ticket.body.documentId, upn);
  const invalid = structuredClone(answers);
  invalid.parents = [
    { ...(invalid.parents?.[0] ?? {}), email: `${family.parentEmail}@@` },
  ];
  const rejected = await overHttp("saveDraft", as, {
    pathParameters: { draftId: created.body.draftId },
    body: { answers: invalid, expectedVersion: created.body.version },
  });
  expect(rejected.status).toBe(400);

  const saved = await overHttp<DraftView>("saveDraft", as, {
    pathParameters: { draftId: created.body.draftId },
    body: { answers, expectedVersion: created.body.version },
  });
  expect(saved.status).toBe(200);

  const submitted = await inProcess<SubmissionResult>("submitDraft", {
    as,
    pathParameters: { draftId: created.body.draftId },
  });
  expect([200, 201]).toContain(submitted.status);
  return submitted.body;
}

beforeAll(async () => {
  const issuer = await createTokenIssuer(process.env.LOCAL_KEY_FILE as string);
  const line = (text: string) => captured.push(text);
  api = await startLocalApi({
    port: 0,
    issuer,
    outboxDirectory: mkdtempSync(join(tmpdir(), "ehc-trust-outbox-")),
    log: line,
    logError: line,
  });
  startCapture();
});

afterAll(async () => {
  restore();
  await api.close();
  setNotifier(undefined);
});

describe("privacy in logs", () => {
  it("main journeys log no personal data", async () => {
    expect(logger.getLevelName()).toBe("DEBUG");

    // Request, submit, read and list a case for the child.
    const first = await requestFor("parent", randomUpn());
    const caseId = first.caseId as string;
    journeys += 1;

    await overHttp("getCase", "parent", { pathParameters: { caseId } });
    await overHttp("getCase", "parent2", { pathParameters: { caseId } });
    await inProcess("listCases", { as: "parent" });
    await inProcess("listCases", { as: "coordinator" });
    await overHttp("listAudit", "manager", { pathParameters: { caseId } });
    const documentId = (await listCaseDocuments(caseId))[0]?.documentId as string;
    await overHttp("getDocument", "parent", { pathParameters: { caseId, documentId } });
    journeys += 1;

    // A second request for the same child waits at intake, then becomes its own case.
    const second = await requestFor("parent2", randomUpn());
    expect(second.possibleDuplicate).toBe(true);
    const intake = await overHttp<IntakeView>("listIntake", "business-support");
    const duplicate = intake.body.possibleDuplicates.find(
      (candidate) => candidate.reference === second.reference,
    );
    const resolved = await overHttp<{ caseId: string }>(
      "resolveDuplicate",
      "business-support",
      {
        pathParameters: { duplicateId: duplicate?.duplicateId as string },
        body: {
          resolution: "different-child",
          note: `Checked: ${family.childFirstName} has a twin`,
        },
      },
    );
    expect(resolved.status).toBe(200);
    journeys += 1;

    // Decide the first case, losing one race on the way.
    const version = (await getCaseItem(caseId))?.version;
    await overHttp("recordDecision", "coordinator", {
      pathParameters: { caseId },
      body: { outcome: "assess", expectedVersion: version },
    });
    const conflict = await overHttp("recordDecision", "manager", {
      pathParameters: { caseId },
      body: {
        outcome: "refuse",
        reasons: family.refusalReasons,
        expectedVersion: version,
      },
    });
    expect(conflict.status).toBe(409);
    journeys += 1;

    // Refuse the second case while email and SMS fail, then download the letter.
    const refusedCaseId = resolved.body.caseId;
    setNotifier({
      send: async (message) => {
        throw new Error(`Message rejected: ${message.to} is not verified`);
      },
    });
    const refused = await inProcess("recordDecision", {
      as: "coordinator",
      pathParameters: { caseId: refusedCaseId },
      body: {
        outcome: "refuse",
        reasons: family.refusalReasons,
        expectedVersion: (await getCaseItem(refusedCaseId))?.version,
      },
    });
    setNotifier(undefined);
    expect(refused.status).toBe(200);
    const letterId = (await getCaseItem(refusedCaseId))?.decision
      ?.letterDocumentId as string;
    const letter = await overHttp("getDocument", "parent2", {
      pathParameters: { caseId: refusedCaseId, documentId: letterId },
    });
    expect(letter.status).toBe(200);
    await inProcess("listDeadlines", { as: "manager" });
    journeys += 1;

    const logText = captured.join("\n").toLowerCase();
    const responseText = errorResponses.join("\n").toLowerCase();
    const inLogs = needles.filter((needle) => logText.includes(needle));
    const inResponses = needles.filter((needle) => responseText.includes(needle));
    console.info(
      `Privacy: ${journeys} journeys, ${captured.length} log writes and ` +
        `${errorResponses.length} error responses searched for ${needles.length} values; ` +
        `${inLogs.length} found in logs, ${inResponses.length} in error responses`,
    );

    // The capture must have seen the handlers' own log lines, or it proves nothing.
    expect(captured.some((text) => text.includes('"service":"ehc-assessment"'))).toBe(
      true,
    );
    expect(captured.some((text) => /recordDecision 409/.test(text))).toBe(true);
    expect(inLogs).toEqual([]);
    expect(inResponses).toEqual([]);
  });
});
