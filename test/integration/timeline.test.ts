/**
 * The case timeline end to end: the real ASL on the local Step Functions
 * runtime, the real check-case handler, DynamoDB Local and the outbox, with
 * a virtual clock moved through the 20 weeks. Steps that have no route yet
 * (advice requests, the draft plan, the final plan, a withdrawal) are set on
 * the case's facts through the store, as their routes will.
 */
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { DeadlinesView } from "../../shared/api";
import type { CaseView } from "../../shared/schemas/case";
import { dynamo } from "../../functions/commons/clients";
import { setTimeSource } from "../../functions/commons/clock";
import { config } from "../../functions/commons/config";
import type { SentMessage } from "../../functions/messages/notifier";
import { getCaseItem } from "../../functions/store/case-store";
import { keys } from "../../functions/store/table";
import type { CaseFacts } from "../../functions/timeline/facts";
import {
  listChaseItems,
  listObligationItems,
} from "../../functions/timeline/obligation-store";
import { restartTimeline } from "../../functions/workflow/timeline";
import {
  createCaseTimelineRuntime,
  useInProcessTimeline,
} from "../../infra/workflow-local/case-timeline";
import type { LocalStepFunctions } from "../../infra/workflow-local/runtime";
import { VirtualClock } from "../../infra/workflow-local/virtual-clock";
import { call } from "../support/events";
import { newCase, outboxFor, realClock } from "./fixtures";

const specialistId = "00000000-0000-4000-8000-000000000041";
const healthAdviserId = "00000000-0000-4000-8000-0000000000a1";

let runtime: LocalStepFunctions | undefined;

/** Starts a runtime on a clock of its own and points the handlers at both. */
function startTimeline(start: string): LocalStepFunctions {
  const clock = new VirtualClock({ start: new Date(start) });
  setTimeSource(() => clock.nowMs());
  runtime = createCaseTimelineRuntime(clock);
  useInProcessTimeline(runtime);
  return runtime;
}

async function advanceTo(instant: string): Promise<void> {
  await runtime!.advanceTo(new Date(instant));
}

afterEach(() => {
  runtime?.stopAll();
  runtime = undefined;
  useInProcessTimeline(undefined);
});
afterAll(() => realClock());

/** Changes a case's facts or stage as a later route will, then restarts its timeline. */
async function changeCase(
  caseId: string,
  change: { facts?: Partial<CaseFacts>; stage?: string },
  restart = true,
): Promise<void> {
  const current = (await getCaseItem(caseId))!;
  const facts = { ...current.facts, ...change.facts };
  await dynamo().send(
    new UpdateCommand({
      TableName: config.tableName,
      Key: keys.case(caseId),
      UpdateExpression: "SET facts = :facts, stage = :stage, version = :next",
      ConditionExpression: "version = :version",
      ExpressionAttributeValues: {
        ":facts": facts,
        ":stage": change.stage ?? current.stage,
        ":version": current.version,
        ":next": current.version + 1,
      },
    }),
  );
  if (restart) await restartTimeline(caseId);
  await runtime!.idle();
}

async function decide(caseId: string, outcome: "assess" | "refuse") {
  const current = (await getCaseItem(caseId))!;
  const decided = await call<CaseView>("recordDecision", {
    as: "coordinator",
    pathParameters: { caseId },
    body: {
      outcome,
      reasons:
        outcome === "refuse" ? "The evidence shows needs met at school." : undefined,
      expectedVersion: current.version,
    },
  });
  await runtime!.idle();
  return decided;
}

function isChaser(message: SentMessage): boolean {
  return /^(reminder|escalation)-/.test(message.template);
}

/** Lists each chaser once as "template@instant", in sending order. */
async function chasersOf(reference: string): Promise<string[]> {
  const messages = (await outboxFor(reference)).filter(isChaser);
  const seen = [...new Set(messages.map((m) => `${m.template}@${m.createdAt}`))];
  const instant = (entry: string) => entry.split("@")[1]!;
  return seen.sort((a, b) => instant(a).localeCompare(instant(b)) || a.localeCompare(b));
}

/** Fails when one recipient got the same chaser twice. */
async function expectNoDuplicates(reference: string): Promise<void> {
  const messages = (await outboxFor(reference)).filter(isChaser);
  const keysSent = messages.map(
    (m) => `${m.template}|${m.createdAt}|${m.channel}|${m.to}`,
  );
  expect(keysSent.length).toBe(new Set(keysSent).size);
}

function executionsOf(caseId: string) {
  return runtime!
    .listExecutions()
    .filter((execution) => (execution.input as { caseId: string }).caseId === caseId);
}

async function deadlinesFor(caseId: string) {
  const result = await call<DeadlinesView>("listDeadlines", { as: "manager" });
  expect(result.status).toBe(200);
  return {
    atRisk: result.body.atRisk.filter((d) => d.caseId === caseId),
    breached: result.body.breached.filter((d) => d.caseId === caseId),
  };
}

describe("case timeline", () => {
  it("chases an on-time case only", async () => {
    startTimeline("2026-03-02T10:00:00.000Z");
    const { caseId, reference } = await newCase("parent");
    await runtime!.idle();

    await advanceTo("2026-04-08T10:00:00.000Z");
    expect((await decide(caseId, "assess")).status).toBe(200);

    await advanceTo("2026-06-10T10:00:00.000Z");
    await changeCase(caseId, {
      facts: {
        decisionToIssue: { outcome: "issue", decidedOn: "2026-06-10" },
        draftServedOn: "2026-06-10",
      },
      stage: "drafting",
    });
    await advanceTo("2026-06-20T10:00:00.000Z");
    await changeCase(caseId, { facts: { familyRespondedOn: "2026-06-20" } });
    await advanceTo("2026-07-10T10:00:00.000Z");
    await changeCase(caseId, { facts: { finalIssuedOn: "2026-07-10" }, stage: "final" });
    await advanceTo("2026-09-01T10:00:00.000Z");

    // 08:00 in London is 07:00 UTC in British Summer Time, from 29 March 2026.
    expect(await chasersOf(reference)).toEqual([
      "reminder-coordinator@2026-03-30T07:00:00.000Z",
      "reminder-coordinator@2026-04-06T07:00:00.000Z",
      "reminder-coordinator@2026-06-08T07:00:00.000Z",
      "reminder-family@2026-06-10T10:00:00.000Z",
      "reminder-family@2026-06-17T07:00:00.000Z",
      "reminder-coordinator@2026-07-06T07:00:00.000Z",
    ]);
    await expectNoDuplicates(reference);

    const executions = executionsOf(caseId);
    expect(executions.every((e) => e.status !== "RUNNING")).toBe(true);
    expect(executions.at(-1)?.status).toBe("SUCCEEDED");
    expect(await listObligationItems(caseId)).toEqual([]);

    const transitions = executions.reduce((total, e) => total + e.transitions, 0);
    console.log(
      `State transitions for one on-time 20-week case: ${transitions} over ${executions.length} executions`,
    );
    expect(transitions).toBeLessThanOrEqual(100);
  });

  it("escalates a late decision", async () => {
    startTimeline("2026-03-02T10:00:00.000Z");
    const { caseId, reference } = await newCase("parent");
    await runtime!.idle();

    await advanceTo("2026-04-13T12:00:00.000Z");
    const atRisk = await deadlinesFor(caseId);
    expect(atRisk.atRisk.map((d) => d.kind)).toEqual(["decision-to-assess"]);
    expect(atRisk.atRisk[0]?.daysLeft).toBe(0);

    const output = vi.spyOn(process.stdout, "write");
    try {
      await advanceTo("2026-04-14T12:00:00.000Z");
      const lines = output.mock.calls.map((args) => String(args[0]));
      const metric = lines
        .filter((line) => line.includes('"DeadlineBreached"'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(metric).toHaveLength(1);
      expect(metric[0]?.obligationKind).toBe("decision-to-assess");
      expect(JSON.stringify(metric[0])).not.toContain(reference);
    } finally {
      output.mockRestore();
    }

    const messages = await outboxFor(reference);
    const escalations = messages.filter((m) => m.template.startsWith("escalation-"));
    expect(escalations.map((m) => m.template).sort()).toEqual([
      "escalation-coordinator",
      "escalation-manager",
    ]);
    expect(escalations.find((m) => m.template === "escalation-manager")?.to).toBe(
      "manager@council.example.gov.uk",
    );
    expect(escalations.every((m) => m.createdAt === "2026-04-14T07:00:00.000Z")).toBe(
      true,
    );

    const breached = await deadlinesFor(caseId);
    expect(breached.breached).toHaveLength(1);
    expect(breached.breached[0]?.escalations).toBe(1);
    expect(breached.breached[0]?.daysLeft).toBe(-1);
    expect(breached.breached[0]?.coordinatorName).toMatch(/Coordinator$/);

    await advanceTo("2026-04-22T12:00:00.000Z");
    expect((await deadlinesFor(caseId)).breached[0]?.escalations).toBe(2);
    expect(await chasersOf(reference)).toEqual([
      "reminder-coordinator@2026-03-30T07:00:00.000Z",
      "reminder-coordinator@2026-04-06T07:00:00.000Z",
      "reminder-coordinator@2026-04-13T07:00:00.000Z",
      "escalation-coordinator@2026-04-14T07:00:00.000Z",
      "escalation-manager@2026-04-14T07:00:00.000Z",
      "escalation-coordinator@2026-04-21T07:00:00.000Z",
      "escalation-manager@2026-04-21T07:00:00.000Z",
    ]);

    const audit = await call<{ action: string }[]>("listAudit", {
      as: "manager",
      pathParameters: { caseId },
    });
    expect(audit.body.filter((e) => e.action === "deadline-breached")).toHaveLength(1);
  });

  it("escalates one late adviser", async () => {
    await dynamo().send(
      new PutCommand({
        TableName: config.tableName,
        Item: {
          ...keys.profile(healthAdviserId),
          userId: healthAdviserId,
          role: "specialist",
          name: "Ash Paediatrician",
          email: "ash.paediatrician@nhs.example.uk",
        },
      }),
    );
    startTimeline("2026-03-02T10:00:00.000Z");
    const { caseId, reference } = await newCase("parent");
    await runtime!.idle();
    await advanceTo("2026-03-20T10:00:00.000Z");
    await decide(caseId, "assess");

    await advanceTo("2026-03-23T10:00:00.000Z");
    await changeCase(caseId, {
      facts: {
        adviceRequests: [
          { adviceId: "advice-ep", adviserId: specialistId, requestedOn: "2026-03-23" },
          {
            adviceId: "advice-health",
            adviserId: healthAdviserId,
            requestedOn: "2026-03-23",
          },
        ],
      },
    });
    await advanceTo("2026-04-28T10:00:00.000Z");
    const current = (await getCaseItem(caseId))!;
    const requests = (current.facts as CaseFacts).adviceRequests!;
    await changeCase(caseId, {
      facts: {
        adviceRequests: requests.map((r) =>
          r.adviceId === "advice-ep" ? { ...r, submittedOn: "2026-04-28" } : r,
        ),
      },
    });
    await advanceTo("2026-05-06T10:00:00.000Z");

    const messages = await outboxFor(reference);
    const toAdvisers = messages.filter((m) => m.template === "reminder-adviser");
    const epReminders = toAdvisers.filter((m) => m.to === "ep@council.example.gov.uk");
    const healthReminders = toAdvisers.filter(
      (m) => m.to === "ash.paediatrician@nhs.example.uk",
    );
    expect(epReminders.map((m) => m.createdAt)).toEqual([
      "2026-04-20T07:00:00.000Z",
      "2026-04-27T07:00:00.000Z",
    ]);
    expect(healthReminders.map((m) => m.createdAt)).toEqual([
      "2026-04-20T07:00:00.000Z",
      "2026-04-27T07:00:00.000Z",
      "2026-05-04T07:00:00.000Z",
    ]);

    const escalations = messages.filter((m) => m.template === "escalation-manager");
    expect(escalations).toHaveLength(1);
    expect(escalations[0]?.createdAt).toBe("2026-05-05T07:00:00.000Z");
    expect(escalations[0]?.body).toContain("the adviser, Ash Paediatrician");

    const breached = (await deadlinesFor(caseId)).breached;
    expect(breached.map((d) => d.obligationId)).toEqual(["advice#advice-health"]);
    expect(breached[0]?.ownerName).toBe("Ash Paediatrician");
  });

  it("moves deadlines for an exception", async () => {
    startTimeline("2026-03-02T10:00:00.000Z");
    const { caseId, reference } = await newCase("parent");
    await runtime!.idle();
    await advanceTo("2026-04-01T10:00:00.000Z");
    const decided = await decide(caseId, "assess");

    const stale = await call("recordException", {
      as: "coordinator",
      pathParameters: { caseId },
      body: {
        kind: "personal-circumstances",
        startsOn: "2026-05-01",
        endsOn: "2026-05-28",
        reason: "Family bereavement; the assessment paused at the family's request.",
        expectedVersion: decided.body.version - 1,
      },
    });
    expect(stale.status).toBe(409);

    const missed = await call<{ errors: { field: string }[] }>("recordException", {
      as: "coordinator",
      pathParameters: { caseId },
      body: {
        kind: "missed-appointment",
        startsOn: "2026-05-01",
        endsOn: "2026-05-07",
        reason: "Appointment missed.",
        adviceId: "no-such-advice",
        expectedVersion: decided.body.version,
      },
    });
    expect(missed.status).toBe(400);
    expect(missed.body.errors[0]?.field).toBe("adviceId");

    await advanceTo("2026-05-29T10:00:00.000Z");
    const recorded = await call<CaseView>("recordException", {
      as: "coordinator",
      pathParameters: { caseId },
      body: {
        kind: "personal-circumstances",
        startsOn: "2026-05-01",
        endsOn: "2026-05-28",
        reason: "Family bereavement; the assessment paused at the family's request.",
        expectedVersion: decided.body.version,
      },
    });
    await runtime!.idle();
    expect(recorded.status).toBe(200);
    const finalPlan = recorded.body.obligations?.find((o) => o.kind === "final-plan");
    expect(finalPlan?.originalDueDate).toBe("2026-07-20");
    expect(finalPlan?.dueDate).toBe("2026-08-17");
    expect(recorded.body.exceptions).toHaveLength(1);
    expect((await getCaseItem(caseId)) as unknown).toMatchObject({
      exceptionApplied: true,
    });

    const told = (await outboxFor(reference)).filter(
      (m) => m.template === "exception-applied",
    );
    expect(told.length).toBeGreaterThan(0);
    const email = told.find((m) => m.channel === "email")!;
    expect(email.body).toContain("was due by Monday 20 July 2026");
    expect(email.body).toContain("now due by Monday 17 August 2026");
    expect(email.body).toContain("exceptional personal circumstances");
    expect(email.body).not.toContain("bereavement");

    const family = await call<CaseView>("getCase", {
      as: "parent",
      pathParameters: { caseId },
    });
    expect(family.body.obligations).toBeUndefined();
    expect(family.body.exceptions?.[0]?.reason).not.toContain("bereavement");

    await advanceTo("2026-07-01T10:00:00.000Z");
    await changeCase(caseId, {
      facts: {
        decisionToIssue: { outcome: "issue", decidedOn: "2026-07-01" },
        draftServedOn: "2026-07-01",
        familyRespondedOn: "2026-07-08",
      },
      stage: "drafting",
    });
    // Past the original 20 weeks, before the moved date.
    await advanceTo("2026-07-28T10:00:00.000Z");
    const messages = await outboxFor(reference);
    expect(messages.filter((m) => m.template.startsWith("escalation-"))).toEqual([]);
    // The reminders of the original 20 weeks (6, 13 and 20 July) did not go out.
    expect(await chasersOf(reference)).toEqual([
      "reminder-coordinator@2026-03-30T07:00:00.000Z",
    ]);
    expect((await deadlinesFor(caseId)).breached).toEqual([]);
  });

  it("ends the timeline on refusal", async () => {
    startTimeline("2026-03-02T10:00:00.000Z");
    const { caseId, reference } = await newCase("parent");
    await runtime!.idle();
    await advanceTo("2026-04-01T10:00:00.000Z");
    expect((await decide(caseId, "refuse")).status).toBe(200);

    await advanceTo("2026-08-01T10:00:00.000Z");
    const executions = executionsOf(caseId);
    expect(executions.at(-1)?.status).toBe("SUCCEEDED");
    expect(executions.filter((e) => e.status === "RUNNING")).toEqual([]);
    expect(await chasersOf(reference)).toEqual([
      "reminder-coordinator@2026-03-30T07:00:00.000Z",
    ]);
    expect(await listObligationItems(caseId)).toEqual([]);
  });

  it("ends the timeline on withdrawal", async () => {
    startTimeline("2026-03-02T10:00:00.000Z");
    const { caseId, reference } = await newCase("parent");
    await runtime!.idle();
    await advanceTo("2026-04-01T10:00:00.000Z");
    await decide(caseId, "assess");
    await advanceTo("2026-05-01T10:00:00.000Z");

    // Set through the store with no restart: the next wake-up finds the case ended.
    await changeCase(
      caseId,
      { facts: { closedOn: "2026-05-01" }, stage: "withdrawn" },
      false,
    );
    await advanceTo("2026-09-01T10:00:00.000Z");

    const executions = executionsOf(caseId);
    expect(executions.at(-1)?.status).toBe("SUCCEEDED");
    expect(executions.at(-1)?.stopDate?.toISOString()).toBe("2026-06-08T07:00:00.000Z");
    const afterWithdrawal = (await chasersOf(reference)).filter(
      (c) => c.split("@")[1]! > "2026-05-01",
    );
    expect(afterWithdrawal).toEqual([]);
    expect(await listObligationItems(caseId)).toEqual([]);
  });

  it("resumes after a runtime restart", async () => {
    const first = startTimeline("2026-03-02T10:00:00.000Z");
    const { caseId, reference } = await newCase("parent");
    await runtime!.idle();
    await advanceTo("2026-04-07T10:00:00.000Z");

    // The process stops; its executions lived only in memory.
    first.stopAll();
    const second = startTimeline("2026-04-13T12:00:00.000Z");
    // The local runtime resumes every open case. Other test files share the
    // table, so this test restarts only its own case. It also starts a second
    // execution, to show that two overlapping executions send nothing twice.
    await restartTimeline(caseId);
    second.startExecution({ stateMachineName: "case-timeline", input: { caseId } });
    await second.idle();
    await advanceTo("2026-04-15T12:00:00.000Z");

    expect(await chasersOf(reference)).toEqual([
      "reminder-coordinator@2026-03-30T07:00:00.000Z",
      "reminder-coordinator@2026-04-06T07:00:00.000Z",
      "reminder-coordinator@2026-04-13T12:00:00.000Z",
      "escalation-coordinator@2026-04-14T07:00:00.000Z",
      "escalation-manager@2026-04-14T07:00:00.000Z",
    ]);
    await expectNoDuplicates(reference);
    const chases = await listChaseItems(caseId);
    expect(chases.map((c) => c.actionId).sort()).toEqual([
      "decision-to-assess#escalation#2026-04-14",
      "decision-to-assess#reminder#2026-03-30",
      "decision-to-assess#reminder#2026-04-06",
      "decision-to-assess#reminder#2026-04-13",
    ]);
  });
});
