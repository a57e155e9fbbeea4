/**
 * Advice on the case timeline: requests made and advice submitted through
 * the routes, with the real state machine on a virtual clock, so the chasers
 * and the escalation come from the advice obligations those routes record.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { DeadlinesView } from "../../shared/api";
import { setTimeSource } from "../../functions/commons/clock";
import {
  createCaseTimelineRuntime,
  useInProcessTimeline,
} from "../../infra/workflow-local/case-timeline";
import type { LocalStepFunctions } from "../../infra/workflow-local/runtime";
import { VirtualClock } from "../../infra/workflow-local/virtual-clock";
import { call } from "../support/events";
import {
  adviceOfKind,
  assessingCase,
  readyAdvice,
  requestAdvice,
  submitAdvice,
} from "./advice-fixtures";
import { outboxFor, realClock } from "./fixtures";

let runtime: LocalStepFunctions | undefined;

afterEach(() => {
  runtime?.stopAll();
  runtime = undefined;
  useInProcessTimeline(undefined);
});
afterAll(() => realClock());

describe("advice timeline", () => {
  it("chases and escalates late advice", async () => {
    const clock = new VirtualClock({ start: new Date("2026-03-02T10:00:00.000Z") });
    setTimeSource(() => clock.nowMs());
    runtime = createCaseTimelineRuntime(clock);
    useInProcessTimeline(runtime);

    const { caseId, reference } = await assessingCase();
    await runtime.idle();
    await runtime.advanceTo(new Date("2026-03-23T10:00:00.000Z"));
    const view = await requestAdvice(caseId, [
      { kind: "psychology" },
      { kind: "health", adviserId: "00000000-0000-4000-8000-000000000042" },
    ]);
    await runtime.idle();
    expect(adviceOfKind(view, "health").dueDate).toBe("2026-05-04");

    // The psychologist submits a week before the due date, after that morning's
    // reminder; the health adviser never does.
    await runtime.advanceTo(new Date("2026-04-27T10:00:00.000Z"));
    const ready = await readyAdvice("specialist", adviceOfKind(view, "psychology"));
    expect((await submitAdvice("specialist", ready)).status).toBe(200);
    await runtime.idle();
    await runtime.advanceTo(new Date("2026-05-06T10:00:00.000Z"));

    const messages = await outboxFor(reference);
    const reminders = messages.filter((m) => m.template === "reminder-adviser");
    const toEp = reminders.filter((m) => m.to === "ep@council.example.gov.uk");
    const toHealth = reminders.filter(
      (m) => m.to === "paediatrics@health.example.nhs.uk",
    );
    expect(toEp.map((m) => m.createdAt)).toEqual([
      "2026-04-20T07:00:00.000Z",
      "2026-04-27T07:00:00.000Z",
    ]);
    expect(toHealth.map((m) => m.createdAt)).toEqual([
      "2026-04-20T07:00:00.000Z",
      "2026-04-27T07:00:00.000Z",
      "2026-05-04T07:00:00.000Z",
    ]);

    const escalations = messages.filter((m) => m.template === "escalation-manager");
    expect(escalations.map((m) => m.createdAt)).toEqual(["2026-05-05T07:00:00.000Z"]);
    expect(escalations[0]?.body).toContain("Dr Ash Paediatrician");

    const deadlines = await call<DeadlinesView>("listDeadlines", { as: "manager" });
    const breached = deadlines.body.breached.filter((d) => d.caseId === caseId);
    expect(breached.map((d) => d.obligationId)).toEqual([
      `advice#${adviceOfKind(view, "health").adviceId}`,
    ]);
  });
});
