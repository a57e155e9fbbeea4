/**
 * The local stand-in for API Gateway: one HTTP server on 127.0.0.1 that
 * turns requests under `/api` into REST API proxy events from the shared
 * route table and runs the real Lambda handlers in this process. It also
 * serves the local-only pages (sign-in, demo users, key set, outbox) and,
 * when asked, the built front end.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from "aws-lambda";
import { matchPath, routes as sharedRoutes, type Route } from "../../shared/routes";
import { describeError } from "../../functions/commons/logger";
import {
  buildLambdaContext,
  buildProxyEvent,
  integrationTimeoutMs,
  isProxyResult,
  sourceIpOf,
  writeProxyResult,
} from "./api-event";
import type { TokenIssuer } from "./cognito";
import { listDemoUsers, signIn } from "./local-auth";
import { readOutbox, renderOutboxPage } from "./outbox";
import { serveStaticFile } from "./static-files";
import type { LocalTimeline } from "../workflow-local/local-timeline";

/** API Gateway's maximum request payload: 10 MB. */
export const maxPayloadBytes = 10 * 1024 * 1024;

/** The largest body accepted by the local-only endpoints, which take a username and password. */
const maxLocalBodyBytes = 16 * 1024;

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface LocalApiOptions {
  /** The port to listen on; 0 picks a free one. */
  port: number;
  issuer: TokenIssuer;
  /** The folder the notifier writes messages to (OUTBOX_DIR). */
  outboxDirectory?: string;
  /** A built front end to serve for every path outside `/api` and `/local`. */
  staticDirectory?: string;
  /** Origins allowed in CORS preflight responses. Defaults to SERVICE_URL. */
  allowedOrigins?: string[];
  /** The route table; defaults to the shared one. Tests pass their own. */
  routes?: readonly Route[];
  /** The folder holding the handler modules; defaults to `functions/`. */
  handlerDirectory?: string;
  /** The case timeline, whose Step Functions and clock endpoints this server serves. */
  timeline?: LocalTimeline;
  /** Receives one line per request: method, route id, status and milliseconds. Defaults to stdout. */
  log?: (line: string) => void;
  /** Receives a handler failure with its stack, never its message. Defaults to stderr. */
  logError?: (text: string) => void;
}

export interface LocalApi {
  /** The server's origin, for example `http://127.0.0.1:3000`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

type LambdaHandler = (
  event: APIGatewayProxyEvent,
  context: Context,
) => Promise<APIGatewayProxyResult>;

/** Builds a JSON response of the local API itself, in a handler's result format. */
function jsonResult(statusCode: number, message: string): APIGatewayProxyResult {
  return {
    statusCode,
    headers: { "Content-Type": "application/json; charset=utf-8" },
    body: JSON.stringify({ message }),
  };
}

class PayloadTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`Request body is larger than ${limitBytes} bytes`);
  }
}

function describeLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} kB`;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader("Content-Type", "application/json; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("Content-Length", Buffer.byteLength(text));
  response.end(text);
}

function sendHtml(response: ServerResponse, html: string): void {
  response.statusCode = 200;
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.setHeader("X-Content-Type-Options", "nosniff");
  // The page is static markup with one inline stylesheet and no scripts.
  response.setHeader(
    "Content-Security-Policy",
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  );
  response.setHeader("Content-Length", Buffer.byteLength(html));
  response.end(html);
}

/** Reads the request body, rejecting it once it passes `limit` bytes. */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw new PayloadTooLarge(limit);

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PayloadTooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Picks the route for `path`, preferring literal segments over `{parameters}` as API Gateway does. */
function matchRoutes(routes: readonly Route[], path: string) {
  const matches: { route: Route; pathParameters: Record<string, string> }[] = [];
  for (const route of routes) {
    let pathParameters: Record<string, string> | null;
    try {
      pathParameters = matchPath(route.path, path);
    } catch {
      // A malformed percent-encoding cannot match any route.
      pathParameters = null;
    }
    if (pathParameters) matches.push({ route, pathParameters });
  }
  return matches.sort(
    (a, b) => Object.keys(a.pathParameters).length - Object.keys(b.pathParameters).length,
  );
}

export async function startLocalApi(options: LocalApiOptions): Promise<LocalApi> {
  const routes = options.routes ?? sharedRoutes;
  const handlerDirectory = options.handlerDirectory ?? join(repositoryRoot, "functions");
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const logError =
    options.logError ?? ((text: string) => process.stderr.write(`${text}\n`));
  const allowedOrigins = options.allowedOrigins ?? [
    process.env.SERVICE_URL ?? "http://127.0.0.1:5173",
  ];
  const handlers = new Map<string, Promise<LambdaHandler>>();

  function loadHandler(route: Route): Promise<LambdaHandler> | undefined {
    const file = join(handlerDirectory, `${route.handler}.ts`);
    if (!existsSync(file)) return undefined;

    let loaded = handlers.get(file);
    if (!loaded) {
      loaded = import(pathToFileURL(file).href).then((module: { handler?: unknown }) => {
        if (typeof module.handler !== "function") {
          throw new Error(`${relative(repositoryRoot, file)} does not export a handler`);
        }
        return module.handler as LambdaHandler;
      });
      // Forget a failed import so the next request tries again after the file is fixed.
      loaded.catch(() => handlers.delete(file));
      handlers.set(file, loaded);
    }
    return loaded;
  }

  function corsHeaders(request: IncomingMessage, methods: string[]) {
    const origin = request.headers.origin;
    return {
      ...(origin && allowedOrigins.includes(origin)
        ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" }
        : {}),
      "Access-Control-Allow-Methods": [...methods, "OPTIONS"].join(","),
      "Access-Control-Allow-Headers": "Authorization,Content-Type,Idempotency-Key",
      "Access-Control-Max-Age": "600",
    };
  }

  async function invoke(
    route: Route,
    event: APIGatewayProxyEvent,
    requestId: string,
  ): Promise<APIGatewayProxyResult> {
    const loaded = loadHandler(route);
    if (!loaded) {
      return jsonResult(
        501,
        `Not implemented: the handler functions/${route.handler}.ts does not exist yet`,
      );
    }

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<APIGatewayProxyResult>((resolveTimeout) => {
      timer = setTimeout(
        () => resolveTimeout(jsonResult(504, "Endpoint request timed out")),
        integrationTimeoutMs,
      );
    });

    try {
      const handler = await loaded;
      const result: unknown = await Promise.race([
        handler(event, buildLambdaContext(route, requestId)),
        timeout,
      ]);
      if (isProxyResult(result)) return result;
      logError(
        `${route.id} returned a result without a numeric statusCode and string body`,
      );
    } catch (error) {
      const { errorName, stack } = describeError(error);
      logError(`${route.id} failed: ${String(errorName)}\n${String(stack ?? "")}`);
    } finally {
      clearTimeout(timer);
    }
    // API Gateway's response when a proxy integration throws or returns a malformed result.
    return jsonResult(502, "Internal server error");
  }

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    setRouteId: (routeId: string) => void,
  ): Promise<void> {
    const method = request.method ?? "GET";
    const path = url.pathname.slice("/api".length) || "/";
    const matches = matchRoutes(routes, path);

    if (matches.length === 0) {
      return sendJson(response, 404, {
        message: `Not found: no API route matches ${path}`,
      });
    }

    const methods = [...new Set(matches.map((match) => match.route.method))];
    if (method === "OPTIONS") {
      setRouteId("preflight");
      response.writeHead(204, corsHeaders(request, methods));
      response.end();
      return;
    }

    const match = matches.find((candidate) => candidate.route.method === method);
    if (!match) {
      response.setHeader("Allow", [...methods, "OPTIONS"].join(", "));
      return sendJson(response, 405, {
        message: `Method ${method} is not allowed on ${path}. Use ${methods.join(" or ")}`,
      });
    }
    setRouteId(match.route.id);

    const body = await readBody(request, maxPayloadBytes);
    const requestId = randomUUID();
    const event = buildProxyEvent({
      route: match.route,
      path,
      pathParameters: match.pathParameters,
      searchParams: url.searchParams,
      method,
      rawHeaders: request.rawHeaders,
      body,
      sourceIp: sourceIpOf(request),
      requestId,
    });
    writeProxyResult(response, await invoke(match.route, event, requestId), requestId);
  }

  async function handleLocal(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    setRouteId: (routeId: string) => void,
  ): Promise<boolean> {
    const endpoint = `${request.method} ${url.pathname}`;
    setRouteId(`local ${url.pathname}`);

    switch (endpoint) {
      case "POST /local/sign-in": {
        let body: unknown;
        try {
          body = JSON.parse(
            (await readBody(request, maxLocalBodyBytes)).toString("utf8"),
          );
        } catch (error) {
          if (error instanceof PayloadTooLarge) throw error;
          sendJson(response, 400, { message: "Request body must be valid JSON" });
          return true;
        }
        const result = await signIn(options.issuer, body);
        sendJson(response, result.status, result.body);
        return true;
      }
      case "GET /local/demo-users":
        sendJson(response, 200, { users: listDemoUsers() });
        return true;
      case "GET /local/jwks.json":
        sendJson(response, 200, options.issuer.jwks);
        return true;
      case "GET /local/outbox":
        sendHtml(response, renderOutboxPage(await readOutbox(options.outboxDirectory)));
        return true;
      case "GET /local/outbox.json":
        sendJson(response, 200, await readOutbox(options.outboxDirectory));
        return true;
      case "GET /config.json":
        sendJson(response, 200, {
          apiUrl: "/api",
          auth: { mode: "local" },
          localClock: !!options.timeline,
        });
        return true;
      // The AWS SDK's JSON protocol appends "/" to the endpoint's path.
      case "POST /local/stepfunctions":
      case "POST /local/stepfunctions/":
      case "GET /local/clock":
      case "POST /local/clock": {
        if (!options.timeline) {
          sendJson(response, 404, { message: "The case timeline is not running" });
          return true;
        }
        const text = (await readBody(request, maxLocalBodyBytes)).toString("utf8");
        const result = await options.timeline.handle(
          endpoint,
          text,
          request.headers["x-amz-target"] as string | undefined,
        );
        response.statusCode = result.status;
        response.setHeader("Content-Type", result.contentType);
        response.setHeader("Cache-Control", "no-store");
        response.end(JSON.stringify(result.body));
        return true;
      }
      default:
        return false;
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const started = performance.now();
    let routeId = "-";
    const setRouteId = (next: string) => {
      routeId = next;
    };
    response.once("finish", () => {
      const elapsed = Math.round(performance.now() - started);
      log(`${request.method} ${routeId} ${response.statusCode} ${elapsed} ms`);
    });

    try {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      if (url.pathname === "/api" || url.pathname.startsWith("/api/")) {
        return await handleApi(request, response, url, setRouteId);
      }
      if (url.pathname.startsWith("/local/") || url.pathname === "/config.json") {
        if (await handleLocal(request, response, url, setRouteId)) return;
      }
      const readsPage = request.method === "GET" || request.method === "HEAD";
      if (options.staticDirectory && readsPage && !url.pathname.startsWith("/local/")) {
        setRouteId("static");
        if (
          await serveStaticFile(options.staticDirectory, url.pathname, request, response)
        )
          return;
      }
      sendJson(response, 404, {
        message: `Not found: ${request.method} ${url.pathname}`,
      });
    } catch (error) {
      if (error instanceof PayloadTooLarge) {
        // Closing the connection stops a client that is still sending the rest of the body.
        response.setHeader("Connection", "close");
        sendJson(response, 413, {
          message: `Request body is larger than the ${describeLimit(error.limitBytes)} limit`,
        });
        return;
      }
      const { errorName, stack } = describeError(error);
      logError(`Local API request failed: ${String(errorName)}\n${String(stack ?? "")}`);
      if (!response.headersSent)
        sendJson(response, 500, { message: "Internal server error" });
      else response.destroy();
    }
  }

  const server = createServer((request, response) => {
    void handle(request, response);
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    // Only the loopback interface: the local service has demo passwords and no TLS.
    server.listen(options.port, "127.0.0.1", () => {
      server.off("error", rejectListen);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
