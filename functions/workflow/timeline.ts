/**
 * Starts a case's statutory timeline: the port between the API and Step
 * Functions. The same code runs in AWS and locally, where the SFN client
 * talks to the local runtime's endpoint.
 *
 * The case record is the truth and the execution keeps no state, so a
 * restart is always safe: the first thing a new execution does is check the
 * case, and every chaser is written once by a conditional put.
 */
import {
  ExecutionDoesNotExist,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from "@aws-sdk/client-sfn";
import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { dynamo } from "../commons/clients";
import { config } from "../commons/config";
import { describeError, logger } from "../commons/logger";
import { keys } from "../store/table";

/** Starts and stops executions; an SFN client adapter in AWS, swappable in tests. */
export interface TimelineEngine {
  start(caseId: string, executionName: string): Promise<string>;
  stop(executionArn: string): Promise<void>;
}

let sfnClient: SFNClient | undefined;

function sfnEngine(stateMachineArn: string): TimelineEngine {
  sfnClient ??= new SFNClient({
    region: config.region,
    endpoint: process.env.STEPFUNCTIONS_ENDPOINT,
    maxAttempts: 3,
  });
  const client = sfnClient;

  return {
    async start(caseId, executionName) {
      const result = await client.send(
        new StartExecutionCommand({
          stateMachineArn,
          name: executionName,
          input: JSON.stringify({ caseId }),
        }),
      );
      return result.executionArn as string;
    },
    async stop(executionArn) {
      try {
        await client.send(
          new StopExecutionCommand({ executionArn, cause: "Restarted after a change" }),
        );
      } catch (error) {
        if (!(error instanceof ExecutionDoesNotExist)) throw error;
      }
    },
  };
}

let engineOverride: TimelineEngine | undefined;

/** Replaces the engine, for tests that run the local runtime in the same process. */
export function setTimelineEngine(engine: TimelineEngine | undefined): void {
  engineOverride = engine;
}

function engine(): TimelineEngine | undefined {
  if (engineOverride) return engineOverride;
  const stateMachineArn = process.env.CASE_TIMELINE_ARN;
  return stateMachineArn ? sfnEngine(stateMachineArn) : undefined;
}

/**
 * Stops the case's running execution, if any, and starts a new one, then
 * records the new execution on the case. Call it after every committed
 * change that adds, closes or moves an obligation.
 *
 * A failure is logged, not thrown: the change itself is already committed,
 * and the caller should not see an error for it.
 */
export async function restartTimeline(caseId: string): Promise<void> {
  const timeline = engine();
  if (!timeline) {
    logger.debug("No case timeline is configured; not starting one", { caseId });
    return;
  }

  try {
    const current = await dynamo().send(
      new GetCommand({
        TableName: config.tableName,
        Key: keys.case(caseId),
        ProjectionExpression: "timelineExecutionArn",
      }),
    );
    const previousExecutionArn = current.Item?.timelineExecutionArn as string | undefined;
    if (previousExecutionArn) await timeline.stop(previousExecutionArn);

    // Execution names must be unique for 90 days, so each restart gets its own.
    const executionArn = await timeline.start(caseId, `${caseId}-${Date.now()}`);
    await dynamo().send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: keys.case(caseId),
        UpdateExpression: "SET timelineExecutionArn = :arn",
        ConditionExpression: "attribute_exists(PK)",
        ExpressionAttributeValues: { ":arn": executionArn },
      }),
    );
  } catch (error) {
    // NOTE: a case whose restart failed keeps its old execution, or none,
    // until the next change or the next resumption of open cases.
    logger.error("Case timeline could not be restarted", {
      caseId,
      ...describeError(error),
    });
  }
}
