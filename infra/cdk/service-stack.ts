/**
 * The whole service in one stack: data, sign-in, API, timeline, messages,
 * alarms and hosting. One stack keeps the KMS key's grants and the front
 * end's settings free of cross-stack references.
 */
import { Aws, CfnOutput, Lazy, Stack, type StackProps } from "aws-cdk-lib";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import type { IStateMachine } from "aws-cdk-lib/aws-stepfunctions";
import type { Construct } from "constructs";
import { existsSync } from "node:fs";
import { tableDesign } from "../../functions/store/table";
import { handlerEntry } from "./bundling";
import { Api } from "./constructs/api";
import { Auth } from "./constructs/auth";
import { Data } from "./constructs/data";
import { Hosting, type FrontendConfig } from "./constructs/hosting";
import { Monitoring } from "./constructs/monitoring";
import { NotificationDelivery } from "./constructs/notification-delivery";
import { Notifications } from "./constructs/notifications";
import { Workflow } from "./constructs/workflow";
import { readSettings } from "./settings";

export interface ServiceStackProps extends StackProps {
  /**
   * The check-case task's entry file. Defaults to functions/timeline/check-case.ts
   * when it exists; tests set it to synthesise the full timeline.
   */
  checkCaseEntry?: string;
}

export const apiStageName = "v1";

export class ServiceStack extends Stack {
  readonly data: Data;
  readonly auth: Auth;
  readonly api: Api;
  readonly workflow: Workflow;
  readonly notifications: Notifications;
  readonly delivery: NotificationDelivery;
  readonly monitoring: Monitoring;
  readonly hosting: Hosting;

  constructor(scope: Construct, id: string, props: ServiceStackProps = {}) {
    super(scope, id, props);
    const settings = readSettings(this.node);

    this.auth = new Auth(this, "Auth", { serviceName: settings.serviceName });

    // The front end's settings name the API by its id, not by its deployment
    // stage: the stage depends on the functions, which read the front end's
    // address, so using the stage would make a dependency cycle.
    const created: { apiUrl?: string } = {};
    const frontendConfig: FrontendConfig = {
      apiUrl: Lazy.string({
        produce: () => {
          if (!created.apiUrl) {
            throw new Error("The API URL was read before the API was created");
          }
          return created.apiUrl;
        },
      }),
      auth: {
        mode: "cognito",
        region: Aws.REGION,
        userPoolId: this.auth.userPool.userPoolId,
        clientId: this.auth.webClient.userPoolClientId,
      },
    };
    this.hosting = new Hosting(this, "Hosting", {
      serviceName: settings.serviceName,
      branchName: settings.branchName,
      repositoryUrl: settings.repositoryUrl,
      repositoryTokenSecret: settings.repositoryTokenSecret,
      config: frontendConfig,
    });
    const serviceUrl = settings.serviceUrl ?? this.hosting.defaultUrl;

    this.data = new Data(this, "Data", { allowedOrigins: [serviceUrl] });
    this.allowServicesToUseKey();

    this.notifications = new Notifications(this, "Notifications", {
      serviceName: settings.serviceName,
      senderDomain: settings.senderDomain,
      key: this.data.key,
      opsEmail: settings.opsEmail,
    });

    // The variables functions/commons/config.ts reads. The local-only ones
    // (DYNAMODB_ENDPOINT, S3_ENDPOINT, LOCAL_JWKS, OUTBOX_DIR) stay unset.
    const environment = {
      TABLE_NAME: this.data.table.tableName,
      DOCUMENT_BUCKET: this.data.documentBucket.bucketName,
      USER_POOL_ID: this.auth.userPool.userPoolId,
      USER_POOL_CLIENT_ID: this.auth.webClient.userPoolClientId,
      SERVICE_URL: serviceUrl,
      EMAIL_FROM: settings.emailFrom,
      // Changes only store notifications; the stream's sender function sends them.
      NOTIFICATIONS_FROM_STREAM: "true",
    };
    const indexNames = tableDesign.indexes.map((index) => index.name);

    const defaultCheckCase = handlerEntry("timeline/check-case");
    this.workflow = new Workflow(this, "Workflow", {
      serviceName: settings.serviceName,
      logRetention: settings.logRetentionDays,
      key: this.data.key,
      checkCaseEntry:
        props.checkCaseEntry ??
        (existsSync(defaultCheckCase) ? defaultCheckCase : undefined),
      environment,
      grantCheckCase: (task) => {
        task.allowTable(this.data.table, indexNames, this.data.key);
        task.allowMessages(this.notifications.sendEmailStatement());
      },
    });

    this.api = new Api(this, "Api", {
      serviceName: settings.serviceName,
      stageName: apiStageName,
      allowedOrigin: serviceUrl,
      environment,
      logRetention: settings.logRetentionDays,
      key: this.data.key,
      table: this.data.table,
      indexNames,
      documentBucket: this.data.documentBucket,
      userPool: this.auth.userPool,
      sendEmail: this.notifications.sendEmailStatement(),
      caseTimeline: this.workflow.caseTimeline,
      caseTimelineName: this.workflow.caseTimelineName,
    });
    this.delivery = new NotificationDelivery(this, "Delivery", {
      serviceName: settings.serviceName,
      table: this.data.table,
      indexNames,
      key: this.data.key,
      environment,
      logRetention: settings.logRetentionDays,
      configurationSet: this.notifications.configurationSet,
      sendEmail: this.notifications.sendEmailStatement(),
      opsTopic: this.notifications.opsTopic,
    });

    created.apiUrl = `https://${this.api.restApi.restApiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}/${apiStageName}`;

    const functions = new Map<string, IFunction>(
      [...this.api.functions].map(([routeId, fn]) => [routeId, fn.function]),
    );
    if (this.workflow.checkCase)
      functions.set("CheckCase", this.workflow.checkCase.function);
    functions.set("NotificationSender", this.delivery.sender.function);
    functions.set("NotificationRetrySweep", this.delivery.retrySweep.function);
    functions.set("SesEventHandler", this.delivery.sesEvents.function);
    this.monitoring = new Monitoring(this, "Monitoring", {
      opsTopic: this.notifications.opsTopic,
      functions,
      restApi: this.api.restApi,
      stateMachines: new Map<string, IStateMachine>([
        ["CaseTimeline", this.workflow.caseTimeline],
      ]),
    });

    this.addOutputs(frontendConfig, serviceUrl);
  }

  /**
   * Lets CloudWatch Logs encrypt log groups and CloudWatch alarms publish to
   * the encrypted ops topic with the data key.
   */
  private allowServicesToUseKey(): void {
    const key = this.data.key;
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal(`logs.${Aws.REGION}.amazonaws.com`)],
        actions: [
          "kms:Encrypt",
          "kms:Decrypt",
          "kms:ReEncryptFrom",
          "kms:ReEncryptTo",
          "kms:GenerateDataKey",
          "kms:GenerateDataKeyWithoutPlaintext",
          "kms:DescribeKey",
        ],
        resources: ["*"],
        conditions: {
          ArnLike: {
            "kms:EncryptionContext:aws:logs:arn": `arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:*`,
          },
        },
      }),
    );
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal("cloudwatch.amazonaws.com")],
        actions: ["kms:Decrypt", "kms:GenerateDataKey"],
        resources: ["*"],
      }),
    );
  }

  private addOutputs(frontendConfig: FrontendConfig, serviceUrl: string): void {
    new CfnOutput(this, "ServiceUrl", { value: serviceUrl });
    new CfnOutput(this, "ApiUrl", { value: frontendConfig.apiUrl });
    new CfnOutput(this, "UserPoolId", { value: frontendConfig.auth.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: frontendConfig.auth.clientId });
    new CfnOutput(this, "AmplifyAppId", { value: this.hosting.app.attrAppId });
    // The front end's /config.json, ready to copy into a manual deployment.
    new CfnOutput(this, "FrontendConfig", {
      value: Stack.of(this).toJsonString(frontendConfig),
    });
  }
}
