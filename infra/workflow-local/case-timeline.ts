/**
 * The case timeline on the local runtime: the real ASL file, with its one
 * substitution pointing at the real check-case handler run in this process.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { randomUUID } from "node:crypto";
import type { Context } from "aws-lambda";
import { openStages } from "../../shared/schemas/case";
import { localLambdaContext } from "../local/api-event";
import { casesInStage } from "../../functions/store/case-store";
import { restartTimeline, setTimelineEngine } from "../../functions/workflow/timeline";
import {
  ExecutionDoesNotExistError,
  LocalStepFunctions,
  type LocalFunction,
} from "./runtime";
import type { VirtualClock } from "./virtual-clock";

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export const caseTimelineName = "case-timeline";
export const checkCaseFunctionArn =
  "arn:aws:lambda:eu-west-2:000000000000:function:local-check-case";

/** Runs the check-case Lambda handler from its source file, loaded on first use. */
function localCheckCase(): LocalFunction {
  let handler:
    Promise<(event: unknown, context: Context) => Promise<unknown>> | undefined;
  return async (payload) => {
    handler ??= import(
      pathToFileURL(join(repositoryRoot, "functions/timeline/check-case.ts")).href
    ).then(
      (module: { handler: (event: unknown, context: Context) => Promise<unknown> }) =>
        module.handler,
    );
    // The check-case function's timeout in AWS is 30 seconds.
    return (await handler)(
      payload,
      localLambdaContext("local-check-case", randomUUID(), 30_000),
    );
  };
}

/** Builds a local Step Functions runtime that runs the case timeline on `clock`. */
export function createCaseTimelineRuntime(
  clock: VirtualClock,
  options: { checkCase?: LocalFunction } = {},
): LocalStepFunctions {
  const definitionText = readFileSync(
    join(repositoryRoot, "state-machines/case-timeline.asl.json"),
    "utf8",
  );
  return new LocalStepFunctions(
    clock,
    { [checkCaseFunctionArn]: options.checkCase ?? localCheckCase() },
    [
      {
        name: caseTimelineName,
        definitionText,
        substitutions: { CheckCaseFunctionArn: checkCaseFunctionArn },
      },
    ],
  );
}

/**
 * Makes handlers in this process start executions straight on `runtime`,
 * with no HTTP in between. Tests use it; `npm start` goes through the
 * local Step Functions endpoint as AWS code would.
 */
export function useInProcessTimeline(runtime: LocalStepFunctions | undefined): void {
  if (!runtime) return setTimelineEngine(undefined);

  setTimelineEngine({
    async start(caseId, executionName) {
      return runtime.startExecution({
        stateMachineName: caseTimelineName,
        name: executionName,
        input: { caseId },
      }).executionArn;
    },
    async stop(executionArn) {
      try {
        runtime.stopExecution(executionArn);
      } catch (error) {
        if (!(error instanceof ExecutionDoesNotExistError)) throw error;
      }
    },
  });
}

/**
 * Starts a timeline for every open case, after a restart of the local
 * runtime, whose executions lived only in memory. Returns how many started.
 */
export async function resumeOpenCases(): Promise<number> {
  let started = 0;
  for (const stage of openStages) {
    for (const caseItem of await casesInStage(stage)) {
      await restartTimeline(caseItem.caseId);
      started += 1;
    }
  }
  return started;
}
