import { describe, expect, it } from "vitest";
import { LocalStepFunctions } from "./runtime";
import { VirtualClock } from "./virtual-clock";

const weekMs = 7 * 24 * 60 * 60 * 1000;

/** A weekly chaser loop shaped like the case timeline: task, choice, wait. */
const loop = JSON.stringify({
  StartAt: "Check",
  States: {
    Check: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "${CheckFunction}", "Payload.$": "$" },
      ResultSelector: {
        "caseId.$": "$.Payload.caseId",
        "wakeAt.$": "$.Payload.wakeAt",
        "done.$": "$.Payload.done",
      },
      TimeoutSeconds: 30,
      Next: "Done?",
    },
    "Done?": {
      Type: "Choice",
      Choices: [{ Variable: "$.done", BooleanEquals: true, Next: "Finished" }],
      Default: "Sleep",
    },
    Sleep: { Type: "Wait", TimestampPath: "$.wakeAt", Next: "Check" },
    Finished: { Type: "Succeed" },
  },
});

function setUp(start: Date, weeks: number) {
  const clock = new VirtualClock({ start });
  const calls: string[] = [];
  const check = async (payload: unknown) => {
    const { caseId } = payload as { caseId: string };
    calls.push(`${caseId}@${clock.now().toISOString()}`);
    const elapsed = clock.nowMs() - start.getTime();
    return {
      caseId,
      done: elapsed >= weeks * weekMs,
      wakeAt: new Date(clock.nowMs() + weekMs).toISOString(),
    };
  };
  const runtime = new LocalStepFunctions(clock, { "local-check": check }, [
    {
      name: "loop",
      definitionText: loop,
      substitutions: { CheckFunction: "local-check" },
    },
  ]);
  return { clock, runtime, calls };
}

describe("LocalStepFunctions", () => {
  it("plays twenty weeks at exact instants", async () => {
    const start = new Date("2026-03-02T10:00:00Z");
    const { runtime, calls } = setUp(start, 20);

    const execution = runtime.startExecution({
      stateMachineName: "loop",
      name: "case-1",
      input: { caseId: "case-1" },
    });
    await runtime.advanceTo(new Date(start.getTime() + 21 * weekMs));

    const final = runtime.describeExecution(execution.executionArn);
    expect(final.status).toBe("SUCCEEDED");
    expect(calls).toHaveLength(21);
    expect(calls[20]).toBe("case-1@2026-07-20T10:00:00.000Z");
    // Each week: Check, Done?, Sleep; the last week ends on Finished.
    expect(final.transitions).toBe(20 * 3 + 3);
  });

  it("waits past the 24.8-day timer limit", async () => {
    const start = new Date("2026-01-01T00:00:00Z");
    const clock = new VirtualClock({ start });
    const runtime = new LocalStepFunctions(clock, {}, [
      {
        name: "long-wait",
        definitionText: JSON.stringify({
          StartAt: "Wait",
          States: { Wait: { Type: "Wait", Seconds: 40 * 86400, End: true } },
        }),
        substitutions: {},
      },
    ]);

    const execution = runtime.startExecution({
      stateMachineName: "long-wait",
      input: { a: 1 },
    });
    await runtime.advanceTo(new Date(start.getTime() + 39 * 86400_000));
    const before = runtime.describeExecution(execution.executionArn).status;
    await runtime.advanceTo(new Date(start.getTime() + 40 * 86400_000));
    const after = runtime.describeExecution(execution.executionArn);

    expect(before).toBe("RUNNING");
    expect(after.status).toBe("SUCCEEDED");
    expect(after.output).toEqual({ a: 1 });
  });

  it("stops an execution while it sleeps", async () => {
    const start = new Date("2026-03-02T10:00:00Z");
    const { runtime, calls } = setUp(start, 20);

    const execution = runtime.startExecution({
      stateMachineName: "loop",
      input: { caseId: "c" },
    });
    await runtime.advanceTo(new Date(start.getTime() + 2 * weekMs));
    runtime.stopExecution(execution.executionArn);
    await runtime.advanceTo(new Date(start.getTime() + 5 * weekMs));

    expect(runtime.describeExecution(execution.executionArn).status).toBe("ABORTED");
    expect(calls).toHaveLength(3);
  });

  it("rejects a second execution with one name", () => {
    const { runtime } = setUp(new Date("2026-03-02T10:00:00Z"), 1);
    runtime.startExecution({
      stateMachineName: "loop",
      name: "same",
      input: { caseId: "c" },
    });

    expect(() =>
      runtime.startExecution({
        stateMachineName: "loop",
        name: "same",
        input: { caseId: "c" },
      }),
    ).toThrow("already exists");
    runtime.stopAll();
  });

  it("fails a task that outlives its timeout", async () => {
    const start = new Date("2026-03-02T10:00:00Z");
    const clock = new VirtualClock({ start });
    const never = () => clock.sleep(60_000).then(() => ({ done: true }));
    const runtime = new LocalStepFunctions(clock, { "local-check": never }, [
      {
        name: "loop",
        definitionText: loop,
        substitutions: { CheckFunction: "local-check" },
      },
    ]);

    const execution = runtime.startExecution({
      stateMachineName: "loop",
      input: { caseId: "c" },
    });
    await runtime.advanceTo(new Date(start.getTime() + 31_000));

    const final = runtime.describeExecution(execution.executionArn);
    expect(final.status).toBe("FAILED");
    expect(final.error).toBe("States.Timeout");
  });

  it("rejects a leftover placeholder", () => {
    const clock = new VirtualClock();

    expect(
      () =>
        new LocalStepFunctions(clock, {}, [
          { name: "loop", definitionText: loop, substitutions: {} },
        ]),
    ).toThrow("No substitution for ${CheckFunction}");
  });
});
