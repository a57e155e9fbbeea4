/**
 * The case timeline as `npm start` runs it. A live virtual clock moves with
 * real time and can be advanced from the staff screens; the local Step
 * Functions runtime runs on that clock; the local API server serves the
 * endpoints for both. The clock's lead over real time is kept in the data
 * folder, so dates do not jump back after a restart.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { londonDate } from "../../shared/dates";
import { fieldErrors } from "../../shared/schemas/common";
import {
  caseTimelineName,
  createCaseTimelineRuntime,
  resumeOpenCases,
} from "./case-timeline";
import type { LocalStepFunctions } from "./runtime";
import { handleStepFunctionsRequest } from "./sfn-endpoint";
import { VirtualClock } from "./virtual-clock";

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface LocalTimeline {
  clock: VirtualClock;
  runtime: LocalStepFunctions;
  stateMachineArn: string;
  /** Serves `POST /local/stepfunctions`, `GET /local/clock` and `POST /local/clock`. */
  handle(
    endpoint: string,
    body: string,
    target: string | undefined,
  ): Promise<{ status: number; contentType: string; body: unknown }>;
  /** Starts a timeline for every open case, whose executions did not survive the restart. */
  resume(): Promise<number>;
  stop(): void;
}

export const advanceClockSchema = z.strictObject({
  advanceDays: z
    .number({ error: "Enter the number of days to move the clock forward" })
    .int({ error: "Days must be a whole number" })
    .min(1, { error: "Move the clock forward by at least 1 day" })
    .max(365, { error: "Move the clock forward by 365 days or fewer" }),
});

const storedClockSchema = z.object({ leadMs: z.number() });

function readLead(file: string): number {
  if (!existsSync(file)) return 0;
  const parsed = storedClockSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  return parsed.success ? parsed.data.leadMs : 0;
}

export async function startLocalTimeline(options: {
  dataDirectory: string;
}): Promise<LocalTimeline> {
  const clockFile = join(options.dataDirectory, "clock.json");
  const clock = new VirtualClock({
    start: new Date(Date.now() + readLead(clockFile)),
    live: true,
  });
  const runtime = createCaseTimelineRuntime(clock);
  const json = "application/json; charset=utf-8";

  const clockView = () => ({
    now: clock.now().toISOString(),
    today: londonDate(clock.now()),
  });

  return {
    clock,
    runtime,
    stateMachineArn: runtime.stateMachineArn(caseTimelineName),

    async handle(endpoint, text, target) {
      let body: unknown = {};
      if (text.trim() !== "") {
        try {
          body = JSON.parse(text);
        } catch {
          return {
            status: 400,
            contentType: json,
            body: { message: "Request body must be valid JSON" },
          };
        }
      }

      if (endpoint === "GET /local/clock")
        return { status: 200, contentType: json, body: clockView() };

      if (endpoint === "POST /local/clock") {
        const parsed = advanceClockSchema.safeParse(body);
        if (!parsed.success) {
          return {
            status: 400,
            contentType: json,
            body: {
              message: "There is a problem with the request",
              errors: fieldErrors(parsed.error),
            },
          };
        }
        const target = clock.nowMs() + parsed.data.advanceDays * 86_400_000;
        await runtime.advanceTo(new Date(target));
        writeFileSync(clockFile, JSON.stringify({ leadMs: clock.nowMs() - Date.now() }));
        return { status: 200, contentType: json, body: clockView() };
      }

      const result = handleStepFunctionsRequest(runtime, target, body);
      return {
        status: result.status,
        contentType: "application/x-amz-json-1.0",
        body: result.body,
      };
    },

    async resume() {
      if (!existsSync(join(repositoryRoot, "functions/timeline/check-case.ts"))) return 0;
      return resumeOpenCases();
    },

    stop() {
      runtime.stopAll();
      clock.stop();
    },
  };
}
