import "../infra/workflow-local/polyfill";
import { ExecutionError, StateMachine } from "aws-local-stepfunctions";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { stateMachineSubstitutions } from "./substitutions";

const directory = __dirname;
const files = readdirSync(directory).filter((file) => file.endsWith(".asl.json"));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type State = { [key: string]: Json };

/** Lists every state of a definition, including those inside Parallel branches and Map processors. */
function allStates(definition: State): [string, State][] {
  const states = Object.entries((definition.States ?? {}) as Record<string, State>);
  return states.flatMap(([name, state]) => {
    const nested = [
      ...((state.Branches ?? []) as State[]),
      ...(state.Iterator ? [state.Iterator as State] : []),
      ...(state.ItemProcessor ? [state.ItemProcessor as State] : []),
    ];
    return [[name, state] as [string, State], ...nested.flatMap(allStates)];
  });
}

/** Lists every object in the definition with its path, for fields that may sit at any depth. */
function allObjects(value: Json, path = "$"): [string, { [key: string]: Json }][] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => allObjects(item, `${path}[${index}]`));
  }
  if (value === null || typeof value !== "object") return [];
  return [
    [path, value],
    ...Object.entries(value).flatMap(([key, child]) =>
      allObjects(child, `${path}.${key}`),
    ),
  ];
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\$\{([^}]*)\}/g)].map((match) => match[1] ?? "");
}

/** Fills each placeholder with a well-formed ARN, as CDK's substitutions would. */
function withTestArns(text: string): string {
  return text.replace(
    /\$\{([A-Za-z0-9_]+)\}/g,
    (_, name: string) => `arn:aws:lambda:eu-west-2:123456789012:function:test-${name}`,
  );
}

function machineName(file: string): string {
  return basename(file, ".asl.json");
}

describe("state machine definitions", () => {
  it("finds the definitions", () => {
    expect(files).toContain("case-timeline.asl.json");
  });

  describe.each(files)("%s", (file) => {
    const text = readFileSync(join(directory, file), "utf8");

    it("is valid JSON", () => {
      expect(() => JSON.parse(text) as unknown).not.toThrow();
    });

    it("uses JSONPath at every level", () => {
      const definition = JSON.parse(text) as State;
      expect([undefined, "JSONPath"]).toContain(definition.QueryLanguage);
      for (const [name, state] of allStates(definition)) {
        expect([undefined, "JSONPath"], `state ${name}`).toContain(state.QueryLanguage);
      }
    });

    it("has no JSONata or Variables fields", () => {
      const definition = JSON.parse(text) as State;
      for (const [path, object] of allObjects(definition)) {
        expect(object, path).not.toHaveProperty("Assign");
      }
      for (const [name, state] of allStates(definition)) {
        expect(state, `state ${name}`).not.toHaveProperty("Arguments");
        expect(state, `state ${name}`).not.toHaveProperty("Output");
      }
    });

    it("has no task token callbacks", () => {
      const definition = JSON.parse(text) as State;
      for (const [name, state] of allStates(definition)) {
        expect(String(state.Resource ?? ""), `state ${name}`).not.toContain(
          ".waitForTaskToken",
        );
      }
    });

    it("uses only known substitutions", () => {
      const name = machineName(file);
      expect(Object.keys(stateMachineSubstitutions)).toContain(name);

      const known: readonly string[] =
        stateMachineSubstitutions[name as keyof typeof stateMachineSubstitutions] ?? [];
      for (const placeholder of placeholders(text)) {
        expect(known).toContain(placeholder);
      }
    });

    it("passes aws-local-stepfunctions validation", () => {
      const definition = JSON.parse(withTestArns(text)) as never;
      expect(
        () =>
          new StateMachine(definition, {
            validationOptions: { checkPaths: true, checkArn: true },
          }),
      ).not.toThrow();
    });
  });
});

describe("case timeline", () => {
  const definition = JSON.parse(
    withTestArns(readFileSync(join(directory, "case-timeline.asl.json"), "utf8")),
  ) as never;

  const input = { caseId: "case-1" };

  function run(checkCase: (payload: { caseId: string }) => unknown) {
    const machine = new StateMachine(definition);
    const payloads: { caseId: string }[] = [];
    const execution = machine.run(input, {
      overrides: {
        waitTimeOverrides: { WaitForNextWakeUp: 0 },
        retryIntervalOverrides: { CheckCase: 0 },
        taskResourceLocalHandlers: {
          CheckCase: async (request: { Payload: { caseId: string } }) => {
            payloads.push(request.Payload);
            return { StatusCode: 200, Payload: checkCase(request.Payload) };
          },
        } as never,
      },
    });
    return { result: execution.result, payloads };
  }

  it("loops until nothing is left", async () => {
    const wakeUps = ["2026-01-08T09:00:00Z", null];
    const { result, payloads } = run(() => ({
      outstanding: 1,
      nextWakeAt: wakeUps.shift() ?? null,
    }));

    const output = (await result) as { check: { nextWakeAt: string | null } };
    expect(payloads).toEqual([{ caseId: "case-1" }, { caseId: "case-1" }]);
    expect(output.check.nextWakeAt).toBeNull();
  });

  it("fails when the check fails", async () => {
    const { result, payloads } = run(() => {
      throw new Error("table unavailable");
    });

    const error = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExecutionError);
    expect((error as Error).cause).toHaveProperty("name", "CheckCaseFailed");
    expect(payloads).toHaveLength(1);
  });
});
