import { execSync } from "node:child_process";
import { Annotations, Match, Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { routes } from "../../shared/routes";
import { corsRules } from "../local/storage";
import { handlerEntry, repositoryRoot } from "./bundling";
import { documentCors } from "./constructs/data";
import { buildSpec } from "./constructs/hosting";
import { createApp, type ServiceApp } from "./create-app";

/** Skips esbuild bundling, which the bundle tests cover, to keep synth fast. */
const skipBundling = { "aws:cdk:bundling-stacks": [] };

function synthesise(checkCaseEntry?: string) {
  const service = createApp({ context: skipBundling }, { checkCaseEntry });
  const assembly = service.app.synth();
  return { service, assembly, template: Template.fromStack(service.stack) };
}

describe("service stack", () => {
  let service: ServiceApp;
  let template: Template;
  let assemblyDirectory: string;

  beforeAll(() => {
    const result = synthesise();
    service = result.service;
    template = result.template;
    assemblyDirectory = result.assembly.directory;
  }, 120_000);

  it("has one function per route", () => {
    const functions = template.findResources("AWS::Lambda::Function", {
      Properties: { Runtime: "nodejs22.x", Architectures: ["arm64"] },
    });
    // The check-case task, and the notification sender, retry sweep and SES event handler.
    const extra = (service.stack.workflow.checkCase ? 1 : 0) + 3;

    expect(Object.keys(functions)).toHaveLength(routes.length + extra);
    for (const route of routes) {
      expect(service.stack.api.functions.has(route.id)).toBe(true);
    }
  });

  it("sets handler environment variables", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: Match.anyValue(),
          DOCUMENT_BUCKET: Match.anyValue(),
          USER_POOL_ID: Match.anyValue(),
          USER_POOL_CLIENT_ID: Match.anyValue(),
          SERVICE_URL: Match.anyValue(),
          EMAIL_FROM: "sen-assessment@example.gov.uk",
          NODE_OPTIONS: "--enable-source-maps",
        }),
      },
      TracingConfig: { Mode: "Active" },
    });
  });

  it("routes that change obligations start timelines", () => {
    const submit = service.stack.api.functions.get("submitDraft");
    const listing = service.stack.api.functions.get("listCases");
    const variables = (fn: typeof submit) =>
      template.toJSON().Resources[
        service.stack.getLogicalId(fn!.function.node.defaultChild as never)
      ].Properties.Environment.Variables;

    expect(variables(submit)).toHaveProperty("CASE_TIMELINE_ARN");
    expect(variables(listing)).not.toHaveProperty("CASE_TIMELINE_ARN");
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: "states:StartExecution", Effect: "Allow" }),
        ]),
      },
    });
  });

  it("grants no wildcard table actions", () => {
    const policies = template.findResources("AWS::IAM::Policy");
    const actions = Object.values(policies).flatMap((policy) =>
      (
        policy.Properties.PolicyDocument.Statement as { Action: string | string[] }[]
      ).flatMap((statement) => statement.Action),
    );

    expect(actions).toContain("dynamodb:Query");
    expect(actions.filter((action) => action.includes("*"))).toEqual([]);
  });

  it("table has PITR, KMS and stream", () => {
    template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      BillingMode: "PAY_PER_REQUEST",
      StreamSpecification: { StreamViewType: "NEW_AND_OLD_IMAGES" },
      SSESpecification: { SSEEnabled: true, SSEType: "KMS" },
      Replicas: [
        Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
          SSESpecification: { KMSMasterKeyId: Match.anyValue() },
        }),
      ],
      GlobalSecondaryIndexes: Match.arrayWith([
        Match.objectLike({ IndexName: "GSI1" }),
        Match.objectLike({ IndexName: "GSI2" }),
        Match.objectLike({ IndexName: "GSI3" }),
      ]),
    });
    template.hasResourceProperties("AWS::KMS::Key", { EnableKeyRotation: true });
  });

  it("document bucket is private and TLS-only", () => {
    template.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          Match.objectLike({
            ServerSideEncryptionByDefault: Match.objectLike({ SSEAlgorithm: "aws:kms" }),
          }),
        ],
      },
      VersioningConfiguration: { Status: "Enabled" },
      LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue() }),
      CorsConfiguration: {
        CorsRules: [
          Match.objectLike({
            AllowedMethods: ["PUT", "GET"],
            AllowedHeaders: ["content-type", "content-length", "x-amz-checksum-sha256"],
          }),
        ],
      },
    });
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Deny",
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          }),
        ]),
      },
    });
  });

  it("bucket CORS matches local rules", () => {
    const local = corsRules(["https://service.example"]);
    const values = (tag: string) =>
      [...local.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, "g"))].map(
        (match) => match[1],
      );

    expect(values("AllowedMethod")).toEqual(documentCors.allowedMethods);
    expect(values("AllowedHeader")).toEqual(documentCors.allowedHeaders);
    expect(values("ExposeHeader")).toEqual(documentCors.exposedHeaders);
    expect(values("MaxAgeSeconds")).toEqual([String(documentCors.maxAge)]);
  });

  it("state machine logs and traces", () => {
    template.hasResourceProperties("AWS::StepFunctions::StateMachine", {
      StateMachineType: "STANDARD",
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: "ALL" }),
    });
    template.hasResourceProperties("AWS::Logs::LogGroup", {
      LogGroupName: Match.stringLikeRegexp("case-timeline"),
      KmsKeyId: Match.anyValue(),
    });
  });

  it("warns only while check-case is missing", () => {
    const annotations = Annotations.fromStack(service.stack);
    const warning = Match.stringLikeRegexp("check-case.ts does not exist");

    if (existsSync(handlerEntry("timeline/check-case"))) {
      expect(service.stack.workflow.checkCase).toBeDefined();
      annotations.hasNoWarning("/EhcAssessmentService/Workflow", warning);
    } else {
      expect(service.stack.workflow.checkCase).toBeUndefined();
      annotations.hasWarning("/EhcAssessmentService/Workflow", warning);
    }
  });

  it("delivers notifications from the stream", () => {
    template.hasResourceProperties("AWS::SQS::Queue", {
      KmsMasterKeyId: Match.anyValue(),
      MessageRetentionPeriod: 1_209_600,
    });
    template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      StartingPosition: "LATEST",
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      FilterCriteria: {
        Filters: [
          {
            Pattern: JSON.stringify({
              eventName: ["INSERT"],
              dynamodb: { Keys: { SK: { S: [{ prefix: "NOTIFICATION#" }] } } },
            }),
          },
        ],
      },
    });
    template.hasResourceProperties("AWS::SES::ConfigurationSetEventDestination", {
      EventDestination: Match.objectLike({
        MatchingEventTypes: Match.arrayWith(["bounce", "complaint"]),
        SnsDestination: Match.anyValue(),
      }),
    });
    template.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: "rate(1 minute)",
    });
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: {
        Variables: Match.objectLike({
          NOTIFICATIONS_FROM_STREAM: "true",
          NOTIFICATION_DLQ_URL: Match.anyValue(),
          SES_CONFIGURATION_SET: Match.anyValue(),
        }),
      },
    });
  });

  it("alarms on every function", () => {
    const alarms = template.findResources("AWS::CloudWatch::Alarm");
    const byMetric = (name: string) =>
      Object.values(alarms).filter((alarm) => alarm.Properties.MetricName === name);
    const functionCount =
      service.stack.api.functions.size +
      (service.stack.workflow.checkCase ? 1 : 0) +
      // The notification sender, retry sweep and SES event handler.
      3;

    expect(byMetric("ApproximateNumberOfMessagesVisible")).toHaveLength(1);

    expect(byMetric("Errors")).toHaveLength(functionCount);
    expect(byMetric("Throttles")).toHaveLength(functionCount);
    expect(byMetric("5XXError")).toHaveLength(1);
    expect(byMetric("ExecutionsFailed")).toHaveLength(1);
    expect(byMetric("ExecutionsTimedOut")).toHaveLength(1);
    for (const alarm of Object.values(alarms)) {
      expect(alarm.Properties.AlarmActions).toHaveLength(1);
    }
  });

  it("authorizer requires access tokens", () => {
    template.hasResourceProperties("AWS::ApiGateway::Authorizer", {
      Type: "COGNITO_USER_POOLS",
    });
    const methods = Object.values(template.findResources("AWS::ApiGateway::Method"));
    const routeMethods = methods.filter(
      (method) => method.Properties.HttpMethod !== "OPTIONS",
    );

    expect(routeMethods).toHaveLength(routes.length);
    for (const method of routeMethods) {
      expect(method.Properties.AuthorizationType).toBe("COGNITO_USER_POOLS");
      expect(method.Properties.AuthorizationScopes).toEqual([
        "aws.cognito.signin.user.admin",
      ]);
      expect(method.Properties.RequestValidatorId).toBeDefined();
    }
  });

  it("stage has WAF, logs and tracing", () => {
    template.hasResourceProperties("AWS::WAFv2::WebACL", {
      Scope: "REGIONAL",
      Rules: Match.arrayWith([
        Match.objectLike({
          Statement: {
            ManagedRuleGroupStatement: Match.objectLike({
              Name: "AWSManagedRulesCommonRuleSet",
            }),
          },
        }),
      ]),
    });
    template.resourceCountIs("AWS::WAFv2::WebACLAssociation", 1);
    template.hasResourceProperties("AWS::ApiGateway::Stage", {
      TracingEnabled: true,
      AccessLogSetting: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });

  it("user pool has a group per role", () => {
    template.resourceCountIs("AWS::Cognito::UserPoolGroup", 10);
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      GenerateSecret: false,
      EnableTokenRevocation: true,
      AccessTokenValidity: 60,
      TokenValidityUnits: Match.objectLike({ AccessToken: "minutes" }),
    });
  });

  it("cdk-nag reports no errors", () => {
    const reportFile = join(assemblyDirectory, "validation-report.json");
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as {
      pluginReports: { pluginName: string; violations: { ruleName: string }[] }[];
    };
    const nagViolations = report.pluginReports
      .filter((plugin) => plugin.pluginName.includes("AwsSolutions"))
      .flatMap((plugin) => plugin.violations.map((violation) => violation.ruleName));
    expect(nagViolations).toEqual([]);

    // Runs the pack again directly: acknowledged findings stay out of the result.
    const direct = new AwsSolutionsChecks(service.app).validateScope(service.app);
    const findings = direct.violations.map(
      (violation) => `${violation.severity} ${violation.ruleName}`,
    );
    expect(findings).toEqual([]);
  });
});

describe("context settings", () => {
  it("serviceUrl sets CORS and links", () => {
    const origin = "https://ehc.example.gov.uk";
    const { app, stack } = createApp({
      context: { ...skipBundling, serviceUrl: origin },
    });
    const template = Template.fromStack(stack);
    app.synth();

    template.hasResourceProperties("AWS::S3::Bucket", {
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: [origin] })] },
    });
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: { Variables: Match.objectLike({ SERVICE_URL: origin }) },
    });
  }, 120_000);

  it("rejects a serviceUrl with a path", () => {
    expect(() =>
      createApp({
        context: { ...skipBundling, serviceUrl: "https://ehc.example.gov.uk/" },
      }),
    ).toThrow(/must be an origin/);
  });

  it("rejects an invalid log retention", () => {
    expect(() =>
      createApp({ context: { ...skipBundling, logRetentionDays: "100" } }),
    ).toThrow(/logRetentionDays \(100\)/);
  });
});

describe("Amplify build spec", () => {
  it("writes the front end's config.json", () => {
    const command = /- "(node -e .*)"$/m.exec(buildSpec())?.[1];
    expect(command).toBeDefined();

    mkdirSync(join(repositoryRoot, "dist"), { recursive: true });
    const directory = mkdtempSync(join(repositoryRoot, "dist", "build-spec-"));
    mkdirSync(join(directory, "frontend", "dist"), { recursive: true });
    execSync(JSON.parse(`"${command}"`) as string, {
      cwd: directory,
      env: {
        ...process.env,
        API_URL: "https://abc123.execute-api.eu-west-2.amazonaws.com/v1",
        COGNITO_REGION: "eu-west-2",
        USER_POOL_ID: "eu-west-2_Example",
        USER_POOL_CLIENT_ID: "client123",
      },
    });
    const written = JSON.parse(
      readFileSync(join(directory, "frontend", "dist", "config.json"), "utf8"),
    ) as unknown;
    rmSync(directory, { recursive: true, force: true });

    expect(written).toEqual({
      apiUrl: "https://abc123.execute-api.eu-west-2.amazonaws.com/v1",
      auth: {
        mode: "cognito",
        region: "eu-west-2",
        userPoolId: "eu-west-2_Example",
        clientId: "client123",
      },
    });
  });
});

describe("full case timeline", () => {
  it("loads the ASL file with substitutions", () => {
    // NodejsFunction wants the entry under the project root; dist/ is git-ignored.
    mkdirSync(join(repositoryRoot, "dist"), { recursive: true });
    const directory = mkdtempSync(join(repositoryRoot, "dist", "check-case-"));
    const entry = join(directory, "check-case.ts");
    writeFileSync(entry, "export const handler = async () => ({});\n");

    const { template } = synthesise(entry);
    rmSync(directory, { recursive: true, force: true });
    const machines = Object.values(
      template.findResources("AWS::StepFunctions::StateMachine"),
    );
    expect(machines).toHaveLength(1);

    // fromFile uploads the ASL file as an asset; CloudFormation fills in the ARN.
    expect(machines[0]?.Properties.DefinitionS3Location).toBeDefined();
    expect(machines[0]?.Properties.DefinitionSubstitutions).toEqual({
      CheckCaseFunctionArn: { "Fn::GetAtt": [expect.any(String), "Arn"] },
    });
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: "lambda:InvokeFunction",
            Resource: { "Fn::GetAtt": [Match.stringLikeRegexp("CheckCase"), "Arn"] },
          }),
        ]),
      },
    });
  }, 120_000);
});
