/**
 * How the local Step Functions runtime scales with open cases: one case's
 * 20-week chaser loop against 100 at once, on the virtual clock. vitest
 * reports the ratio between them. Each case wakes at its own minute, so
 * the 100 cases make 100 times as many distinct wake-up instants.
 */
import { bench, describe } from "vitest";
import { LocalStepFunctions } from "../../infra/workflow-local/runtime";
import { VirtualClock } from "../../infra/workflow-local/virtual-clock";

const weekMs = 7 * 86_400_000;
const start = new Date("2026-03-02T08:00:00Z");

const loop = JSON.stringify({
  StartAt: "Check",
  States: {
    Check: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "local-check", "Payload.$": "$" },
      ResultSelector: { "caseId.$": "$.Payload.caseId", "wakeAt.$": "$.Payload.wakeAt" },
      Next: "More?",
    },
    "More?": {
      Type: "Choice",
      Choices: [{ Variable: "$.wakeAt", IsNull: false, Next: "Sleep" }],
      Default: "Done",
    },
    Sleep: { Type: "Wait", TimestampPath: "$.wakeAt", Next: "Check" },
    Done: { Type: "Succeed" },
  },
});

async function playTwentyWeeks(cases: number): Promise<void> {
  const clock = new VirtualClock({ start });
  const check = async (payload: unknown) => {
    const { caseId } = payload as { caseId: string };
    // Each case wakes at its own minute, as real cases received on different days do.
    const offsetMs = Number(caseId.split("-")[1]) * 60_000;
    const next =
      clock.nowMs() + weekMs + (clock.nowMs() === start.getTime() ? offsetMs : 0);
    return {
      caseId,
      wakeAt: next - start.getTime() > 20 * weekMs ? null : new Date(next).toISOString(),
    };
  };
  const runtime = new LocalStepFunctions(clock, { "local-check": check }, [
    { name: "loop", definitionText: loop, substitutions: {} },
  ]);

  for (let index = 0; index < cases; index += 1) {
    runtime.startExecution({
      stateMachineName: "loop",
      input: { caseId: `case-${index}` },
    });
  }
  await runtime.advanceTo(new Date(start.getTime() + 21 * weekMs));
}

describe("local runtime, 20 weekly wake-ups per case", () => {
  bench("1 case", () => playTwentyWeeks(1), { iterations: 5 });
  bench("100 cases", () => playTwentyWeeks(100), { iterations: 3 });
});
