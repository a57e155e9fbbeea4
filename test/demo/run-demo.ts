/**
 * Plays 24 weeks of the service with the local service in memory. It sends
 * 24 requests through the real handlers (22 in the first three weeks) and
 * records decisions on time, late and refused, and one lawful exception. The
 * case timeline's real state machine runs on a virtual clock moved week by
 * week. Each week prints the chasers, escalations, breaches and decisions,
 * and the end prints the deadlines at risk and breached and the share of
 * cases on time. It took 32 s on 2 cores shared with other work.
 *
 * Steps that have no route yet (advice requests, the draft and final plans, a
 * withdrawal) are set on the case's facts through the store, as their routes
 * will, and then restart the case's timeline.
 *
 * Run with `npm run demo`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import type { Context } from "aws-lambda";

// Settings read when the handler modules load, so they are set before any import of them.
Object.assign(process.env, {
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  LOG_LEVEL: "ERROR",
  // The demo counts breaches itself, and the metric lines would bury the weekly report.
  POWERTOOLS_METRICS_DISABLED: "true",
});

const dayMs = 86_400_000;
const weeks = 24;
/** The demo stops itself if it runs longer than this, in milliseconds. */
const deadlineMs = 115_000;

type Requester = "parent" | "parent2" | "school" | "school2";

type Plan =
  | "on-time"
  | "late-decision"
  | "refused"
  | "late-final"
  | "exception"
  | "late-advice"
  | "withdrawn"
  | "undecided"
  | "recent";

interface DemoCase {
  index: number;
  plan: Plan;
  requester: Requester;
  schoolUrn: string;
  /** Day of the demo, from 0, on which the request is sent. */
  sentOnDay: number;
  caseId?: string;
  reference?: string;
  coordinatorId?: string;
}

interface DemoEvent {
  at: number;
  label: string;
  run: () => Promise<void>;
}

const firstNames = ["Amara", "Oliver", "Zainab", "Harry", "Maja", "Kwame", "Isla", "Dev"];
const lastNames = ["Okafor", "Bennett", "Hussain", "Kowalski", "Murphy", "Chen", "Evans"];
const plans: Plan[] = [
  "on-time",
  "on-time",
  "late-decision",
  "on-time",
  "refused",
  "late-final",
  "on-time",
  "late-advice",
  "exception",
  "on-time",
  "late-decision",
  "withdrawn",
  "on-time",
  "refused",
  "on-time",
  "late-final",
  "on-time",
  "undecided",
  "on-time",
  "late-decision",
  "on-time",
  "on-time",
  "recent",
  "recent",
];
const requesters: Requester[] = ["parent", "school", "parent2", "school2"];

function schoolOf(requester: Requester, index: number): string {
  if (requester === "school") return "100001";
  if (requester === "school2") return "100002";
  return index % 2 === 0 ? "100001" : "100002";
}

/** Builds a one-page PDF, the smallest evidence the upload check accepts. */
function evidencePdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

function formatDay(ms: number): string {
  return new Date(ms).toLocaleDateString("en-GB", {
    timeZone: "Europe/London",
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  });
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error(
      `The demo did not finish within ${deadlineMs / 1000} seconds; stopping`,
    );
    process.exit(1);
  }, deadlineMs);
  watchdog.unref();

  const { freePort } = await import("../../infra/local/ports");
  const { startLocalService } = await import("../../infra/local/local-service");
  const { demoUsers } = await import("../../infra/local/demo-data");
  const { setTimeSource } = await import("../../functions/commons/clock");
  const { call } = await import("../support/events");
  const { VirtualClock } = await import("../../infra/workflow-local/virtual-clock");
  const { createCaseTimelineRuntime, useInProcessTimeline } =
    await import("../../infra/workflow-local/case-timeline");
  const { handler: checkCaseHandler } =
    await import("../../functions/timeline/check-case");
  const { getCaseItem } = await import("../../functions/store/case-store");
  const { listChaseItems } = await import("../../functions/timeline/obligation-store");
  const { restartTimeline } = await import("../../functions/workflow/timeline");
  const { dynamo } = await import("../../functions/commons/clients");
  const { config } = await import("../../functions/commons/config");
  const { keys } = await import("../../functions/store/table");
  const { UpdateCommand } = await import("@aws-sdk/lib-dynamodb");
  type CheckResult = import("../../functions/timeline/check-case").CheckResult;
  type SentChase = import("../../functions/timeline/chasers").SentChase;
  type DraftView = import("../../shared/api").DraftView;
  type UploadTicket = import("../../shared/api").UploadTicket;
  type SubmissionResult = import("../../shared/api").SubmissionResult;
  type CaseView = import("../../shared/schemas/case").CaseView;
  type DeadlinesView = import("../../shared/api").DeadlinesView;
  type RequestDraft = import("../../shared/schemas/request").RequestDraft;
  type CaseFacts = import("../../functions/timeline/facts").CaseFacts;

  const directory = mkdtempSync(join(tmpdir(), "ehc-demo-"));
  const apiPort = await freePort();
  const service = await startLocalService({
    dataDirectory: directory,
    ports: { api: apiPort, dynamoDb: await freePort(), s3: await freePort() },
    serviceUrl: `http://127.0.0.1:${apiPort}`,
    tableName: "ehc-demo",
    bucketName: "ehc-demo-documents",
    inMemory: true,
    log: () => undefined,
    // The demo runs the timeline in this process on a clock it moves itself.
    timeline: false,
  });

  const start = Date.parse("2026-03-02T09:00:00.000Z");
  const clock = new VirtualClock({ start: new Date(start) });
  setTimeSource(() => clock.nowMs());

  // Every chaser the real task sends, kept for the weekly report.
  const sent: { at: number; chase: SentChase }[] = [];
  const runtime = createCaseTimelineRuntime(clock, {
    checkCase: async (payload) => {
      const context = {
        functionName: "demo-check-case",
        awsRequestId: randomUUID(),
        getRemainingTimeInMillis: () => 30_000,
      } as unknown as Context;
      const result = (await checkCaseHandler(payload, context)) as CheckResult;
      for (const chase of result.sent ?? []) sent.push({ at: clock.nowMs(), chase });
      return result;
    },
  });
  useInProcessTimeline(runtime);

  const coordinatorNames = new Map(
    demoUsers.filter((u) => u.role === "coordinator").map((u) => [u.userId, u.username]),
  );
  const decisions: { at: number; outcome: string; late: boolean }[] = [];
  const created: number[] = [];

  async function sendRequest(demo: DemoCase): Promise<void> {
    const as = demo.requester;
    const requesterType = as.startsWith("school") ? "school" : "parent";
    const draft = await call<DraftView>("createDraft", { as, body: { requesterType } });
    const bytes = evidencePdf();
    const ticket = await call<UploadTicket>("createDraftUpload", {
      as,
      pathParameters: { draftId: draft.body.draftId },
      body: {
        fileName: "school-report.pdf",
        contentType: "application/pdf",
        sizeBytes: bytes.length,
        documentType: "school-report",
      },
    });
    await fetch(ticket.body.uploadUrl, {
      method: "PUT",
      headers: ticket.body.headers,
      body: new Uint8Array(bytes),
    });

    const firstName = firstNames[demo.index % firstNames.length]!;
    const lastName = `${lastNames[demo.index % lastNames.length]}${"abcdefghijklmnopqrstuvwxyz"[demo.index]}`;
    const answers: RequestDraft = {
      child: {
        firstName,
        lastName,
        dateOfBirth: `201${demo.index % 9}-0${(demo.index % 9) + 1}-1${demo.index % 9}`,
        gender: demo.index % 2 === 0 ? "female" : "male",
        upn: `K${String(100000000000 + demo.index * 7919)}`,
        address: {
          line1: `${demo.index + 3} Station Road`,
          town: "Aberton",
          postcode: demo.schoolUrn === "100001" ? "AB1 4XY" : "AB9 3QT",
        },
        firstLanguage: "English",
        gp: { name: "Dr Hughes", practice: "Station Road Surgery" },
        currentSetting: {
          urn: demo.schoolUrn,
          name:
            demo.schoolUrn === "100001" ? "Riverside Primary School" : "Hillview Academy",
          yearGroup: `Year ${(demo.index % 6) + 1}`,
          startedOn: "2022-09-05",
        },
        previousSettings: [],
        lookedAfter: false,
      },
      parents: [
        {
          firstName: "Jo",
          lastName,
          relationship: "Mother",
          parentalResponsibility: true,
          address: {
            line1: `${demo.index + 3} Station Road`,
            town: "Aberton",
            postcode: "AB1 4XY",
          },
          phone: "07700 900982",
          email: `family${demo.index}@example.com`,
          firstLanguage: "English",
          interpreterNeeded: false,
        },
      ],
      consent: { givenBy: `Jo ${lastName}`, givenOn: "2026-02-20", confirmed: true },
      needs: {
        communicationAndInteraction: "Finds it hard to follow spoken instructions.",
        cognitionAndLearning: "Reading age two years behind.",
      },
      support: {
        description: "Daily small-group literacy since September.",
        effect: "Some progress in phonics.",
      },
      professionals: [],
      views: { child: "I like drawing.", family: "We want them to feel safe at school." },
      evidence: [
        {
          documentId: ticket.body.documentId,
          fileName: "school-report.pdf",
          documentType: "school-report",
          writtenOn: "2025-11-10",
        },
      ],
      contactPreferences: {
        channel: (["email", "sms", "both"] as const)[demo.index % 3]!,
        language: "English",
      },
      declaration: true,
    };
    await call("saveDraft", {
      as,
      pathParameters: { draftId: draft.body.draftId },
      body: { answers, expectedVersion: draft.body.version },
    });
    const submitted = await call<SubmissionResult>("submitDraft", {
      as,
      pathParameters: { draftId: draft.body.draftId },
    });
    if (submitted.status !== 201 || !submitted.body.caseId) {
      throw new Error(
        `Request ${demo.index} was not accepted: status ${submitted.status}`,
      );
    }
    demo.caseId = submitted.body.caseId;
    demo.reference = submitted.body.reference;
    demo.coordinatorId = (await getCaseItem(demo.caseId))?.coordinatorId;
    created.push(clock.nowMs());
  }

  async function decide(demo: DemoCase, outcome: "assess" | "refuse"): Promise<void> {
    const current = (await getCaseItem(demo.caseId!))!;
    const decided = await call<CaseView>("recordDecision", {
      as: coordinatorNames.get(current.coordinatorId) ?? "coordinator",
      pathParameters: { caseId: demo.caseId! },
      body: {
        outcome,
        reasons:
          outcome === "refuse" ? "The school's support is meeting the needs." : undefined,
        expectedVersion: current.version,
      },
    });
    if (decided.status !== 200) throw new Error(`Decision failed: ${decided.status}`);
    decisions.push({
      at: clock.nowMs(),
      outcome,
      late:
        current.decisionToAssessDue < new Date(clock.nowMs()).toISOString().slice(0, 10),
    });
  }

  /** Sets facts or the stage as a later route will, then restarts the timeline. */
  async function changeCase(demo: DemoCase, facts: Partial<CaseFacts>, stage?: string) {
    const current = (await getCaseItem(demo.caseId!))!;
    await dynamo().send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: keys.case(demo.caseId!),
        UpdateExpression: "SET facts = :facts, stage = :stage, version = :next",
        ConditionExpression: "version = :version",
        ExpressionAttributeValues: {
          ":facts": { ...current.facts, ...facts },
          ":stage": stage ?? current.stage,
          ":version": current.version,
          ":next": current.version + 1,
        },
      }),
    );
    await restartTimeline(demo.caseId!);
  }

  const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  const cases: DemoCase[] = plans.map((plan, index) => {
    const requester = requesters[index % requesters.length]!;
    return {
      index,
      plan,
      requester,
      schoolUrn: schoolOf(requester, index),
      // Seven or eight requests a week over the first three weeks, on weekdays,
      // and two recent ones whose decisions fall due as the demo ends.
      sentOnDay:
        plan === "recent"
          ? 127 + (index % 2) * 3
          : Math.floor(index / 7.5) * 7 + (index % 5),
    };
  });

  const events: DemoEvent[] = [];
  const at = (demo: DemoCase, week: number, extraDays = 0) =>
    start + (demo.sentOnDay + week * 7 + extraDays) * dayMs + 60 * 60 * 1000;

  for (const demo of cases) {
    events.push({
      at: start + demo.sentOnDay * dayMs + 30 * 60 * 1000 + demo.index * 60_000,
      label: "request",
      run: () => sendRequest(demo),
    });
    const assessAt = demo.plan === "late-decision" ? at(demo, 7, 2) : at(demo, 4, 1);

    if (demo.plan === "undecided" || demo.plan === "recent") continue;
    if (demo.plan === "refused") {
      events.push({
        at: at(demo, 4),
        label: "decision",
        run: () => decide(demo, "refuse"),
      });
      continue;
    }
    events.push({ at: assessAt, label: "decision", run: () => decide(demo, "assess") });

    if (demo.plan === "withdrawn") {
      events.push({
        at: at(demo, 10),
        label: "withdrawal",
        run: () => changeCase(demo, { closedOn: isoDay(at(demo, 10)) }, "withdrawn"),
      });
      continue;
    }

    // Advice is asked of the school's educational psychologist a few days after the decision.
    const adviceOn = assessAt + 3 * dayMs;
    events.push({
      at: adviceOn,
      label: "advice requested",
      run: () =>
        changeCase(demo, {
          adviceRequests: [
            {
              adviceId: `ep-${demo.index}`,
              adviserId: "00000000-0000-4000-8000-000000000041",
              requestedOn: isoDay(adviceOn),
            },
          ],
        }),
    });
    const adviceBack =
      demo.plan === "late-advice" ? adviceOn + 45 * dayMs : adviceOn + 33 * dayMs;
    events.push({
      at: adviceBack,
      label: "advice received",
      run: async () => {
        const facts = (await getCaseItem(demo.caseId!))!.facts as CaseFacts;
        await changeCase(demo, {
          adviceRequests: (facts.adviceRequests ?? []).map((r) => ({
            ...r,
            submittedOn: isoDay(adviceBack),
          })),
        });
      },
    });

    if (demo.plan === "exception") {
      events.push({
        at: at(demo, 9),
        label: "exception",
        run: async () => {
          const current = (await getCaseItem(demo.caseId!))!;
          const result = await call("recordException", {
            as: coordinatorNames.get(current.coordinatorId) ?? "coordinator",
            pathParameters: { caseId: demo.caseId! },
            body: {
              kind: "away-from-area",
              startsOn: isoDay(at(demo, 9)),
              endsOn: isoDay(at(demo, 14) - dayMs),
              reason: "The family were abroad for five weeks for a family illness.",
              expectedVersion: current.version,
            },
          });
          if (result.status !== 200)
            throw new Error(`Exception failed: ${result.status}`);
        },
      });
    }

    const extra = demo.plan === "exception" ? 5 : 0;
    const draftWeek = (demo.plan === "late-final" ? 17 : 14) + extra;
    events.push({
      at: at(demo, draftWeek),
      label: "draft plan",
      run: () =>
        changeCase(
          demo,
          {
            decisionToIssue: { outcome: "issue", decidedOn: isoDay(at(demo, draftWeek)) },
            draftServedOn: isoDay(at(demo, draftWeek)),
          },
          "drafting",
        ),
    });
    events.push({
      at: at(demo, draftWeek + 2),
      label: "family responded",
      run: () => changeCase(demo, { familyRespondedOn: isoDay(at(demo, draftWeek + 2)) }),
    });
    const finalWeek = (demo.plan === "late-final" ? 21 : 19) + extra;
    events.push({
      at: at(demo, finalWeek),
      label: "final plan",
      run: () =>
        changeCase(demo, { finalIssuedOn: isoDay(at(demo, finalWeek)) }, "final"),
    });
  }
  events.sort((a, b) => a.at - b.at);

  console.log(
    `Playing ${weeks} weeks from ${formatDay(start)}: ${cases.length} requests, chasers at 08:00 London time.\n`,
  );

  const began = Date.now();
  let next = 0;
  for (let week = 0; week < weeks; week += 1) {
    const weekStart = start + week * 7 * dayMs;
    const weekEnd = weekStart + 7 * dayMs;
    const firstSent = sent.length;
    const firstDecision = decisions.length;
    const firstCreated = created.length;
    const labels = new Map<string, number>();

    while (next < events.length && events[next]!.at < weekEnd) {
      const event = events[next]!;
      await runtime.advanceTo(new Date(event.at));
      await event.run();
      await runtime.idle();
      labels.set(event.label, (labels.get(event.label) ?? 0) + 1);
      next += 1;
    }
    await runtime.advanceTo(new Date(weekEnd));

    const thisWeek = sent.slice(firstSent).map((entry) => entry.chase);
    const reminders = new Map<string, number>();
    for (const chase of thisWeek.filter((c) => c.action.kind === "reminder")) {
      const audience = chase.audiences[0]!;
      reminders.set(audience, (reminders.get(audience) ?? 0) + 1);
    }
    const escalations = thisWeek.filter((c) => c.action.kind === "escalation");
    const breaches = thisWeek.filter((c) => c.breach);
    const weekDecisions = decisions.slice(firstDecision);

    const reminderText =
      [...reminders].map(([audience, count]) => `${count} to ${audience}`).join(", ") ||
      "none";
    const other = [...labels]
      .filter(([label]) => label !== "request" && label !== "decision")
      .map(([label, count]) => `${count} ${label}`)
      .join(", ");
    console.log(
      [
        `Week ${String(week + 1).padStart(2)} (${formatDay(weekStart)}):`,
        `${created.length - firstCreated} requests,`,
        `${weekDecisions.length} decisions (${weekDecisions.filter((d) => d.late).length} late, ${weekDecisions.filter((d) => d.outcome === "refuse").length} refused),`,
        `reminders ${reminderText},`,
        `${escalations.length} escalations (${escalations.reduce((n, c) => n + c.messages, 0)} messages),`,
        `${breaches.length} breaches${breaches.length ? ` [${breaches.map((b) => b.action.obligationId.split("#")[0]).join(", ")}]` : ""}${other ? `; ${other}` : ""}`,
      ].join(" "),
    );
  }

  const deadlines = await call<DeadlinesView>("listDeadlines", { as: "manager" });
  console.log(`\nDeadlines on ${deadlines.body.today}:`);
  console.log(`  at risk (due within 7 days): ${deadlines.body.atRisk.length}`);
  for (const d of deadlines.body.atRisk) {
    console.log(
      `    ${d.reference} ${d.kind} due ${d.dueDate}, ${d.daysLeft} days left, ${d.coordinatorName}`,
    );
  }
  console.log(`  breached: ${deadlines.body.breached.length}`);
  for (const d of deadlines.body.breached) {
    console.log(
      `    ${d.reference} ${d.kind} due ${d.dueDate}, ${-d.daysLeft} days late, escalated ${d.escalations} times, ${d.coordinatorName}`,
    );
  }

  const chaseItems = await Promise.all(
    cases.map(async (demo) => ({ demo, chases: await listChaseItems(demo.caseId!) })),
  );
  const onTime = chaseItems.filter(
    ({ chases }) => !chases.some((c) => c.kind === "escalation"),
  );
  const transitions = runtime.listExecutions().reduce((n, e) => n + e.transitions, 0);

  console.log(
    `\nCases with no time limit missed: ${onTime.length} of ${cases.length} (${Math.round((onTime.length / cases.length) * 100)}%)`,
  );
  console.log(
    `Chasers sent: ${sent.filter((s) => s.chase.action.kind === "reminder").length} reminders, ${sent.filter((s) => s.chase.action.kind === "escalation").length} escalations, ${sent.filter((s) => s.chase.breach).length} breaches`,
  );
  console.log(
    `State transitions: ${transitions} over ${runtime.listExecutions().length} executions; played in ${((Date.now() - began) / 1000).toFixed(1)} s`,
  );

  runtime.stopAll();
  clock.stop();
  useInProcessTimeline(undefined);
  await service.stop();
  rmSync(directory, { recursive: true, force: true });
  clearTimeout(watchdog);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("The demo failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
