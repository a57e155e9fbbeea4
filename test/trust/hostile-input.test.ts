/**
 * Hostile input for every route that takes a body, a path or a query: broken
 * JSON, wrong types, missing and extra fields, oversized bodies and strings,
 * awkward unicode, script and HTML, path traversal and impossible dates.
 * Bodies are generated from the zod schemas' shapes with fast-check, so a
 * field added to a schema is attacked too.
 *
 * Every variant the schema rejects must get a 4xx JSON error naming the
 * field and must write nothing. Variants the schema accepts (a name with a
 * right-to-left mark, a reason with `<script>` in it) are lawful text: they
 * must never cause a 5xx, and must come back exactly as sent.
 */
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  createDraftBodySchema,
  createUploadBodySchema,
  exceptionBodySchema,
  saveDraftBodySchema,
  type DraftView,
} from "../../shared/api";
import { londonDate } from "../../shared/dates";
import { routes, type RouteId } from "../../shared/routes";
import {
  allocationBodySchema,
  decisionBodySchema,
  duplicateResolutionSchema,
} from "../../shared/schemas/case";
import { repositoryRoot } from "../../infra/local/settings";
import { createTokenIssuer } from "../../infra/local/cognito";
import { getCaseItem, listCaseDocuments } from "../../functions/store/case-store";
import { call, type EventOptions } from "../support/events";
import { demoUser } from "../support/tokens";
import {
  fullAnswers,
  newCase,
  newChild,
  scanTable,
  submit,
} from "../integration/fixtures";
import { handlerExists, readyDraftFor } from "./support";
import {
  adviceUploadBodySchema,
  requestAdviceBodySchema,
  reuseAgreementBodySchema,
  saveAdviceBodySchema,
  submitAdviceBodySchema,
  type AdviceView,
} from "../../shared/schemas/advice";
import { fundingBandBodySchema, fundingModelBodySchema } from "../../shared/scoring";
import {
  contactPreferencesBodySchema,
  postMessageBodySchema,
} from "../../shared/schemas/messages";
import {
  adviceOfKind,
  assessingCase,
  completeForm,
  requestAdvice,
} from "../integration/advice-fixtures";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** How to call one route with valid input, which the variants then spoil. */
interface Target {
  /** The authorization header to send. */
  authorization: () => Promise<string>;
  schema?: z.ZodType;
  /** A valid body, read fresh each time because versions move. */
  validBody?: () => Promise<Json>;
  pathParameters?: () => Promise<Record<string, string>>;
  /** Query parameters the route reads. */
  queryNames?: string[];
}

/** The hostile suite's own parent, so that no other suite writes under its key. */
const hostileUserId = randomUUID();
let hostileToken = "";
let draft: DraftView;
let caseId = "";
let documentId = "";
let duplicateId = "";
/** A case in assessment with psychology advice asked of the demo specialist. */
let adviceCaseId = "";
let adviceId = "";

const asHostileParent = async () => `Bearer ${hostileToken}`;
const as = (username: string) => async () => {
  const { tokenFor } = await import("../support/tokens");
  return `Bearer ${await tokenFor(username)}`;
};

async function caseVersion(): Promise<number> {
  return (await getCaseItem(caseId))?.version ?? 1;
}

async function draftVersion(): Promise<number> {
  const current = await call<DraftView>("getDraft", {
    authorization: await asHostileParent(),
    pathParameters: { draftId: draft.draftId },
  });
  return current.body.version;
}

const today = () => londonDate(new Date());

async function adviceVersion(): Promise<number> {
  const current = await call<AdviceView>("getAdvice", {
    as: "specialist",
    pathParameters: { caseId: adviceCaseId, adviceId },
  });
  return current.body.version;
}

const onAdvice = async () => ({ caseId: adviceCaseId, adviceId });

const targets: Record<RouteId, Target | null> = {
  // Routes with no body, path or query: called only with stray query parameters.
  getProfile: null,
  listDrafts: null,
  listIntake: null,
  listCoordinators: null,
  createDraft: {
    authorization: asHostileParent,
    schema: createDraftBodySchema,
    validBody: async () => ({ requesterType: "parent" }),
  },
  getDraft: {
    authorization: asHostileParent,
    pathParameters: async () => ({ draftId: draft.draftId }),
  },
  saveDraft: {
    authorization: asHostileParent,
    schema: saveDraftBodySchema,
    pathParameters: async () => ({ draftId: draft.draftId }),
    validBody: async () => {
      const answers = fullAnswers(newChild(), []) as unknown as { [key: string]: Json };
      delete answers.requester;
      return { answers, expectedVersion: await draftVersion() };
    },
  },
  createDraftUpload: {
    authorization: asHostileParent,
    schema: createUploadBodySchema,
    pathParameters: async () => ({ draftId: draft.draftId }),
    validBody: async () => ({
      fileName: "school-report.pdf",
      contentType: "application/pdf",
      sizeBytes: 2048,
      documentType: "school-report",
    }),
  },
  submitDraft: {
    authorization: asHostileParent,
    pathParameters: async () => ({ draftId: draft.draftId }),
  },
  listCases: { authorization: as("manager"), queryNames: ["stage"] },
  getCase: { authorization: as("manager"), pathParameters: async () => ({ caseId }) },
  getCaseRequest: {
    authorization: as("manager"),
    pathParameters: async () => ({ caseId }),
  },
  recordDecision: {
    authorization: as("coordinator"),
    schema: decisionBodySchema,
    pathParameters: async () => ({ caseId }),
    validBody: async () => ({
      outcome: "refuse",
      reasons: "The school has not yet used its own resources.",
      decidedOn: today(),
      expectedVersion: await caseVersion(),
    }),
  },
  changeCoordinator: {
    authorization: as("business-support"),
    schema: allocationBodySchema,
    pathParameters: async () => ({ caseId }),
    validBody: async () => {
      const current = (await getCaseItem(caseId))?.coordinatorId;
      const coordinatorId = ["coordinator", "coordinator2"]
        .map((username) => demoUser(username).userId)
        .find((userId) => userId !== current) as string;
      return {
        coordinatorId,
        reason: "Caseload balancing",
        expectedVersion: await caseVersion(),
      };
    },
  },
  listAudit: { authorization: as("manager"), pathParameters: async () => ({ caseId }) },
  getDocument: {
    authorization: as("manager"),
    pathParameters: async () => ({ caseId, documentId }),
  },
  resolveDuplicate: {
    authorization: as("business-support"),
    schema: duplicateResolutionSchema,
    pathParameters: async () => ({ duplicateId }),
    validBody: async () => ({ resolution: "same-child", note: "Same date of birth" }),
  },
  recordException: {
    authorization: as("coordinator"),
    schema: exceptionBodySchema,
    pathParameters: async () => ({ caseId }),
    validBody: async () => ({
      kind: "personal-circumstances",
      startsOn: today(),
      endsOn: today(),
      reason: "The family were in hospital",
      expectedVersion: await caseVersion(),
    }),
  },
  listDeadlines: { authorization: as("manager"), queryNames: ["coordinatorId"] },
  listAdviceInbox: null,
  getFundingModel: null,
  listFailedNotifications: null,
  listThread: { authorization: as("parent"), pathParameters: async () => ({ caseId }) },
  postMessage: {
    authorization: as("parent"),
    schema: postMessageBodySchema,
    pathParameters: async () => ({ caseId }),
    validBody: async () => ({ body: "Please call me about the next meeting." }),
  },
  getContactPreferences: {
    authorization: as("parent"),
    pathParameters: async () => ({ caseId }),
  },
  saveContactPreferences: {
    authorization: as("parent"),
    schema: contactPreferencesBodySchema,
    pathParameters: async () => ({ caseId }),
    validBody: async () => ({
      channel: "email",
      language: "en",
      shareMessagesWithSchool: false,
    }),
  },
  listCaseNotifications: {
    authorization: as("manager"),
    pathParameters: async () => ({ caseId }),
  },
  retryNotification: {
    authorization: as("manager"),
    pathParameters: async () => ({
      caseId,
      notificationId: "00000000-0000-4000-8000-000000000000",
    }),
  },
  requestAdvice: {
    authorization: as("coordinator"),
    schema: requestAdviceBodySchema,
    pathParameters: async () => ({ caseId: adviceCaseId }),
    validBody: async () => ({
      requests: [
        {
          kind: "other",
          adviserId: demoUser("specialist").userId,
          note: "Teacher of the deaf",
        },
      ],
      requestedOn: today(),
      expectedVersion: (await getCaseItem(adviceCaseId))?.version ?? 1,
    }),
  },
  listCaseAdvice: {
    authorization: as("manager"),
    pathParameters: async () => ({ caseId: adviceCaseId }),
  },
  getAdvice: { authorization: as("specialist"), pathParameters: onAdvice },
  saveAdvice: {
    authorization: as("specialist"),
    schema: saveAdviceBodySchema,
    pathParameters: onAdvice,
    validBody: async () => ({
      form: completeForm() as unknown as Json,
      expectedVersion: await adviceVersion(),
    }),
  },
  createAdviceUpload: {
    authorization: as("specialist"),
    schema: adviceUploadBodySchema,
    pathParameters: onAdvice,
    validBody: async () => ({
      fileName: "hearing-report.pdf",
      contentType: "application/pdf",
      sizeBytes: 2048,
      writtenOn: "2025-11-10",
    }),
  },
  submitAdvice: {
    authorization: as("specialist"),
    schema: submitAdviceBodySchema,
    pathParameters: onAdvice,
    validBody: async () => ({ expectedVersion: await adviceVersion() }),
  },
  agreeAdviceReuse: {
    authorization: as("coordinator"),
    schema: reuseAgreementBodySchema,
    pathParameters: onAdvice,
    validBody: async () => ({ agrees: true, expectedVersion: await adviceVersion() }),
  },
  setFundingBand: {
    authorization: as("coordinator"),
    schema: fundingBandBodySchema,
    pathParameters: async () => ({ caseId: adviceCaseId }),
    validBody: async () => ({
      band: "B",
      reason: "Matches the needs described",
      expectedVersion: (await getCaseItem(adviceCaseId))?.version ?? 1,
    }),
  },
  saveFundingModel: {
    authorization: as("manager"),
    schema: fundingModelBodySchema,
    validBody: async () => {
      const current = await call<{ model: Json; version: number }>("getFundingModel", {
        as: "manager",
      });
      return { model: current.body.model, expectedVersion: current.body.version };
    },
  },
};

// ---------------------------------------------------------------- variants

/** Strings that have broken services before. */
const hostileStrings: Record<string, string> = {
  "lone high surrogate": "Amy \uD800 Lee",
  "lone low surrogate": "\uDC00",
  "right-to-left override": "\u202Efdp.exe",
  "zero-width joiner": "A\u200D\u200B\uFEFFmy",
  NUL: "Amy\u0000Lee",
  "escape character": "\u001B[31mred",
  "script tag": "<script>alert(document.cookie)</script>",
  "HTML event handler": '<img src=x onerror="alert(1)">',
  "javascript URL": "javascript:alert(1)",
  "path traversal": "../../../../etc/passwd",
  "Windows path traversal": "..\\..\\windows\\win.ini",
  "encoded traversal": "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "template injection": "${7*7}{{7*7}}",
  "SQL injection": "' OR '1'='1'; --",
  "DynamoDB key": "CASE#00000000-0000-4000-8000-000000000000",
  "combining marks": "Z\u0351\u0352\u0353a\u0354\u0355l\u0356\u0357g\u0358o",
  emoji: "\uD83D\uDC69\u200D\uD83D\uDC67 family",
  "only spaces": "     ",
  "long string": "x".repeat(6000),
};

const hostileDates = [
  "0000-01-01",
  "1899-12-31",
  "2101-01-01",
  "9999-12-31",
  "+275760-09-13",
  "2026-02-30",
  "2026-13-01",
  "2026-1-1",
  "2026-03-01T00:00:00Z",
  "01/03/2026",
  "",
];

const hostileIds = [
  "../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "CASE#x",
  "a/b",
  "x".repeat(65),
  "\u0000",
  "\u202Eabc",
  "ab\u200Bcd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  " ",
  "%00",
  // A lone surrogate, percent-encoded as UTF-8 would carry it.
  "%ED%A0%80",
];

const malformedJson = [
  "{",
  '{"a":',
  "[1,2",
  "nul",
  "{'a':1}",
  '{"a":1}}',
  "\uFEFF{}",
  "{\u0000}",
  "[".repeat(100_000) + "]".repeat(100_000),
];

const notObjects = ["null", "[]", "42", '"text"', "true", "[{}]"];

interface Variant {
  label: string;
  /** The field an error must name, when there is one. */
  field?: string;
  rawBody?: string;
  body?: Json;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as unknown as {
      type: string;
      innerType?: z.ZodType;
      in?: z.ZodType;
    };
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else return current;
  }
}

interface Leaf {
  path: Path;
  schema: z.ZodType;
  required: boolean;
}

/** Lists the fields of a valid body with their schemas, descending into objects and arrays. */
function leaves(schema: z.ZodType, value: Json, path: Path = []): Leaf[] {
  const inner = unwrap(schema);
  const def = inner._zod.def as unknown as {
    type: string;
    shape?: Record<string, z.ZodType>;
    element?: z.ZodType;
  };
  const here: Leaf[] =
    path.length > 0
      ? [{ path, schema, required: !schema.safeParse(undefined).success }]
      : [];

  if (def.type === "object" && def.shape && value && typeof value === "object") {
    return [
      ...here,
      ...Object.entries(def.shape).flatMap(([key, field]) =>
        key in value
          ? leaves(field, (value as Record<string, Json>)[key] as Json, [...path, key])
          : [],
      ),
    ];
  }
  if (def.type === "array" && def.element && Array.isArray(value) && value.length > 0) {
    return [...here, ...leaves(def.element, value[0] as Json, [...path, 0])];
  }
  return here;
}

function setAt(body: Json, path: Path, value: Json | undefined): Json {
  const copy = structuredClone(body);
  let node = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1))
    node = node[step] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

function isObjectSchema(schema: z.ZodType): boolean {
  return (unwrap(schema)._zod.def as { type: string }).type === "object";
}

function isDateField(schema: z.ZodType): boolean {
  return (
    schema.safeParse("2020-01-01").success && !schema.safeParse("2020-02-30").success
  );
}

function isTextField(schema: z.ZodType): boolean {
  return (
    (unwrap(schema)._zod.def as { type: string }).type === "string" &&
    !isDateField(schema)
  );
}

const seed = 20_261_204;

/** Builds the body variants for one schema from a valid body. */
function bodyVariants(schema: z.ZodType, valid: Json): Variant[] {
  const variants: Variant[] = [
    ...malformedJson.map((rawBody, index) => ({
      label: `malformed JSON ${index}`,
      field: "body",
      rawBody,
    })),
    { label: "empty body", field: "body", rawBody: "" },
    { label: "blank body", field: "body", rawBody: "   \n" },
    ...notObjects.map((rawBody) => ({
      label: `JSON ${rawBody}`,
      field: "body",
      rawBody,
    })),
    {
      label: "oversized body",
      body: setAt(valid, ["padding"], "x".repeat(300 * 1024)),
    },
    { label: "prototype key", body: JSON.parse(`{"__proto__":{"admin":true}}`) as Json },
    {
      label: "constructor key",
      field: "constructor",
      body: { ...(valid as object), constructor: { prototype: { admin: true } } } as Json,
    },
  ];

  // Random JSON documents that the schema rejects.
  const randomBodies = fc.sample(
    fc.jsonValue().filter((value) => !schema.safeParse(value).success),
    { numRuns: 25, seed },
  );
  randomBodies.forEach((body, index) =>
    variants.push({ label: `random JSON ${index}`, body: body as Json }),
  );

  for (const leaf of leaves(schema, valid)) {
    const field = leaf.path.join(".");
    if (leaf.required) {
      variants.push({
        label: `missing ${field}`,
        field,
        body: setAt(valid, leaf.path, undefined),
      });
    }

    const wrongTypes = fc.sample(
      fc
        .oneof(
          fc.integer(),
          fc.boolean(),
          fc.constant(null),
          fc.string(),
          fc.array(fc.jsonValue(), { maxLength: 3 }),
          fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
        )
        .filter((value) => !leaf.schema.safeParse(value).success),
      { numRuns: 4, seed },
    );
    wrongTypes.forEach((value, index) =>
      variants.push({
        label: `wrong type ${index} at ${field}`,
        field,
        body: setAt(valid, leaf.path, value as Json),
      }),
    );

    if (isObjectSchema(leaf.schema)) {
      variants.push({
        label: `extra field in ${field}`,
        field: `${field}.isAdmin`,
        body: setAt(valid, [...leaf.path, "isAdmin"], true),
      });
    }
    if (isDateField(leaf.schema)) {
      for (const date of hostileDates) {
        variants.push({
          label: `date ${date} at ${field}`,
          field,
          body: setAt(valid, leaf.path, date),
        });
      }
    }
    if (isTextField(leaf.schema)) {
      for (const [name, text] of Object.entries(hostileStrings)) {
        variants.push({
          label: `${name} at ${field}`,
          field,
          body: setAt(valid, leaf.path, text),
        });
      }
      variants.push({
        label: `oversized string at ${field}`,
        body: setAt(valid, leaf.path, "x".repeat(300 * 1024)),
      });
    }
  }
  variants.push({
    label: "extra top-level field",
    field: "role",
    body: { ...(valid as object), role: "manager" } as Json,
  });
  return variants;
}

// ---------------------------------------------------------------- checks

interface ErrorBody {
  message?: unknown;
  errors?: { field: string; message: string }[];
}

/** The address the suite's requests come from, from the documentation range (RFC 5737). */
const hostileSourceIp = "192.0.2.66";

const tally = { tried: 0, rejected: 0, accepted: 0, serverErrors: 0 };
const serverErrors: string[] = [];

function namesField(body: ErrorBody, field: string): boolean {
  return (body.errors ?? []).some(
    (error) =>
      error.field === field ||
      error.field.startsWith(`${field}.`) ||
      field.startsWith(`${error.field}.`),
  );
}

async function send(
  routeId: RouteId,
  target: Target,
  options: Omit<EventOptions, "authorization">,
) {
  tally.tried += 1;
  const response = await call<ErrorBody>(routeId, {
    ...options,
    authorization: await target.authorization(),
    sourceIp: hostileSourceIp,
  });
  if (response.status >= 500) {
    tally.serverErrors += 1;
    serverErrors.push(`${routeId} ${response.status}`);
  }
  return response;
}

/**
 * Returns the items written or changed that carry one of this suite's ids.
 * Other suites list cases at the same time, and each listing adds an audit
 * entry to every listed case, so audit entries count only when they come
 * from this suite's own address.
 */
function touched(before: Record<string, unknown>[], after: Record<string, unknown>[]) {
  const ids = [
    hostileUserId,
    draft.draftId,
    caseId,
    documentId,
    duplicateId,
    adviceCaseId,
    adviceId,
  ];
  const earlier = new Map(
    before.map((item) => [`${item.PK}|${item.SK}`, JSON.stringify(item)]),
  );
  return after
    .filter((item) => earlier.get(`${item.PK}|${item.SK}`) !== JSON.stringify(item))
    .filter((item) => item.type !== "audit" || item.sourceIp === hostileSourceIp)
    .filter((item) => {
      const text = JSON.stringify(item);
      return ids.some((id) => text.includes(id));
    })
    .map((item) => `${String(item.PK)} ${String(item.SK)}`);
}

const started = performance.now();

beforeAll(async () => {
  const issuer = await createTokenIssuer(process.env.LOCAL_KEY_FILE as string);
  hostileToken = await issuer.mintAccessToken({
    userId: hostileUserId,
    username: "trust-hostile-parent",
    role: "parent",
  });

  const created = await call<DraftView>("createDraft", {
    authorization: await asHostileParent(),
    body: { requesterType: "parent" },
  });
  expect(created.status).toBe(201);
  draft = created.body;

  const made = await newCase("parent", { schoolUrn: "100001" });
  caseId = made.caseId;
  documentId = (await listCaseDocuments(caseId))[0]?.documentId as string;

  // A second request for the same child waits as a possible duplicate.
  const second = await readyDraftFor("parent2", made.child, { schoolUrn: "100002" });
  const submitted = await submit("parent2", second.draftId);
  expect(submitted.body.possibleDuplicate).toBe(true);
  const intake = await call<{
    possibleDuplicates: { duplicateId: string; reference: string }[];
  }>("listIntake", { as: "business-support" });
  duplicateId = intake.body.possibleDuplicates.find(
    (candidate) => candidate.reference === submitted.body.reference,
  )?.duplicateId as string;
  expect(duplicateId).toBeTruthy();

  adviceCaseId = (await assessingCase()).caseId;
  adviceId = adviceOfKind(
    await requestAdvice(adviceCaseId, [{ kind: "psychology" }]),
    "psychology",
  ).adviceId;
});

afterAll(() => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Hostile input: ${tally.tried} requests (${tally.rejected} rejected variants, ` +
      `${tally.accepted} accepted as text), ${tally.serverErrors} server errors, ` +
      `fast-check seed ${seed}, in ${seconds} s`,
  );
});

describe("hostile input", () => {
  it("covers every route", () => {
    expect(Object.keys(targets).sort()).toEqual(routes.map((route) => route.id).sort());
  });

  for (const route of routes) {
    const target = targets[route.id];
    const ready = handlerExists(route);

    it.skipIf(!ready)(`${route.id} rejects invalid input`, async () => {
      const failures: string[] = [];
      const validPath = target?.pathParameters
        ? await target.pathParameters()
        : undefined;

      // Stray query parameters on a read are ignored, never a failure.
      if (route.method === "GET") {
        const stray = await send(route.id, target ?? { authorization: as("manager") }, {
          pathParameters: validPath,
          query: { ["__proto__"]: "x", "a[b]": "<script>", q: "\u0000" },
        });
        if (stray.status >= 500) failures.push(`stray query: ${stray.status}`);
      }
      if (!target) {
        expect(failures).toEqual([]);
        return;
      }

      // Everything after this point is invalid, so nothing may be written.
      const before = await scanTable();

      const validBody = target.validBody ? await target.validBody() : undefined;
      if (target.schema) expect(target.schema.safeParse(validBody).success).toBe(true);

      // Hostile ids in the path: each is "not found" before it reaches a key.
      for (const name of Object.keys(validPath ?? {})) {
        for (const id of hostileIds) {
          const response = await send(route.id, target, {
            pathParameters: { ...validPath, [name]: id },
            body: validBody,
          });
          if (response.status !== 404 && response.status !== 400) {
            failures.push(`path ${name}=${JSON.stringify(id)}: ${response.status}`);
          }
          tally.rejected += 1;
        }
      }

      for (const name of target.queryNames ?? []) {
        for (const value of [...hostileIds, ...Object.values(hostileStrings)]) {
          const response = await send(route.id, target, { query: { [name]: value } });
          if (response.status !== 400 || !namesField(response.body, name)) {
            failures.push(
              `query ${name}=${JSON.stringify(value).slice(0, 40)}: ${response.status}`,
            );
          }
          tally.rejected += 1;
        }
      }

      if (target.schema && validBody !== undefined) {
        for (const variant of bodyVariants(target.schema, validBody)) {
          const parsedBody = variant.rawBody === undefined ? variant.body : undefined;
          const schemaAccepts =
            parsedBody !== undefined &&
            JSON.stringify(parsedBody).length <= 256 * 1024 &&
            target.schema.safeParse(parsedBody).success;
          if (schemaAccepts) continue;

          const response = await send(route.id, target, {
            pathParameters: validPath,
            rawBody: variant.rawBody ?? JSON.stringify(variant.body),
          });
          tally.rejected += 1;
          const body = response.body;
          const ok =
            response.status >= 400 &&
            response.status < 500 &&
            typeof body?.message === "string" &&
            (response.status !== 400 ||
              !variant.field ||
              namesField(body, variant.field));
          if (!ok) {
            failures.push(
              `${variant.label}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`,
            );
          }
        }
      }

      const after = await scanTable();
      expect(failures).toEqual([]);
      expect(touched(before, after)).toEqual([]);
    });
  }

  it("keeps accepted text exactly", async () => {
    // Lawful but awkward text in a draft comes back exactly as it was sent.
    const failures: string[] = [];
    const target = targets.saveDraft as Target;
    for (const [name, text] of Object.entries(hostileStrings)) {
      const valid = (await target.validBody?.()) as {
        answers: { needs: Record<string, string> };
      };
      const body = structuredClone(valid);
      body.answers.needs.cognitionAndLearning = text;
      if (!saveDraftBodySchema.safeParse(body).success) continue;

      const saved = await send("saveDraft", target, {
        pathParameters: { draftId: draft.draftId },
        body,
      });
      tally.accepted += 1;
      const stored = (saved.body as unknown as DraftView).answers?.needs
        ?.cognitionAndLearning;
      const read = await call<DraftView>("getDraft", {
        authorization: await asHostileParent(),
        pathParameters: { draftId: draft.draftId },
      });
      const expected =
        saveDraftBodySchema.parse(body).answers.needs?.cognitionAndLearning;
      if (saved.status !== 200 || stored !== expected) {
        failures.push(`${name}: save ${saved.status}`);
      } else if (read.body.answers.needs?.cognitionAndLearning !== expected) {
        failures.push(`${name}: read back differs`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("escapes script in refusal letters", async () => {
    const script = hostileStrings["script tag"] as string;
    const refused = await send("recordDecision", targets.recordDecision as Target, {
      pathParameters: { caseId },
      body: {
        outcome: "refuse",
        reasons: `${script}\n${hostileStrings["HTML event handler"]}`,
        expectedVersion: await caseVersion(),
      },
    });
    tally.accepted += 1;
    expect(refused.status).toBe(200);

    const caseItem = await getCaseItem(caseId);
    const letterId = caseItem?.decision?.letterDocumentId as string;
    const link = await call<{ url: string }>("getDocument", {
      as: "parent",
      pathParameters: { caseId, documentId: letterId },
    });
    const letter = await (await fetch(link.body.url)).text();

    expect(letter).not.toContain("<script>");
    expect(letter).not.toContain("<img");
    expect(letter).toContain("&lt;script&gt;");
  });

  it("never returns a server error", () => {
    expect(serverErrors).toEqual([]);
  });
});

describe("front end rendering", () => {
  /** Lists the front end's source files, without tests. */
  function sourceFiles(directory: string): string[] {
    return readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.(ts|tsx|js|jsx|html)$/.test(name) ? [path] : [];
    });
  }

  it("renders text without raw HTML", () => {
    const uses = sourceFiles(join(repositoryRoot, "frontend", "src")).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, index) => ({ file, line, number: index + 1 }))
        .filter(({ line }) =>
          /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(
            line,
          ),
        )
        // Markup built only through the letters' HTML escaper is safe.
        .filter(({ line }) => !/escapeHtml\(/.test(line))
        .map(({ file, number, line }) => `${file}:${number}: ${line.trim()}`),
    );

    expect(uses).toEqual([]);
  });
});
