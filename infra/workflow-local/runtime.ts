/**
 * A local stand-in for AWS Step Functions: runs the same ASL files with
 * aws-local-stepfunctions, on a virtual clock that tests and demonstrations
 * can move forward. Executions live in memory, so after a restart the owner
 * starts them again from the case records (the case, not the execution, is
 * the truth about where a case stands).
 */
import "./polyfill";
import { StateMachine } from "aws-local-stepfunctions";
import { randomUUID } from "node:crypto";
import type { VirtualClock } from "./virtual-clock";
import {
  rewriteForVirtualTime,
  substitute,
  type AslDefinition,
  type StatePlan,
} from "./definition";

export type ExecutionStatus =
  "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED";

export interface ExecutionDescription {
  executionArn: string;
  stateMachineName: string;
  name: string;
  status: ExecutionStatus;
  startDate: Date;
  stopDate?: Date;
  input: unknown;
  output?: unknown;
  error?: string;
  cause?: string;
  /** States entered so far, the figure AWS bills as state transitions. */
  transitions: number;
}

/** A Lambda function the state machine may invoke, by the name or ARN in the definition. */
export type LocalFunction = (payload: unknown) => Promise<unknown>;

interface Execution extends ExecutionDescription {
  busy: boolean;
  abort: () => void;
}

export class ExecutionAlreadyExistsError extends Error {
  override name = "ExecutionAlreadyExists";
}

export class ExecutionDoesNotExistError extends Error {
  override name = "ExecutionDoesNotExist";
}

export interface LocalStateMachineSource {
  name: string;
  /** The ASL text, as read from `state-machines/*.asl.json`. */
  definitionText: string;
  substitutions: Record<string, string>;
}

export class LocalStepFunctions {
  private readonly machines = new Map<
    string,
    { machine: StateMachine; plans: Map<string, StatePlan> }
  >();
  private readonly executions = new Map<string, Execution>();

  constructor(
    readonly clock: VirtualClock,
    private readonly functions: Record<string, LocalFunction>,
    sources: LocalStateMachineSource[],
  ) {
    for (const source of sources) {
      const original = JSON.parse(
        substitute(source.definitionText, source.substitutions),
      ) as AslDefinition;

      // Validate the definition as written, then build the rewritten one that runs.
      new StateMachine(original as never, { validationOptions: { checkArn: true } });
      const { definition, plans } = rewriteForVirtualTime(original);
      this.machines.set(source.name, {
        machine: new StateMachine(definition as never),
        plans,
      });
    }
  }

  stateMachineArn(name: string): string {
    return `arn:aws:states:eu-west-2:000000000000:stateMachine:${name}`;
  }

  startExecution(request: {
    stateMachineName: string;
    name?: string;
    input: unknown;
  }): ExecutionDescription {
    const entry = this.machines.get(request.stateMachineName);
    if (!entry) throw new Error(`Unknown state machine ${request.stateMachineName}`);

    const name = request.name ?? randomUUID();
    const executionArn = `arn:aws:states:eu-west-2:000000000000:execution:${request.stateMachineName}:${name}`;
    if (this.executions.has(executionArn)) {
      throw new ExecutionAlreadyExistsError(`Execution ${name} already exists`);
    }

    const startDate = this.clock.now();
    const execution: Execution = {
      executionArn,
      stateMachineName: request.stateMachineName,
      name,
      status: "RUNNING",
      startDate,
      input: request.input,
      transitions: 0,
      busy: true,
      abort: () => undefined,
    };
    this.executions.set(executionArn, execution);

    const run = entry.machine.run(request.input as never, {
      overrides: {
        taskResourceLocalHandlers: this.dispatcher(execution, entry.plans) as never,
      },
      context: {
        Execution: {
          Id: executionArn,
          Name: name,
          StartTime: startDate.toISOString(),
          Input: request.input as never,
        },
      },
    });
    execution.abort = run.abort;

    void this.countTransitions(execution, run.eventLogs);
    run.result.then(
      (output) => this.finish(execution, "SUCCEEDED", { output }),
      (error: Error) => {
        if (execution.status !== "RUNNING") return;
        const status = error.name === "ExecutionTimeoutError" ? "TIMED_OUT" : "FAILED";
        const cause = (error as { cause?: Error }).cause;
        this.finish(execution, status, {
          error: cause?.name ?? error.name,
          cause: cause?.message ?? error.message,
        });
      },
    );

    return this.describe(execution);
  }

  stopExecution(executionArn: string): void {
    const execution = this.executions.get(executionArn);
    if (!execution) throw new ExecutionDoesNotExistError(`No execution ${executionArn}`);
    if (execution.status !== "RUNNING") return;

    this.finish(execution, "ABORTED", {});
    execution.abort();
  }

  describeExecution(executionArn: string): ExecutionDescription {
    const execution = this.executions.get(executionArn);
    if (!execution) throw new ExecutionDoesNotExistError(`No execution ${executionArn}`);
    return this.describe(execution);
  }

  listExecutions(filter: { stateMachineName?: string; status?: ExecutionStatus } = {}) {
    return [...this.executions.values()]
      .filter(
        (e) => !filter.stateMachineName || e.stateMachineName === filter.stateMachineName,
      )
      .filter((e) => !filter.status || e.status === filter.status)
      .map((e) => this.describe(e));
  }

  /**
   * Resolves when every execution is asleep on the clock or has finished.
   * A task that is itself blocked (hung, or waiting on the virtual clock)
   * would keep its execution busy for ever, so after `settleTimeoutMs` of
   * real time the runtime stops waiting for it and lets the clock move, which
   * is what fires the task's own timeout.
   */
  async idle(settleTimeoutMs = 2000): Promise<void> {
    const giveUpAt = Date.now() + settleTimeoutMs;
    while (Date.now() < giveUpAt) {
      const busy = [...this.executions.values()].some(
        (e) => e.status === "RUNNING" && e.busy,
      );
      if (!busy) return;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }

  /** Moves the clock forward, letting each execution run at the instant it wakes. */
  advanceTo(target: Date): Promise<void> {
    return this.clock.advanceTo(target, () => this.idle());
  }

  /** Stops every running execution, as a process shutdown would. */
  stopAll(): void {
    for (const execution of this.executions.values()) {
      if (execution.status === "RUNNING") this.stopExecution(execution.executionArn);
    }
  }

  private describe(execution: Execution): ExecutionDescription {
    const { busy: _busy, abort: _abort, ...description } = execution;
    void _busy;
    void _abort;
    return { ...description };
  }

  private finish(
    execution: Execution,
    status: ExecutionStatus,
    result: { output?: unknown; error?: string; cause?: string },
  ): void {
    if (execution.status !== "RUNNING") return;
    Object.assign(execution, result, { status, stopDate: this.clock.now(), busy: false });
  }

  private async countTransitions(
    execution: Execution,
    events: AsyncGenerator<{ type: string }>,
  ): Promise<void> {
    // Reading the events also stops the library from keeping them all in memory.
    try {
      for await (const event of events) {
        if (event.type === "StateEntered") execution.transitions += 1;
      }
    } catch {
      // The log ends with the execution's own error, which `run.result` reports.
    }
  }

  /**
   * Returns task handlers for every state name: the library keys local
   * handlers by state name and passes only the state's effective input.
   */
  private dispatcher(execution: Execution, plans: Map<string, StatePlan>) {
    const handlerFor = (stateName: string) => async (input: unknown) => {
      const plan = plans.get(stateName);
      if (plan?.kind === "wait") return this.wait(execution, input);

      const task = this.invoke(input);
      if (!plan?.timeoutSeconds) return task;
      return Promise.race([task, this.timeout(plan.timeoutSeconds)]);
    };

    return new Proxy({} as Record<string, (input: unknown) => Promise<unknown>>, {
      get: (_target, stateName) =>
        typeof stateName === "string" ? handlerFor(stateName) : undefined,
      has: () => true,
    });
  }

  private async wait(execution: Execution, input: unknown): Promise<unknown> {
    const request = input as {
      input: unknown;
      seconds?: number;
      timestamp?: string;
    };
    const at =
      request.timestamp !== undefined
        ? new Date(request.timestamp).getTime()
        : this.clock.nowMs() + (request.seconds ?? 0) * 1000;
    if (Number.isNaN(at)) {
      throw Object.assign(new Error("Wait timestamp is not a valid date"), {
        name: "States.Runtime",
      });
    }

    execution.busy = false;
    await this.clock.sleepUntil(at, () => {
      execution.busy = true;
    });
    if (execution.status !== "RUNNING") {
      // Stopped while asleep: the library has already ended the execution.
      return new Promise(() => undefined);
    }
    return request.input;
  }

  private async invoke(input: unknown): Promise<unknown> {
    const request = input as { FunctionName?: string; Payload?: unknown };
    const fn = request.FunctionName ? this.functions[request.FunctionName] : undefined;
    if (!fn) {
      throw Object.assign(
        new Error(`No local function ${String(request.FunctionName)}`),
        {
          name: "Lambda.ResourceNotFoundException",
        },
      );
    }

    const payload = await fn(request.Payload);
    // The shape of the lambda:invoke integration's result.
    return { ExecutedVersion: "$LATEST", StatusCode: 200, Payload: payload };
  }

  private async timeout(seconds: number): Promise<never> {
    await this.clock.sleep(seconds * 1000);
    // NOTE: the library's own timeout class is not exported, so a Catch on
    // States.TaskFailed also catches this error, unlike in AWS.
    throw Object.assign(new Error(`Task timed out after ${seconds} seconds`), {
      name: "States.Timeout",
    });
  }
}
