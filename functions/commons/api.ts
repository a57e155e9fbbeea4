/**
 * Wraps a route's action in the same middy pipeline for every handler:
 * parse the body, authenticate, check the role against the route table,
 * validate with zod, run the action, and turn errors into responses.
 */
import middy from "@middy/core";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from "aws-lambda";
import type * as z from "zod";
import {
  DomainError,
  ForbiddenError,
  InvalidError,
  PayloadTooLargeError,
  UnavailableError,
} from "../../shared/errors";
import { findRoute, type Route, type RouteId } from "../../shared/routes";
import { fieldErrors } from "../../shared/schemas/common";
import { authenticate, type AuthenticatedPrincipal } from "./auth";
import { config } from "./config";
import { describeError, logger } from "./logger";
import { now } from "./clock";

/** The largest JSON body accepted; evidence travels to S3, never through the API. */
export const maxBodyBytes = 256 * 1024;

export interface ApiRequest<TBody> {
  route: Route;
  principal: AuthenticatedPrincipal;
  body: TBody;
  path: Record<string, string>;
  query: Record<string, string>;
  requestId: string;
  sourceIp: string;
  now: Date;
}

export interface ApiResult {
  status?: number;
  body?: unknown;
}

type Action<TBody> = (request: ApiRequest<TBody>) => Promise<ApiResult>;

interface Internal {
  json?: unknown;
  principal?: AuthenticatedPrincipal;
}

type Event = APIGatewayProxyEvent & { internal?: Internal };

function parseJsonBody(event: Event): unknown {
  const raw = event.body ?? "";
  const text = event.isBase64Encoded ? Buffer.from(raw, "base64").toString("utf8") : raw;

  if (Buffer.byteLength(text, "utf8") > maxBodyBytes)
    throw new PayloadTooLargeError(maxBodyBytes);
  if (text.trim() === "") {
    throw new InvalidError([{ field: "body", message: "Request body is missing" }]);
  }

  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidError([
      { field: "body", message: "Request body must be valid JSON" },
    ]);
  }
}

function header(event: Event, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const entry = Object.entries(event.headers ?? {}).find(
    ([key]) => key.toLowerCase() === wanted,
  );
  return entry?.[1] ?? undefined;
}

export function respond(status: number, body: unknown): APIGatewayProxyResult {
  return {
    statusCode: status,
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Access-Control-Allow-Origin": config.serviceUrl,
      "Access-Control-Allow-Headers": "Authorization,Content-Type,Idempotency-Key",
      "Access-Control-Allow-Methods": "GET,POST,PUT,DELETE,OPTIONS",
    },
    body: body === undefined ? "" : JSON.stringify(body),
  };
}

function errorResponse(error: unknown, routeId: string): APIGatewayProxyResult {
  if (error instanceof InvalidError) {
    logger.info("Request rejected as invalid", {
      routeId,
      fields: error.errors.map((e) => e.field),
    });
    return respond(400, { message: error.message, errors: error.errors });
  }
  if (error instanceof DomainError) {
    logger.info("Request rejected", {
      routeId,
      status: error.status,
      errorName: error.name,
    });
    return respond(error.status, { message: error.message });
  }

  const throttled =
    error instanceof Error &&
    /Throttl|ProvisionedThroughputExceeded|TimeoutError|ECONNREFUSED|RequestLimitExceeded/.test(
      `${error.name} ${(error as { code?: string }).code ?? ""}`,
    );
  if (throttled) {
    logger.warn("Dependency unavailable", { routeId, ...describeError(error) });
    const unavailable = new UnavailableError();
    return respond(unavailable.status, { message: unavailable.message });
  }

  logger.error("Request failed", { routeId, ...describeError(error) });
  return respond(500, { message: "Something went wrong. Try again later" });
}

/**
 * Builds the Lambda handler for one route of the route table.
 * `schema` validates the JSON body; routes without one take no body.
 */
export function apiHandler<TSchema extends z.ZodType | undefined>(
  routeId: RouteId,
  schema: TSchema,
  action: Action<TSchema extends z.ZodType ? z.output<TSchema> : undefined>,
) {
  const route = findRoute(routeId);

  const pipeline = async (event: Event): Promise<APIGatewayProxyResult> => {
    logger.appendKeys({ routeId });
    try {
      const principal = await authenticate(header(event, "authorization"));
      logger.appendKeys({ role: principal.role });

      if (!route.roles.includes(principal.role)) {
        throw new ForbiddenError();
      }

      let body: unknown = undefined;
      if (schema) {
        const parsed = schema.safeParse(parseJsonBody(event));
        if (!parsed.success) throw new InvalidError(fieldErrors(parsed.error));
        body = parsed.data;
      }

      const result = await action({
        route,
        principal,
        body: body as TSchema extends z.ZodType ? z.output<TSchema> : undefined,
        path: (event.pathParameters ?? {}) as Record<string, string>,
        query: (event.queryStringParameters ?? {}) as Record<string, string>,
        requestId: event.requestContext?.requestId ?? "local",
        sourceIp: event.requestContext?.identity?.sourceIp ?? "unknown",
        now: now(),
      });
      return respond(result.status ?? 200, result.body);
    } catch (error) {
      return errorResponse(error, routeId);
    } finally {
      logger.removeKeys(["routeId", "role", "caseReference"]);
    }
  };

  return middy<Event, APIGatewayProxyResult, Error, Context>()
    .use(injectLambdaContext(logger, { clearState: true }))
    .handler(pipeline);
}
