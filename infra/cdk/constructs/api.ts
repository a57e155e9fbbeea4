/**
 * The REST API: one Lambda function per route of the shared route table,
 * behind a Cognito authorizer that accepts access tokens, a request
 * validator, a WAF web ACL, access logs and X-Ray tracing.
 */
import { ArnFormat, Duration, Stack, Token, Validations } from "aws-cdk-lib";
import {
  AccessLogFormat,
  AuthorizationType,
  CognitoUserPoolsAuthorizer,
  EndpointType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  RequestValidator,
  ResponseType,
  RestApi,
} from "aws-cdk-lib/aws-apigateway";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Policy, PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { IKey } from "aws-cdk-lib/aws-kms";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { CfnWebACL, CfnWebACLAssociation } from "aws-cdk-lib/aws-wafv2";
import type { IUserPool } from "aws-cdk-lib/aws-cognito";
import type { IStateMachine } from "aws-cdk-lib/aws-stepfunctions";
import { Construct } from "constructs";
import { routes, type Route } from "../../../shared/routes";
import { routeAccess, type DocumentPrefix } from "../route-access";
import { ServiceFunction } from "./service-function";

export interface ApiProps {
  serviceName: string;
  stageName: string;
  /** The front end's origin, the only origin CORS allows. */
  allowedOrigin: string;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  key: IKey;
  table: ITableV2;
  indexNames: readonly string[];
  documentBucket: IBucket;
  userPool: IUserPool;
  sendEmail: PolicyStatement;
  /** The case timeline, which routes that change obligations restart. */
  caseTimeline: IStateMachine;
  caseTimelineName: string;
}

/**
 * The scope every access token from the web client's sign-in carries. A REST
 * API Cognito authorizer with no scopes on a method validates ID tokens
 * instead, so each method names this scope.
 */
export const accessTokenScope = "aws.cognito.signin.user.admin";

/** Headers the browser may send: the pipeline in functions/commons/api.ts reads these. */
const allowedHeaders = ["Authorization", "Content-Type", "Idempotency-Key"];

export class Api extends Construct {
  readonly restApi: RestApi;
  readonly functions = new Map<string, ServiceFunction>();
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    const accessLogs = new LogGroup(this, "AccessLogs", {
      retention: props.logRetention,
      encryptionKey: props.key,
    });

    this.restApi = new RestApi(this, "RestApi", {
      restApiName: `${props.serviceName}-api`,
      description: "EHC needs assessment service API",
      endpointTypes: [EndpointType.REGIONAL],
      cloudWatchRole: true,
      deployOptions: {
        stageName: props.stageName,
        tracingEnabled: true,
        metricsEnabled: true,
        loggingLevel: MethodLoggingLevel.ERROR,
        // Request and response bodies carry children's details: never log them.
        dataTraceEnabled: false,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields({
          caller: false,
          httpMethod: true,
          ip: true,
          protocol: true,
          requestTime: true,
          resourcePath: true,
          responseLength: true,
          status: true,
          user: true,
        }),
        throttlingRateLimit: 50,
        throttlingBurstLimit: 100,
      },
    });

    // Rejections by API Gateway itself (such as a missing token) need CORS
    // headers too, or the browser reports a CORS failure instead of the 401.
    for (const type of [ResponseType.DEFAULT_4XX, ResponseType.DEFAULT_5XX]) {
      this.restApi.addGatewayResponse(`${type.responseType}Cors`, {
        type,
        responseHeaders: {
          "Access-Control-Allow-Origin": `'${props.allowedOrigin}'`,
        },
      });
    }

    const authorizer = new CognitoUserPoolsAuthorizer(this, "Authorizer", {
      cognitoUserPools: [props.userPool],
      resultsCacheTtl: Duration.minutes(5),
    });

    const validator = new RequestValidator(this, "RequestValidator", {
      restApi: this.restApi,
      validateRequestBody: true,
      validateRequestParameters: true,
    });

    const preflightPaths = new Set<string>();
    for (const route of routes as readonly Route[]) {
      const handler = this.createFunction(route, props);
      const resource = this.restApi.root.resourceForPath(route.path);
      const pathParameters = [...route.path.matchAll(/\{([^}]+)\}/g)].map(
        (match) => match[1],
      );

      // The validator checks path parameters only. Bodies are checked by the
      // handlers' zod schemas, because the front end shows their field errors
      // next to each question. An API Gateway model would reject with a bare 400.
      // No permission for the console's test-invoke stage: it would add one
      // resource per route towards CloudFormation's 500-resource stack limit.
      const integration = new LambdaIntegration(handler.function, {
        allowTestInvoke: false,
      });
      resource.addMethod(route.method, integration, {
        operationName: route.id,
        authorizer,
        authorizationType: AuthorizationType.COGNITO,
        authorizationScopes: [accessTokenScope],
        requestValidator: validator,
        requestParameters: Object.fromEntries(
          pathParameters.map((name) => [`method.request.path.${name}`, true]),
        ),
      });

      if (!preflightPaths.has(route.path)) {
        preflightPaths.add(route.path);
        const preflight = resource.addCorsPreflight({
          allowOrigins: [props.allowedOrigin],
          allowHeaders: allowedHeaders,
          allowMethods: ["GET", "POST", "PUT", "DELETE", "OPTIONS"],
          maxAge: Duration.minutes(10),
        });
        for (const rule of ["AwsSolutions-APIG4", "AwsSolutions-COG4"]) {
          Validations.of(preflight).acknowledge({
            id: rule,
            reason:
              "CORS preflight (OPTIONS) requests carry no credentials by design; " +
              "the mock integration returns CORS headers only and reaches no data",
          });
        }
      }
    }

    this.webAcl = this.createWebAcl(props.serviceName);
    new CfnWebACLAssociation(this, "WebAclAssociation", {
      resourceArn: this.restApi.deploymentStage.stageArn,
      webAclArn: this.webAcl.attrArn,
    });

    Validations.of(this.restApi).acknowledge({
      id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]",
      reason:
        "API Gateway's account-wide logging role needs this AWS managed policy; " +
        "it is the one role API Gateway uses to write execution logs",
    });
  }

  private createFunction(route: Route, props: ApiProps): ServiceFunction {
    const handler = new ServiceFunction(this, route.id, {
      handler: route.handler,
      environment: props.environment,
      logRetention: props.logRetention,
      key: props.key,
    });
    this.functions.set(route.id, handler);

    handler.allowTable(props.table, props.indexNames, props.key);

    const access = routeAccess[route.id as keyof typeof routeAccess];
    const documentStatements = [
      documentStatement(props.documentBucket, ["s3:GetObject"], access.readDocuments),
      documentStatement(props.documentBucket, ["s3:PutObject"], access.writeDocuments),
    ].filter((statement) => statement !== undefined);

    if (documentStatements.length > 0) {
      // A separate policy, so its acknowledgement covers object keys only.
      const policy = new Policy(handler, "DocumentPolicy", {
        statements: documentStatements,
      });
      handler.role.attachInlinePolicy(policy);
      for (const prefix of new Set([
        ...(access.readDocuments ?? []),
        ...(access.writeDocuments ?? []),
      ])) {
        Validations.of(policy).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId(props.documentBucket)}.Arn>/${prefix}/*]`,
          reason:
            `Object keys under ${prefix}/ contain a generated id per draft, case ` +
            "and document, so the grant names the prefix, not single objects",
        });
      }
    }

    if (access.sendsMessages) handler.allowMessages(props.sendEmail);
    if (access.startsTimeline) {
      allowTimeline(handler, props.caseTimeline, props.caseTimelineName);
    }

    return handler;
  }

  private createWebAcl(serviceName: string): CfnWebACL {
    const visibility = (metricName: string) => ({
      cloudWatchMetricsEnabled: true,
      metricName,
      sampledRequestsEnabled: true,
    });
    const managed = (name: string, priority: number, excluded: string[] = []) => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: "AWS",
          name,
          ruleActionOverrides: excluded.map((rule) => ({
            name: rule,
            actionToUse: { count: {} },
          })),
        },
      },
      visibilityConfig: visibility(name),
    });

    return new CfnWebACL(this, "WebAcl", {
      name: `${serviceName}-api`,
      scope: "REGIONAL",
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`${serviceName}-api`),
      rules: [
        // The request form's answers can exceed the rule set's 8 KB body limit,
        // so that rule only counts; documents go straight to S3, not through the API.
        managed("AWSManagedRulesCommonRuleSet", 1, ["SizeRestrictions_BODY"]),
        managed("AWSManagedRulesKnownBadInputsRuleSet", 2),
        managed("AWSManagedRulesAmazonIpReputationList", 3),
        {
          name: "RateLimitPerAddress",
          priority: 4,
          action: { block: {} },
          // Requests per 5 minutes from one IP address.
          statement: { rateBasedStatement: { limit: 1000, aggregateKeyType: "IP" } },
          visibilityConfig: visibility("RateLimitPerAddress"),
        },
      ],
    });
  }
}

function documentStatement(
  bucket: IBucket,
  actions: string[],
  prefixes: DocumentPrefix[] | undefined,
): PolicyStatement | undefined {
  if (!prefixes || prefixes.length === 0) return undefined;
  return new PolicyStatement({
    actions,
    resources: prefixes.map((prefix) => bucket.arnForObjects(`${prefix}/*`)),
  });
}

function bucketLogicalId(bucket: IBucket): string {
  const child = bucket.node.defaultChild;
  if (!child) throw new Error("The document bucket must be a Bucket defined in this app");
  return Stack.of(bucket).getLogicalId(child as never);
}

/** Lets a function restart case timelines: start executions, and stop the previous one. */
function allowTimeline(
  handler: ServiceFunction,
  caseTimeline: IStateMachine,
  caseTimelineName: string,
): void {
  handler.function.addEnvironment("CASE_TIMELINE_ARN", caseTimeline.stateMachineArn);
  handler.addToRolePolicy(
    new PolicyStatement({
      actions: ["states:StartExecution"],
      resources: [caseTimeline.stateMachineArn],
    }),
  );

  const stack = Stack.of(handler);
  const executions = stack.formatArn({
    service: "states",
    resource: "execution",
    resourceName: `${caseTimelineName}:*`,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
  const stop = new Policy(handler, "TimelinePolicy", {
    statements: [
      new PolicyStatement({ actions: ["states:StopExecution"], resources: [executions] }),
    ],
  });
  handler.role.attachInlinePolicy(stop);

  const region = Token.isUnresolved(stack.region) ? "<AWS::Region>" : stack.region;
  Validations.of(stop).acknowledge({
    id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:states:${region}:<AWS::AccountId>:execution:${caseTimelineName}:*]`,
    reason:
      "Each restart stops the case's previous execution, whose name carries a " +
      "generated suffix, so the grant names the case timeline's executions",
  });
}
