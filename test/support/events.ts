/**
 * Builds API Gateway proxy events and calls handlers in-process, the way API
 * Gateway and the local server call them.
 */
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from "aws-lambda";
import { randomUUID } from "node:crypto";
import { findRoute, type RouteId } from "../../shared/routes";
import { tokenFor } from "./tokens";

export interface EventOptions {
  /** A raw Authorization header value; overrides `as`. */
  authorization?: string;
  /** Demo user to sign in as, by username. */
  as?: string;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** A body sent exactly as given, such as malformed JSON. */
  rawBody?: string;
  sourceIp?: string;
}

export async function apiEvent(
  routeId: RouteId,
  options: EventOptions = {},
): Promise<APIGatewayProxyEvent> {
  const route = findRoute(routeId);
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(options.pathParameters?.[name] ?? ""),
  );

  const headers: Record<string, string> = { "Content-Type": "application/json" };
  const authorization =
    options.authorization ??
    (options.as ? `Bearer ${await tokenFor(options.as)}` : undefined);
  if (authorization) headers.Authorization = authorization;

  const body =
    options.rawBody ?? (options.body === undefined ? null : JSON.stringify(options.body));

  return {
    httpMethod: route.method,
    path,
    resource: route.path,
    pathParameters: options.pathParameters ?? null,
    queryStringParameters: options.query ?? null,
    multiValueQueryStringParameters: null,
    headers,
    multiValueHeaders: {},
    body,
    isBase64Encoded: false,
    stageVariables: null,
    requestContext: {
      requestId: randomUUID(),
      identity: { sourceIp: options.sourceIp ?? "127.0.0.1" },
    } as APIGatewayProxyEvent["requestContext"],
  };
}

const lambdaContext = {
  functionName: "test",
  awsRequestId: "test",
  getRemainingTimeInMillis: () => 30_000,
} as unknown as Context;

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

type Handler = (event: APIGatewayProxyEvent, context: Context) => Promise<unknown>;

/** Imports the route's handler module, the same file the stack deploys. */
async function handlerFor(routeId: RouteId): Promise<Handler> {
  const route = findRoute(routeId);
  const file = new URL(`../../functions/${route.handler}.ts`, import.meta.url).href;
  const module = (await import(/* @vite-ignore */ file)) as { handler: Handler };
  return module.handler;
}

/** Calls a route's handler with an event and returns the status and parsed body. */
export async function call<T = unknown>(
  routeId: RouteId,
  options: EventOptions = {},
): Promise<ApiResponse<T>> {
  const handler = await handlerFor(routeId);
  const result = (await handler(
    await apiEvent(routeId, options),
    lambdaContext,
  )) as APIGatewayProxyResult;

  return {
    status: result.statusCode,
    body: (result.body ? JSON.parse(result.body) : undefined) as T,
  };
}
