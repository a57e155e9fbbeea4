import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createLocalJWKSet, jwtVerify } from "jose";
import type { APIGatewayProxyEvent } from "aws-lambda";
import type { Route } from "../../shared/routes";
import { maxPayloadBytes, startLocalApi, type LocalApi } from "./api-server";
import { createTokenIssuer, localIssuer, localUserPool } from "./cognito";
import { calls as echoCalls } from "./test-handlers/echo";

const testDirectory = dirname(fileURLToPath(import.meta.url));

function testRoute(
  id: string,
  method: Route["method"],
  path: string,
  handler: string,
): Route {
  return { id, method, path, handler, roles: ["parent"], access: "self", summary: id };
}

const routes: Route[] = [
  testRoute("echoPart", "GET", "/things/{thingId}/parts/{partId}", "echo"),
  testRoute("echoThing", "GET", "/things/{thingId}", "echo"),
  testRoute("postThing", "POST", "/things/{thingId}", "echo"),
  testRoute("binaryThing", "GET", "/things/binary", "binary"),
  testRoute("failing", "GET", "/failing", "failing"),
  testRoute("malformed", "GET", "/malformed", "malformed"),
  testRoute("missing", "GET", "/missing", "does-not-exist"),
];

let directory: string;
let outboxDirectory: string;
let staticDirectory: string;
let api: LocalApi;
let issuerJwks: { keys: object[] };
const requestLines: string[] = [];
const errorLines: string[] = [];

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "ehc-api-server-"));
  outboxDirectory = join(directory, "outbox");
  staticDirectory = join(directory, "web");
  mkdirSync(join(staticDirectory, "assets"), { recursive: true });
  writeFileSync(join(staticDirectory, "index.html"), "<!DOCTYPE html><title>App</title>");
  writeFileSync(join(staticDirectory, "assets", "app-1234.js"), "console.log(1);");
  writeFileSync(join(directory, "secret.txt"), "outside the web folder");

  const issuer = await createTokenIssuer(join(directory, "key.json"));
  issuerJwks = issuer.jwks;
  api = await startLocalApi({
    port: 0,
    issuer,
    outboxDirectory,
    staticDirectory,
    allowedOrigins: ["http://127.0.0.1:5173"],
    routes,
    handlerDirectory: join(testDirectory, "test-handlers"),
    log: (line) => requestLines.push(line),
    logError: (text) => errorLines.push(text),
  });
});

afterAll(async () => {
  await api.close();
  rmSync(directory, { recursive: true, force: true });
});

beforeEach(() => {
  requestLines.length = 0;
  errorLines.length = 0;
});

async function echo(path: string, init: RequestInit = {}) {
  const response = await fetch(`${api.url}${path}`, init);
  expect(response.status).toBe(200);
  return (await response.json()) as {
    event: APIGatewayProxyEvent;
    context: { functionName: string; awsRequestId: string; remainingMs: number };
  };
}

/** Sends a request with repeated headers, which fetch would merge into one. */
function rawGet(path: string, headers: [string, string][]): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${api.url}${path}`, { method: "GET" });
    for (const [name, value] of headers) request.appendHeader(name, value);
    request.once("error", reject);
    request.once("response", (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.once("end", () => resolve(text));
    });
    request.end();
  });
}

describe("proxy event", () => {
  it("carries path parameters decoded", async () => {
    const { event } = await echo("/api/things/a%20b/parts/c%2Fd");

    expect(event.resource).toBe("/things/{thingId}/parts/{partId}");
    expect(event.path).toBe("/things/a%20b/parts/c%2Fd");
    expect(event.httpMethod).toBe("GET");
    expect(event.pathParameters).toEqual({ thingId: "a b", partId: "c/d" });
    expect(event.requestContext.resourcePath).toBe("/things/{thingId}/parts/{partId}");
    expect(event.requestContext.httpMethod).toBe("GET");
    expect(event.requestContext.stage).toBe("local");
  });

  it("carries single and repeated query values", async () => {
    const { event } = await echo("/api/things/1?status=open&tag=a&tag=b&empty=");

    expect(event.queryStringParameters).toEqual({ status: "open", tag: "b", empty: "" });
    expect(event.multiValueQueryStringParameters).toEqual({
      status: ["open"],
      tag: ["a", "b"],
      empty: [""],
    });
  });

  it("sets absent parts to null", async () => {
    const { event } = await echo("/api/things/1");

    expect(event.queryStringParameters).toBeNull();
    expect(event.multiValueQueryStringParameters).toBeNull();
    expect(event.body).toBeNull();
    expect(event.isBase64Encoded).toBe(false);
    expect(event.stageVariables).toBeNull();
  });

  it("carries headers with sender casing", async () => {
    const text = await rawGet("/api/things/1", [
      ["X-Custom-Header", "first"],
      ["X-Custom-Header", "second"],
      ["Authorization", "Bearer abc.def.ghi"],
    ]);
    const { event } = JSON.parse(text) as { event: APIGatewayProxyEvent };

    expect(event.headers["X-Custom-Header"]).toBe("second");
    expect(event.multiValueHeaders["X-Custom-Header"]).toEqual(["first", "second"]);
    expect(event.headers.Authorization).toBe("Bearer abc.def.ghi");
  });

  it("carries the body as text", async () => {
    const body = JSON.stringify({ name: "Zoë", note: "line\nbreak" });
    const { event } = await echo("/api/things/7", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
    });

    expect(event.httpMethod).toBe("POST");
    expect(event.resource).toBe("/things/{thingId}");
    expect(event.body).toBe(body);
    expect(event.isBase64Encoded).toBe(false);
  });

  it("carries request context and Lambda context", async () => {
    const response = await fetch(`${api.url}/api/things/1`, {
      headers: { "User-Agent": "context-test" },
    });
    const { event, context } = (await response.json()) as Awaited<
      ReturnType<typeof echo>
    >;

    expect(event.requestContext.identity.sourceIp).toBe("127.0.0.1");
    expect(event.requestContext.identity.userAgent).toBe("context-test");
    expect(event.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.requestContext.requestTimeEpoch).toBeGreaterThan(0);
    expect(context.awsRequestId).toBe(event.requestContext.requestId);
    expect(response.headers.get("x-amzn-requestid")).toBe(event.requestContext.requestId);
    expect(context.functionName).toBe("ehc-local-echoThing");
    expect(context.remainingMs).toBeGreaterThan(28_000);
  });

  it("prefers literal segments over parameters", async () => {
    const response = await fetch(`${api.url}/api/things/binary`);

    expect(response.status).toBe(200);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0, 1, 2, 255]);
  });

  it("writes handler headers back", async () => {
    const response = await fetch(`${api.url}/api/things/1`);

    expect(response.headers.get("x-echo")).toBe("yes");
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
  });
});

describe("API errors", () => {
  it("returns 404 for unknown paths", async () => {
    const response = await fetch(`${api.url}/api/nothing/here`);

    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await response.json()) as { message: string }).message).toMatch(/Not found/);
  });

  it("returns 404 outside the API", async () => {
    const response = await fetch(`${api.url}/local/nothing`);

    expect(response.status).toBe(404);
  });

  it("returns 405 for wrong methods", async () => {
    const response = await fetch(`${api.url}/api/things/1`, { method: "DELETE" });

    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST, OPTIONS");
    expect(((await response.json()) as { message: string }).message).toMatch(/DELETE/);
  });

  it("answers CORS preflight requests", async () => {
    const response = await fetch(`${api.url}/api/things/1`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://127.0.0.1:5173",
        "Access-Control-Request-Method": "POST",
      },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(
      "http://127.0.0.1:5173",
    );
    expect(response.headers.get("access-control-allow-methods")).toBe("GET,POST,OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
  });

  it("omits CORS origin for strangers", async () => {
    const response = await fetch(`${api.url}/api/things/1`, {
      method: "OPTIONS",
      headers: { Origin: "http://evil.example", "Access-Control-Request-Method": "GET" },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("rejects declared oversized bodies", async () => {
    echoCalls.count = 0;
    const response = await fetch(`${api.url}/api/things/1`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: Buffer.alloc(maxPayloadBytes + 1, 0x20),
    });

    expect(response.status).toBe(413);
    expect(((await response.json()) as { message: string }).message).toMatch(/10 MB/);
    expect(echoCalls.count).toBe(0);
  });

  it("rejects streamed oversized bodies", async () => {
    echoCalls.count = 0;
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > maxPayloadBytes) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });

    let status: number | undefined;
    try {
      const response = await fetch(`${api.url}/api/things/1`, {
        method: "POST",
        body: stream,
        duplex: "half",
      } as RequestInit);
      status = response.status;
    } catch {
      // The server may close the connection while the client is still sending.
      status = undefined;
    }

    expect(status === 413 || status === undefined).toBe(true);
    expect(echoCalls.count).toBe(0);
  });

  it("accepts a body at the limit", async () => {
    const body = `"${"x".repeat(maxPayloadBytes - 2)}"`;
    const { event } = await echo("/api/things/1", { method: "POST", body });

    expect(event.body?.length).toBe(maxPayloadBytes);
  });

  it("returns 502 when handlers throw", async () => {
    const response = await fetch(`${api.url}/api/failing`);

    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ message: "Internal server error" });
    expect(errorLines.join("\n")).toMatch(/failing failed: TypeError/);
    // The message could echo personal data, so only the name and stack are logged.
    expect(errorLines.join("\n")).not.toMatch(/reading 'name'/);
  });

  it("returns 502 for malformed results", async () => {
    const response = await fetch(`${api.url}/api/malformed`);

    expect(response.status).toBe(502);
    expect(errorLines.join("\n")).toMatch(/malformed returned a result/);
  });

  it("returns 501 for missing handlers", async () => {
    const response = await fetch(`${api.url}/api/missing`);

    expect(response.status).toBe(501);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await response.json()) as { message: string }).message).toMatch(
      /functions\/does-not-exist\.ts/,
    );
  });
});

describe("local sign-in", () => {
  it("returns a verifiable access token", async () => {
    const response = await fetch(`${api.url}/local/sign-in`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "coordinator", password: "demo-password" }),
    });
    const body = (await response.json()) as {
      accessToken: string;
      expiresIn: number;
      user: { userId: string; role: string; name: string };
    };

    expect(response.status).toBe(200);
    expect(body.expiresIn).toBe(3600);
    expect(body.user).toEqual({
      userId: "00000000-0000-4000-8000-000000000031",
      role: "coordinator",
      name: "Casey Coordinator",
    });
    const { payload } = await jwtVerify(
      body.accessToken,
      createLocalJWKSet(issuerJwks as Parameters<typeof createLocalJWKSet>[0]),
      { issuer: localIssuer },
    );
    expect(payload.token_use).toBe("access");
    expect(payload.client_id).toBe(localUserPool.clientId);
    expect(payload["cognito:groups"]).toEqual(["coordinator"]);
    expect(payload.sub).toBe(body.user.userId);
  });

  it("rejects a wrong password", async () => {
    const response = await fetch(`${api.url}/local/sign-in`, {
      method: "POST",
      body: JSON.stringify({ username: "parent", password: "wrong-password" }),
    });
    const body = (await response.json()) as { message: string; accessToken?: string };

    expect(response.status).toBe(401);
    expect(body.message).toMatch(/username or password is not correct/);
    expect(body.accessToken).toBeUndefined();
  });

  it("rejects an unknown username", async () => {
    const response = await fetch(`${api.url}/local/sign-in`, {
      method: "POST",
      body: JSON.stringify({ username: "nobody", password: "demo-password" }),
    });

    expect(response.status).toBe(401);
  });

  it("rejects invalid sign-in bodies", async () => {
    const cases: [string, string][] = [
      ["not json", "{"],
      ["missing password", JSON.stringify({ username: "parent" })],
      ["wrong types", JSON.stringify({ username: 1, password: [] })],
    ];
    for (const [label, body] of cases) {
      const response = await fetch(`${api.url}/local/sign-in`, { method: "POST", body });
      expect(response.status, label).toBe(400);
    }
  });

  it("lists demo users without passwords", async () => {
    const response = await fetch(`${api.url}/local/demo-users`);
    const body = (await response.json()) as { users: Record<string, string>[] };

    expect(response.status).toBe(200);
    expect(body.users.length).toBeGreaterThan(10);
    expect(body.users).toContainEqual({
      username: "school2",
      role: "school",
      name: "Chris SENCo",
    });
    expect(JSON.stringify(body)).not.toMatch(/password/i);
  });

  it("serves the signing key set", async () => {
    const response = await fetch(`${api.url}/local/jwks.json`);

    expect(await response.json()).toEqual(issuerJwks);
  });

  it("serves the front end config", async () => {
    const response = await fetch(`${api.url}/config.json`);

    // This server runs no timeline, so the front end shows no clock control.
    expect(await response.json()).toEqual({
      apiUrl: "/api",
      auth: { mode: "local" },
      localClock: false,
    });
  });
});

describe("outbox page", () => {
  const hostile = {
    messageId: "m-2",
    channel: "email",
    to: "parent@example.com",
    subject: "<script>alert(1)</script> & more",
    body: 'Hello <img src=x onerror="alert(2)">',
    template: "request-received",
    language: "cy",
    caseReference: "EHC-2026-000123",
    createdAt: "2026-03-02T10:00:00.000Z",
  };
  const older = {
    ...hostile,
    messageId: "m-1",
    channel: "sms",
    to: "07700 900001",
    subject: null,
    body: "Your request EHC-2026-000123 was received",
    language: "en",
    createdAt: "2026-03-01T09:00:00.000Z",
  };

  beforeAll(() => {
    mkdirSync(outboxDirectory, { recursive: true });
    writeFileSync(join(outboxDirectory, "m-1.json"), JSON.stringify(older));
    writeFileSync(join(outboxDirectory, "m-2.json"), JSON.stringify(hostile));
    writeFileSync(join(outboxDirectory, "broken.json"), "{ not json");
    mkdirSync(join(outboxDirectory, "dead-letter"), { recursive: true });
    writeFileSync(
      join(outboxDirectory, "dead-letter", "n-1.json"),
      JSON.stringify({
        notificationId: "n-1",
        PK: "CASE#c-1",
        SK: "NOTIFICATION#n-1",
        caseReference: "EHC-2026-000999",
        template: "decision-assess",
        channel: "email",
        attempts: 5,
        lastError: "ServiceUnavailableException",
        failedAt: "2026-03-02T11:00:00.000Z",
      }),
    );
  });

  it("shows language and delivery status", async () => {
    const html = await (await fetch(`${api.url}/local/outbox`)).text();

    expect(html).toContain("en (English)");
    expect(html).toContain("Delivery status");
    expect(html).toContain("Failed: in the dead-letter queue");
    expect(html).toContain("EHC-2026-000999");
    expect(html).toContain("ServiceUnavailableException");
  });

  it("lists messages newest first", async () => {
    const response = await fetch(`${api.url}/local/outbox`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html).toContain("EHC-2026-000123");
    expect(html).toContain("07700 900001");
    expect(html).toContain("Text message (SMS)");
    expect(html).toContain(">cy<");
    expect(html.indexOf("parent@example.com")).toBeLessThan(html.indexOf("07700 900001"));
    expect(html).toContain("broken.json");
  });

  it("escapes HTML from message files", async () => {
    const html = await (await fetch(`${api.url}/local/outbox`)).text();

    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
  });

  it("forbids scripts on the page", async () => {
    const response = await fetch(`${api.url}/local/outbox`);

    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
  });

  it("returns messages as JSON", async () => {
    const response = await fetch(`${api.url}/local/outbox.json`);
    const body = (await response.json()) as {
      messages: { messageId: string }[];
      unreadableFiles: string[];
    };

    expect(body.messages.map((message) => message.messageId)).toEqual(["m-2", "m-1"]);
    expect(body.unreadableFiles).toEqual(["broken.json"]);
  });
});

describe("static front end", () => {
  it("serves index for client routes", async () => {
    const response = await fetch(`${api.url}/cases/EHC-1/timeline`);

    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>App</title>");
  });

  it("serves hashed assets", async () => {
    const response = await fetch(`${api.url}/assets/app-1234.js`);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(response.headers.get("cache-control")).toMatch(/immutable/);
  });

  it("returns 404 for missing assets", async () => {
    const response = await fetch(`${api.url}/assets/missing.js`);

    expect(response.status).toBe(404);
  });

  it("blocks paths outside its folder", async () => {
    for (const path of [
      "/..%2Fsecret.txt",
      "/%2e%2e/secret.txt",
      "/assets/..%2F..%2Fsecret.txt",
    ]) {
      const response = await fetch(`${api.url}${path}`);
      expect(await response.text(), path).not.toContain("outside the web folder");
    }
  });
});

describe("server", () => {
  it("listens on loopback only", async () => {
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    // Linux routes all of 127.0.0.0/8 to the loopback device, so a server bound to
    // every interface would accept this connection too.
    const accepted = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: "127.0.0.2", port: api.port });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    expect(accepted).toBe(false);
  });

  it("logs requests without secrets", async () => {
    await fetch(`${api.url}/local/sign-in`, {
      method: "POST",
      body: JSON.stringify({ username: "parent", password: "demo-password" }),
    });
    await fetch(`${api.url}/api/things/1?secret=query`, {
      headers: { Authorization: "Bearer token-value" },
    });

    expect(requestLines).toHaveLength(2);
    expect(requestLines[0]).toMatch(/^POST local \/local\/sign-in 200 \d+ ms$/);
    expect(requestLines[1]).toMatch(/^GET echoThing 200 \d+ ms$/);
    const logged = requestLines.join("\n");
    expect(logged).not.toMatch(/demo-password|token-value|secret=query/);
  });
});
