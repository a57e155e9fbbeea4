/**
 * Delivery of the notifications that changes store in the table (the
 * transactional outbox):
 * - a sender function fed by the table's stream, filtered to inserted
 *   notification items, which sends each one as soon as it commits;
 * - a retry sweep every minute for retries that are due and for claims
 *   whose sender died;
 * - an encrypted SQS dead-letter queue for notifications that failed after
 *   every attempt (written by the sender) and for stream batches that could
 *   not be processed at all (written by Lambda), with an alarm on its depth;
 * - SES bounce, complaint and delivery events, published by the
 *   configuration set to an encrypted SNS topic, recorded by a handler
 *   against the address and the notification.
 */
import { Duration, Stack, Validations } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Rule, Schedule } from "aws-cdk-lib/aws-events";
import { LambdaFunction } from "aws-cdk-lib/aws-events-targets";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { IKey } from "aws-cdk-lib/aws-kms";
import {
  FilterCriteria,
  FilterRule,
  StartingPosition,
  type IEventSourceDlq,
} from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import type { RetentionDays } from "aws-cdk-lib/aws-logs";
import {
  EmailSendingEvent,
  EventDestination,
  type ConfigurationSet,
} from "aws-cdk-lib/aws-ses";
import { Topic, type ITopic } from "aws-cdk-lib/aws-sns";
import { LambdaSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { ServiceFunction } from "./service-function";

export interface NotificationDeliveryProps {
  serviceName: string;
  table: ITableV2;
  indexNames: readonly string[];
  key: IKey;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  configurationSet: ConfigurationSet;
  sendEmail: PolicyStatement;
  opsTopic: ITopic;
}

export class NotificationDelivery extends Construct {
  readonly deadLetterQueue: Queue;
  readonly sender: ServiceFunction;
  readonly retrySweep: ServiceFunction;
  readonly sesEvents: ServiceFunction;
  readonly sesEventTopic: Topic;
  readonly deadLetterAlarm: Alarm;

  constructor(scope: Construct, id: string, props: NotificationDeliveryProps) {
    super(scope, id);

    this.deadLetterQueue = new Queue(this, "DeadLetterQueue", {
      queueName: `${props.serviceName}-notification-dlq`,
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: props.key,
      enforceSSL: true,
      // The longest SQS allows, so staff have two weeks to act on a failure.
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: "AwsSolutions-SQS3",
      reason: "This queue is itself the dead-letter queue for notifications",
    });

    const environment = {
      ...props.environment,
      NOTIFICATION_DLQ_URL: this.deadLetterQueue.queueUrl,
      SES_CONFIGURATION_SET: props.configurationSet.configurationSetName,
    };
    const senderFunction = (functionId: string, handler: string) => {
      const fn = new ServiceFunction(this, functionId, {
        handler,
        environment,
        logRetention: props.logRetention,
        key: props.key,
        timeout: Duration.seconds(60),
      });
      fn.allowTable(props.table, props.indexNames, props.key);
      fn.allowMessages(props.sendEmail);
      // Not grantSendMessages, which adds wildcard KMS actions: allowTable
      // already grants the key's GenerateDataKey and Decrypt, which SQS needs.
      fn.addToRolePolicy(
        new PolicyStatement({
          actions: ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
          resources: [this.deadLetterQueue.queueArn],
        }),
      );
      return fn;
    };

    this.sender = senderFunction("Sender", "messages/stream-sender");
    this.sender.function.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 10,
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
        reportBatchItemFailures: true,
        onFailure: this.onFailureDestination(),
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual("INSERT"),
            dynamodb: { Keys: { SK: { S: FilterRule.beginsWith("NOTIFICATION#") } } },
          }),
        ],
      }),
    );

    this.retrySweep = senderFunction("RetrySweep", "messages/retry-sweep");
    new Rule(this, "RetrySchedule", {
      description: "Sends notifications whose retry is due",
      schedule: Schedule.rate(Duration.minutes(1)),
      targets: [new LambdaFunction(this.retrySweep.function)],
    });

    this.sesEventTopic = new Topic(this, "SesEvents", {
      topicName: `${props.serviceName}-ses-events`,
      displayName: "SES bounces, complaints and deliveries",
      masterKey: props.key,
      enforceSSL: true,
    });
    this.allowSesToPublish(props.key);
    props.configurationSet.addEventDestination("BouncesAndComplaints", {
      destination: EventDestination.snsTopic(this.sesEventTopic),
      events: [
        EmailSendingEvent.BOUNCE,
        EmailSendingEvent.COMPLAINT,
        EmailSendingEvent.DELIVERY,
      ],
    });

    this.sesEvents = new ServiceFunction(this, "SesEventHandler", {
      handler: "messages/ses-events",
      environment,
      logRetention: props.logRetention,
      key: props.key,
    });
    this.sesEvents.allowTable(props.table, props.indexNames, props.key);
    this.sesEventTopic.addSubscription(new LambdaSubscription(this.sesEvents.function));

    this.deadLetterAlarm = new Alarm(this, "DeadLetterDepth", {
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: "Maximum",
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription:
        "Notifications failed after every attempt: families or staff were not told of a change",
    });
    this.deadLetterAlarm.addAlarmAction(new SnsAction(props.opsTopic));
  }

  /**
   * Returns the dead-letter queue as the stream's on-failure destination. Unlike
   * `SqsDlq`, it adds no grant of its own: `SqsDlq` grants wildcard KMS
   * actions, and the sender's role already has sqs:SendMessage on the queue
   * and GenerateDataKey and Decrypt on its key.
   */
  private onFailureDestination(): IEventSourceDlq {
    const queueArn = this.deadLetterQueue.queueArn;
    return { bind: () => ({ destination: queueArn }) };
  }

  /** Lets SES publish events to the topic, which is encrypted with the data key. */
  private allowSesToPublish(key: IKey): void {
    const stack = Stack.of(this);
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal("ses.amazonaws.com")],
        actions: ["kms:GenerateDataKey*", "kms:Decrypt"],
        resources: ["*"],
        conditions: { StringEquals: { "aws:SourceAccount": stack.account } },
      }),
    );
  }
}
