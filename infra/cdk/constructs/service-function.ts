/**
 * One Lambda function built from a module under `functions/`: Node.js 22 on
 * ARM64, bundled to ESM by esbuild with the shared settings, with its own
 * role, its own encrypted log group and X-Ray tracing.
 */
import { Duration, Validations } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Policy, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { IKey } from "aws-cdk-lib/aws-kms";
import { Architecture, Runtime, Tracing } from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { handlerEntry, handlerExists, lambdaBundle, repositoryRoot } from "../bundling";

export interface ServiceFunctionProps {
  /** Module under `functions/` without the extension, as in the route table. */
  handler: string;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  key: IKey;
  /** Overrides the entry file, for tests. */
  entry?: string;
  timeout?: Duration;
}

export class ServiceFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);

    const entry = props.entry ?? handlerEntry(props.handler);
    if (!props.entry && !handlerExists(props.handler)) {
      throw new Error(
        `Missing handler: functions/${props.handler}.ts does not exist. ` +
          "Write it (it must export `handler`) or remove its route from shared/routes.ts",
      );
    }

    // A role of its own, so the function gets its own log group and grants
    // instead of the AWSLambdaBasicExecutionRole managed policy, which allows
    // writing to every log group in the account.
    this.role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: `Runs functions/${props.handler}`,
    });

    const logGroup = new LogGroup(this, "Logs", {
      retention: props.logRetention,
      encryptionKey: props.key,
    });
    logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, "Function", {
      entry,
      handler: "handler",
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup,
      tracing: Tracing.ACTIVE,
      // Stack traces in the logs point at the TypeScript source through the source maps.
      environment: { ...props.environment, NODE_OPTIONS: "--enable-source-maps" },
      projectRoot: repositoryRoot,
      depsLockFilePath: `${repositoryRoot}/package-lock.json`,
      bundling: {
        format: OutputFormat.ESM,
        target: lambdaBundle.target,
        minify: lambdaBundle.minify,
        sourceMap: lambdaBundle.sourceMap,
        externalModules: [...lambdaBundle.externalModules],
        mainFields: [...lambdaBundle.mainFields],
        banner: lambdaBundle.banner,
      },
    });

    Validations.of(this.function).acknowledge({
      id: "AwsSolutions-L1",
      reason:
        "Node.js 22 is the runtime the bundles target (esbuild target node22) and " +
        "the one the project tests; moving to a newer runtime is a deliberate upgrade",
    });
    Validations.of(this.role).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "X-Ray tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, " +
        "which support no resource-level permissions",
    });
  }

  addToRolePolicy(statement: PolicyStatement): void {
    this.role.addToPolicy(statement);
  }

  /**
   * Allows item-level reads and writes on the table and each named index,
   * with no wildcard actions or resources, and the key operations DynamoDB
   * and S3 need on the function's behalf.
   */
  allowTable(table: ITableV2, indexNames: readonly string[], key: IKey): void {
    this.addToRolePolicy(
      new PolicyStatement({
        actions: [
          "dynamodb:GetItem",
          "dynamodb:BatchGetItem",
          "dynamodb:Query",
          "dynamodb:PutItem",
          "dynamodb:UpdateItem",
          "dynamodb:DeleteItem",
          "dynamodb:BatchWriteItem",
          "dynamodb:ConditionCheckItem",
        ],
        resources: [
          table.tableArn,
          ...indexNames.map((name) => `${table.tableArn}/index/${name}`),
        ],
      }),
    );
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey"],
        resources: [key.keyArn],
      }),
    );
  }

  /** Allows sending email through SES (`sendEmail`) and SMS through SNS. */
  allowMessages(sendEmail: PolicyStatement): void {
    this.addToRolePolicy(sendEmail);

    // A separate policy, so that its acknowledgement covers this grant only.
    const sms = new Policy(this, "SmsPolicy", {
      statements: [new PolicyStatement({ actions: ["sns:Publish"], resources: ["*"] })],
    });
    this.role.attachInlinePolicy(sms);
    Validations.of(sms).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "SMS goes straight to a phone number through sns:Publish, which has no " +
        "resource ARN to name",
    });
  }
}
