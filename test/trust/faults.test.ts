/**
 * Faults in the things the handlers depend on: DynamoDB throttling at every
 * step of a submission, a table that never responds, S3 refusing connections
 * and a notifier that fails. Each request must fail cleanly with a retryable
 * 503 (never a 500 or a stack), leave nothing half-written, and succeed
 * exactly once when retried after the fault clears.
 */
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  DynamoDBClient,
  ProvisionedThroughputExceededException,
} from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import type { SubmissionResult } from "../../shared/api";
import type { CaseView } from "../../shared/schemas/case";
import { dynamo, s3, setClients } from "../../functions/commons/clients";
import { config } from "../../functions/commons/config";
import { setNotifier } from "../../functions/messages/notifier";
import { getCaseItem } from "../../functions/store/case-store";
import { call, type ApiResponse } from "../support/events";
import { freePort } from "../support/global-setup";
import {
  newCase,
  newChild,
  scanTable,
  submit,
  type Child,
} from "../integration/fixtures";
import { readyDraftFor } from "./support";

type Send = DynamoDBDocumentClient["send"];
type Command = Parameters<Send>[0];

const realDynamo = dynamo();
const realS3 = s3();
const injected: Record<string, number> = {};
const children: Child[] = [];

function count(fault: string) {
  injected[fault] = (injected[fault] ?? 0) + 1;
}

/** Wraps the real document client so that `fault` may replace any call with an error. */
function faultyDynamo(fault: (command: Command, index: number) => Error | undefined) {
  let index = 0;
  const send = (async (command: Command) => {
    const error = fault(command, index);
    index += 1;
    if (error) {
      count(error.name);
      throw error;
    }
    return realDynamo.send(command as never);
  }) as Send;
  return new Proxy(realDynamo, {
    get: (target, property, receiver) =>
      property === "send" ? send : Reflect.get(target, property, receiver),
  });
}

function throttle(): Error {
  return new ProvisionedThroughputExceededException({
    message: "The level of configured provisioned throughput for the table was exceeded",
    $metadata: { httpStatusCode: 400 },
  });
}

/** Counts the table calls one request makes, without changing them. */
function countingDynamo() {
  const counter = { calls: 0 };
  const client = new Proxy(realDynamo, {
    get: (target, property, receiver) =>
      property === "send"
        ? ((async (command: Command) => {
            counter.calls += 1;
            return realDynamo.send(command as never);
          }) as Send)
        : Reflect.get(target, property, receiver),
  });
  return { client, counter };
}

/** A TCP server on 127.0.0.1 that accepts connections and never responds. */
let silentServer: Server;
const sockets = new Set<Socket>();
let silentPort = 0;

beforeAll(async () => {
  silentPort = await freePort();
  silentServer = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) =>
    silentServer.listen(silentPort, "127.0.0.1", resolve),
  );
});

afterEach(() => {
  setClients({ dynamo: realDynamo, s3: realS3 });
  setNotifier(undefined);
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => silentServer.close(() => resolve()));
  const total = Object.values(injected).reduce((sum, value) => sum + value, 0);
  console.log(`Faults injected: ${total} (${JSON.stringify(injected)})`);
});

/** Checks the response is a clean, retryable 503. */
function expectUnavailable(response: ApiResponse<unknown>) {
  expect(response.status).toBe(503);
  const body = response.body as { message?: string };
  expect(typeof body.message).toBe("string");
  expect(JSON.stringify(body)).not.toMatch(/ at |\.ts:|Exception|stack/i);
}

async function casesFor(child: Child): Promise<Record<string, unknown>[]> {
  const items = await scanTable();
  return items.filter(
    (item) =>
      item.SK === "CASE" &&
      (item.child as { firstName?: string } | undefined)?.firstName === child.firstName,
  );
}

/** Lists the parts a complete case has that this case lacks. */
async function missingParts(caseId: string, requesterUserId: string): Promise<string[]> {
  const items = (await scanTable()).filter((item) => item.PK === `CASE#${caseId}`);
  const sortKeys = items.map((item) => String(item.SK));
  const missing: string[] = [];
  if (!sortKeys.includes("CASE")) missing.push("case");
  if (!sortKeys.includes("REQUEST")) missing.push("request");
  if (!sortKeys.includes(`MEMBER#USER#${requesterUserId}`))
    missing.push("requester member");
  const submitted = items.some(
    (item) => String(item.SK).startsWith("AUDIT#") && item.action === "request-submitted",
  );
  if (!submitted) missing.push("audit entry");
  return missing;
}

describe("DynamoDB faults", () => {
  it("throttled submission is retryable", async () => {
    const child = newChild();
    children.push(child);
    const draft = await readyDraftFor("parent", child);

    setClients({
      dynamo: faultyDynamo((command) =>
        command.constructor.name === "TransactWriteCommand" ? throttle() : undefined,
      ),
    });
    const failed = await submit("parent", draft.draftId);
    expectUnavailable(failed);
    expect(await casesFor(child)).toHaveLength(0);

    setClients({ dynamo: realDynamo });
    const retried = await submit("parent", draft.draftId);
    expect(retried.status).toBe(201);
    expect(await casesFor(child)).toHaveLength(1);
  });

  it("throttling at any step loses nothing", async () => {
    // Counts the calls of one clean submission, then fails each call in turn.
    const probe = newChild();
    children.push(probe);
    const probeDraft = await readyDraftFor("parent", probe);
    const { client, counter } = countingDynamo();
    setClients({ dynamo: client });
    expect((await submit("parent", probeDraft.draftId)).status).toBe(201);
    setClients({ dynamo: realDynamo });

    const outcomes: string[] = [];
    for (let failAt = 0; failAt < counter.calls; failAt += 1) {
      const child = newChild();
      children.push(child);
      const draft = await readyDraftFor("parent", child);

      setClients({
        dynamo: faultyDynamo((_, index) => (index === failAt ? throttle() : undefined)),
      });
      const first = await submit("parent", draft.draftId);
      setClients({ dynamo: realDynamo });

      // Either it worked, or it failed cleanly; a retry then gives the one case.
      expect([201, 503]).toContain(first.status);
      if (first.status === 503) expectUnavailable(first);
      const retried = await submit("parent", draft.draftId);
      expect([200, 201]).toContain(retried.status);
      outcomes.push(`${failAt}:${first.status}/${retried.status}`);

      const cases = await casesFor(child);
      expect(cases).toHaveLength(1);
      const created = cases[0] as { caseId: string; requesterUserId: string };
      expect(await missingParts(created.caseId, created.requesterUserId)).toEqual([]);
      expect((retried.body as SubmissionResult).caseId).toBe(created.caseId);
    }
    console.log(`Submission calls failed in turn: ${outcomes.join(", ")}`);
  });

  it("throttled reads answer 503", async () => {
    const { caseId } = await newCase("parent");
    setClients({ dynamo: faultyDynamo(() => throttle()) });

    expectUnavailable(
      await call("getCase", { as: "parent", pathParameters: { caseId } }),
    );
    expectUnavailable(await call("listCases", { as: "coordinator" }));
    expectUnavailable(await call("listIntake", { as: "business-support" }));

    setClients({ dynamo: realDynamo });
    expect(
      (await call("getCase", { as: "parent", pathParameters: { caseId } })).status,
    ).toBe(200);
  });

  it("silent table times out cleanly", async () => {
    const { caseId } = await newCase("parent");
    const version = (await getCaseItem(caseId))?.version;
    const silent = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        region: config.region,
        endpoint: `http://127.0.0.1:${silentPort}`,
        maxAttempts: 2,
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
        requestHandler: {
          requestTimeout: 300,
          connectionTimeout: 300,
          throwOnRequestTimeout: true,
        },
      }),
    );
    setClients({ dynamo: silent });
    count("TimeoutError");

    const decided = await call("recordDecision", {
      as: "coordinator",
      pathParameters: { caseId },
      body: { outcome: "assess", expectedVersion: version },
    });
    expectUnavailable(decided);

    setClients({ dynamo: realDynamo });
    expect((await getCaseItem(caseId))?.stage).toBe("deciding");
    const retried = await call<CaseView>("recordDecision", {
      as: "coordinator",
      pathParameters: { caseId },
      body: { outcome: "assess", expectedVersion: version },
    });
    expect(retried.status).toBe(200);
  });
});

describe("S3 and notifier faults", () => {
  async function closedS3(): Promise<S3Client> {
    count("ECONNREFUSED");
    return new S3Client({
      region: config.region,
      endpoint: `http://127.0.0.1:${await freePort()}`,
      forcePathStyle: true,
      maxAttempts: 2,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    });
  }

  it("S3 outage fails submission cleanly", async () => {
    const child = newChild();
    children.push(child);
    const draft = await readyDraftFor("parent", child);

    setClients({ s3: await closedS3() });
    expectUnavailable(await submit("parent", draft.draftId));
    expect(await casesFor(child)).toHaveLength(0);

    setClients({ s3: realS3 });
    expect((await submit("parent", draft.draftId)).status).toBe(201);
    expect(await casesFor(child)).toHaveLength(1);
  });

  it("S3 outage blocks refusal letters", async () => {
    const { caseId } = await newCase("parent");
    const version = (await getCaseItem(caseId))?.version;
    const refusal = {
      outcome: "refuse",
      reasons: "The school can meet the needs from its own resources.",
      expectedVersion: version,
    };

    setClients({ s3: await closedS3() });
    const failed = await call("recordDecision", {
      as: "coordinator",
      pathParameters: { caseId },
      body: refusal,
    });
    expectUnavailable(failed);
    const unchanged = await getCaseItem(caseId);
    expect(unchanged?.stage).toBe("deciding");
    expect(unchanged?.version).toBe(version);

    setClients({ s3: realS3 });
    const retried = await call("recordDecision", {
      as: "coordinator",
      pathParameters: { caseId },
      body: refusal,
    });
    expect(retried.status).toBe(200);
  });

  it("failed notifier keeps the case", async () => {
    const child = newChild();
    children.push(child);
    const draft = await readyDraftFor("parent", child);
    setNotifier({
      send: async () => {
        count("NotifierFailure");
        throw new Error("Simulated SES and SNS outage");
      },
    });

    // Messages go after the commit, so the request succeeds and its case is whole.
    const submitted = await submit("parent", draft.draftId);
    expect(submitted.status).toBe(201);
    const cases = await casesFor(child);
    expect(cases).toHaveLength(1);
    const created = cases[0] as { caseId: string; requesterUserId: string };
    expect(await missingParts(created.caseId, created.requesterUserId)).toEqual([]);
  });

  it("every faulted case is whole", async () => {
    const broken: string[] = [];
    for (const child of children) {
      const cases = (await casesFor(child)) as {
        caseId: string;
        requesterUserId: string;
      }[];
      if (cases.length !== 1) broken.push(`${child.firstName}: ${cases.length} cases`);
      for (const created of cases) {
        const missing = await missingParts(created.caseId, created.requesterUserId);
        if (missing.length > 0) broken.push(`${created.caseId}: ${missing.join(", ")}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
