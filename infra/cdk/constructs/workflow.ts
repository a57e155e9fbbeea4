/**
 * The statutory timeline's state machine, loaded from the same ASL file the
 * local runtime runs.
 */
import { Annotations, Duration, Validations } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { IKey } from "aws-cdk-lib/aws-kms";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import {
  DefinitionBody,
  LogLevel,
  StateMachine,
  StateMachineType,
  Succeed,
  Wait,
  WaitTime,
} from "aws-cdk-lib/aws-stepfunctions";
import { Construct } from "constructs";
import { join } from "node:path";
import { repositoryRoot } from "../bundling";
import { ServiceFunction } from "./service-function";

export interface WorkflowProps {
  serviceName: string;
  logRetention: RetentionDays;
  key: IKey;
  /** The check-case task's entry file, or undefined when it is not written yet. */
  checkCaseEntry?: string;
  environment: Record<string, string>;
  /** Grants the check-case task what it needs: the table, the key and messages. */
  grantCheckCase: (task: ServiceFunction) => void;
}

export const caseTimelineFile = join(
  repositoryRoot,
  "state-machines/case-timeline.asl.json",
);

export class Workflow extends Construct {
  readonly caseTimeline: StateMachine;
  /** The state machine's name, known at synth time unlike `caseTimeline.stateMachineName`. */
  readonly caseTimelineName: string;
  readonly checkCase?: ServiceFunction;

  constructor(scope: Construct, id: string, props: WorkflowProps) {
    super(scope, id);

    let definitionBody: DefinitionBody;
    let definitionSubstitutions: Record<string, string> | undefined;

    if (props.checkCaseEntry) {
      this.checkCase = new ServiceFunction(this, "CheckCase", {
        handler: "timeline/check-case",
        entry: props.checkCaseEntry,
        environment: props.environment,
        logRetention: props.logRetention,
        key: props.key,
        timeout: Duration.seconds(30),
      });
      props.grantCheckCase(this.checkCase);
      definitionBody = DefinitionBody.fromFile(caseTimelineFile);
      definitionSubstitutions = {
        CheckCaseFunctionArn: this.checkCase.function.functionArn,
      };
    } else {
      // NOTE: functions/timeline/check-case.ts is not written yet, so this
      // deploys a Wait-only timeline that sleeps until the decision-to-assess
      // reminder and ends. It sends no chasers. Once the task exists, the
      // full definition in state-machines/case-timeline.asl.json deploys.
      Annotations.of(this).addWarningV2(
        "ehc:check-case-missing",
        "functions/timeline/check-case.ts does not exist: deploying a Wait-only case timeline",
      );
      definitionBody = DefinitionBody.fromChainable(
        new Wait(this, "WaitForDecisionReminder", {
          time: WaitTime.timestampPath("$.decisionToAssessReminderAt"),
        }).next(new Succeed(this, "ReminderReached")),
      );
    }

    const logGroup = new LogGroup(this, "CaseTimelineLogs", {
      logGroupName: `/aws/vendedlogs/states/${props.serviceName}-case-timeline`,
      retention: props.logRetention,
      encryptionKey: props.key,
    });

    this.caseTimelineName = `${props.serviceName}-case-timeline`;
    this.caseTimeline = new StateMachine(this, "CaseTimeline", {
      stateMachineName: this.caseTimelineName,
      stateMachineType: StateMachineType.STANDARD,
      definitionBody,
      definitionSubstitutions,
      tracingEnabled: true,
      logs: {
        destination: logGroup,
        level: LogLevel.ALL,
        // Every event is logged, but without state input and output, which
        // could come to carry a child's details as the task grows.
        includeExecutionData: false,
      },
    });

    if (this.checkCase) {
      // Names the unqualified function only, where grantInvoke would add a `:*` wildcard.
      this.caseTimeline.addToRolePolicy(
        new PolicyStatement({
          actions: ["lambda:InvokeFunction"],
          resources: [this.checkCase.function.functionArn],
        }),
      );
    }

    Validations.of(this.caseTimeline.role).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "Step Functions logging (logs:CreateLogDelivery and related actions) and " +
        "X-Ray tracing support no resource-level permissions",
    });
  }
}
