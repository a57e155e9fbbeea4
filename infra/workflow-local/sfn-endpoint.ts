/**
 * The part of the Step Functions API the service calls, served from the
 * local runtime in the AWS JSON 1.0 protocol, so `@aws-sdk/client-sfn`
 * works unchanged when pointed at it.
 */
import * as z from "zod";
import {
  ExecutionAlreadyExistsError,
  ExecutionDoesNotExistError,
  type ExecutionDescription,
  type LocalStepFunctions,
} from "./runtime";

export interface JsonProtocolResponse {
  status: number;
  body: Record<string, unknown>;
}

const startSchema = z.object({
  stateMachineArn: z.string(),
  name: z.string().max(80).optional(),
  input: z.string().optional(),
});
const executionSchema = z.object({ executionArn: z.string() });
const listSchema = z.object({
  stateMachineArn: z.string(),
  statusFilter: z
    .enum(["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED"])
    .optional(),
});

function seconds(date: Date | undefined): number | undefined {
  return date ? date.getTime() / 1000 : undefined;
}

function stateMachineName(arn: string): string {
  return arn.split(":").at(-1) ?? arn;
}

function describe(runtime: LocalStepFunctions, execution: ExecutionDescription) {
  return {
    executionArn: execution.executionArn,
    stateMachineArn: runtime.stateMachineArn(execution.stateMachineName),
    name: execution.name,
    status: execution.status,
    startDate: seconds(execution.startDate),
    stopDate: seconds(execution.stopDate),
    input: JSON.stringify(execution.input),
    output: execution.output === undefined ? undefined : JSON.stringify(execution.output),
    error: execution.error,
    cause: execution.cause,
  };
}

function failure(status: number, type: string, message: string): JsonProtocolResponse {
  return { status, body: { __type: type, message } };
}

/** Handles one request; `target` is the `X-Amz-Target` header, such as `AWSStepFunctions.StartExecution`. */
export function handleStepFunctionsRequest(
  runtime: LocalStepFunctions,
  target: string | undefined,
  body: unknown,
): JsonProtocolResponse {
  const operation = target?.replace(/^AWSStepFunctions\./, "");

  try {
    switch (operation) {
      case "StartExecution": {
        const request = startSchema.parse(body);
        const execution = runtime.startExecution({
          stateMachineName: stateMachineName(request.stateMachineArn),
          name: request.name,
          input: request.input === undefined ? {} : JSON.parse(request.input),
        });
        return {
          status: 200,
          body: {
            executionArn: execution.executionArn,
            startDate: seconds(execution.startDate),
          },
        };
      }
      case "StopExecution": {
        const { executionArn } = executionSchema.parse(body);
        runtime.stopExecution(executionArn);
        return { status: 200, body: { stopDate: runtime.clock.nowMs() / 1000 } };
      }
      case "DescribeExecution": {
        const { executionArn } = executionSchema.parse(body);
        return {
          status: 200,
          body: describe(runtime, runtime.describeExecution(executionArn)),
        };
      }
      case "ListExecutions": {
        const request = listSchema.parse(body);
        const executions = runtime.listExecutions({
          stateMachineName: stateMachineName(request.stateMachineArn),
          status: request.statusFilter,
        });
        return {
          status: 200,
          body: {
            executions: executions.map((execution) => describe(runtime, execution)),
          },
        };
      }
      default:
        return failure(
          400,
          "UnknownOperationException",
          `Operation ${operation} is not supported locally`,
        );
    }
  } catch (error) {
    if (error instanceof z.ZodError)
      return failure(400, "ValidationException", error.message);
    if (error instanceof SyntaxError)
      return failure(400, "InvalidExecutionInput", "Input must be valid JSON");
    if (error instanceof ExecutionDoesNotExistError)
      return failure(400, "ExecutionDoesNotExist", error.message);
    if (error instanceof ExecutionAlreadyExistsError)
      return failure(400, "ExecutionAlreadyExists", error.message);
    if (error instanceof Error && error.message.startsWith("Unknown state machine")) {
      return failure(400, "StateMachineDoesNotExist", error.message);
    }
    throw error;
  }
}
