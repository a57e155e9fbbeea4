/**
 * Converts between Node's HTTP messages and the API Gateway REST API's Lambda
 * proxy integration format (payload version 1.0), the format the handlers
 * receive in AWS.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from "aws-lambda";
import type { Route } from "../../shared/routes";

/** The stage name the local API reports in `requestContext.stage`. */
export const localStage = "local";

/** API Gateway's integration timeout for REST APIs: 29 seconds. */
export const integrationTimeoutMs = 29_000;

export interface EventInput {
  route: Route;
  /** The request path without the `/api` prefix, still percent-encoded. */
  path: string;
  pathParameters: Record<string, string>;
  searchParams: URLSearchParams;
  method: string;
  /** Node's raw header list: name, value, name, value, with the sender's casing. */
  rawHeaders: string[];
  body: Buffer;
  sourceIp: string;
  requestId?: string;
  now?: Date;
}

function collectHeaders(rawHeaders: string[]) {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = rawHeaders[index] as string;
    const value = rawHeaders[index + 1] as string;
    // API Gateway keeps the last value in `headers` and every value in `multiValueHeaders`.
    headers[name] = value;
    (multiValueHeaders[name] ??= []).push(value);
  }
  return { headers, multiValueHeaders };
}

function collectQuery(searchParams: URLSearchParams) {
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [name, value] of searchParams) {
    single[name] = value;
    (multi[name] ??= []).push(value);
  }
  const empty = Object.keys(single).length === 0;
  return { single: empty ? null : single, multi: empty ? null : multi };
}

/** Formats a date as API Gateway's `requestTime`, for example `04/Dec/2026:16:19:35 +0000`. */
function formatRequestTime(date: Date): string {
  const months = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
  ];
  const pad = (value: number) => String(value).padStart(2, "0");
  return (
    `${pad(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}

/**
 * Builds the proxy event for one request. The body is passed as UTF-8 text
 * with `isBase64Encoded: false`, as a REST API without binary media types
 * does, because every route of this API takes JSON.
 */
export function buildProxyEvent(input: EventInput): APIGatewayProxyEvent {
  const { headers, multiValueHeaders } = collectHeaders(input.rawHeaders);
  const query = collectQuery(input.searchParams);
  const now = input.now ?? new Date();
  const hasPathParameters = Object.keys(input.pathParameters).length > 0;
  const requestId = input.requestId ?? randomUUID();

  return {
    resource: input.route.path,
    path: input.path,
    httpMethod: input.method,
    headers,
    multiValueHeaders,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters: hasPathParameters ? { ...input.pathParameters } : null,
    stageVariables: null,
    body: input.body.length > 0 ? input.body.toString("utf8") : null,
    isBase64Encoded: false,
    requestContext: {
      accountId: "000000000000",
      apiId: "local",
      authorizer: null,
      domainName: headers.host ?? headers.Host ?? "127.0.0.1",
      domainPrefix: "local",
      extendedRequestId: requestId,
      httpMethod: input.method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: input.sourceIp,
        user: null,
        userAgent:
          Object.entries(headers).find(
            ([name]) => name.toLowerCase() === "user-agent",
          )?.[1] ?? null,
        userArn: null,
      },
      path: `/${localStage}${input.path}`,
      protocol: "HTTP/1.1",
      requestId,
      requestTime: formatRequestTime(now),
      requestTimeEpoch: now.getTime(),
      resourceId: input.route.id,
      resourcePath: input.route.path,
      stage: localStage,
    },
  };
}

/** Builds a Lambda context with the same fields the Lambda runtime provides. */
export function buildLambdaContext(route: Route, requestId: string): Context {
  return localLambdaContext(`ehc-local-${route.id}`, requestId, integrationTimeoutMs);
}

/** Builds a Lambda context for a function run in this process, with `timeoutMs` to run. */
export function localLambdaContext(
  functionName: string,
  requestId: string,
  timeoutMs: number,
): Context {
  const deadline = Date.now() + timeoutMs;
  const unsupported = () => {
    throw new Error("The callback methods of the Lambda context are not supported");
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:eu-west-2:000000000000:function:${functionName}`,
    memoryLimitInMB: "1024",
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/${functionName}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}

/** Returns true when `value` has the shape API Gateway accepts from a proxy integration. */
export function isProxyResult(value: unknown): value is APIGatewayProxyResult {
  if (typeof value !== "object" || value === null) return false;
  const result = value as Partial<APIGatewayProxyResult>;
  return (
    typeof result.statusCode === "number" &&
    (result.body === undefined || result.body === null || typeof result.body === "string")
  );
}

/** Writes a handler's result to the HTTP response, as API Gateway does. */
export function writeProxyResult(
  response: ServerResponse,
  result: APIGatewayProxyResult,
  requestId: string,
): void {
  for (const [name, value] of Object.entries(result.headers ?? {})) {
    response.setHeader(name, String(value));
  }
  for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) {
    response.setHeader(name, values.map(String));
  }
  response.setHeader("x-amzn-RequestId", requestId);

  const body = result.body ?? "";
  const bytes = result.isBase64Encoded ? Buffer.from(body, "base64") : Buffer.from(body);
  response.statusCode = result.statusCode;
  response.setHeader("Content-Length", bytes.length);
  response.end(bytes);
}

/** Reads the client's address as API Gateway reports it in `identity.sourceIp`. */
export function sourceIpOf(request: IncomingMessage): string {
  const address = request.socket.remoteAddress ?? "127.0.0.1";
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
}
