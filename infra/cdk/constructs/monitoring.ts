/**
 * CloudWatch alarms that tell operations staff through the ops topic: any
 * function error or throttle, any API 5xx, any failed or timed-out timeline.
 */
import { Duration } from "aws-cdk-lib";
import type { RestApi } from "aws-cdk-lib/aws-apigateway";
import {
  Alarm,
  ComparisonOperator,
  TreatMissingData,
  type Metric,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import type { ITopic } from "aws-cdk-lib/aws-sns";
import type { IStateMachine } from "aws-cdk-lib/aws-stepfunctions";
import { Construct } from "constructs";

export interface MonitoringProps {
  opsTopic: ITopic;
  /** Functions by a readable name, such as the route id. */
  functions: Map<string, IFunction>;
  restApi: RestApi;
  stateMachines: Map<string, IStateMachine>;
}

const period = Duration.minutes(5);

export class Monitoring extends Construct {
  readonly alarms: Alarm[] = [];
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.action = new SnsAction(props.opsTopic);

    for (const [name, fn] of props.functions) {
      this.alarmOnAny(
        `${name}Errors`,
        fn.metricErrors({ period }),
        `${name} threw errors`,
      );
      this.alarmOnAny(
        `${name}Throttles`,
        fn.metricThrottles({ period }),
        `${name} was throttled`,
      );
    }

    this.alarmOnAny(
      "ApiServerErrors",
      props.restApi.metricServerError({ period }),
      "The API returned 5xx responses",
    );

    for (const [name, machine] of props.stateMachines) {
      this.alarmOnAny(
        `${name}Failed`,
        machine.metricFailed({ period }),
        `${name} executions failed, so chasers for those cases stopped`,
      );
      this.alarmOnAny(
        `${name}TimedOut`,
        machine.metricTimedOut({ period }),
        `${name} executions timed out, so chasers for those cases stopped`,
      );
    }
  }

  /** Alarms when the metric's sum over five minutes reaches 1. */
  private alarmOnAny(id: string, metric: Metric, description: string): void {
    const alarm = new Alarm(this, id, {
      metric: metric.with({ statistic: "Sum" }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(this.action);
    this.alarms.push(alarm);
  }
}
