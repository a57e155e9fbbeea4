import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertJavaAvailable } from "./java";
import { assertPortsFree, isListening, isPortFree } from "./ports";
import { readLocalSettings } from "./settings";

let directory: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), "ehc-runtime-"));
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** Writes an executable that prints `versionLine` to stderr as `java -version` does. */
function fakeJava(name: string, versionLine: string): string {
  const file = join(directory, name);
  writeFileSync(file, `#!/bin/sh\necho '${versionLine}' >&2\n`);
  chmodSync(file, 0o755);
  return file;
}

describe("Java check", () => {
  it("accepts Java 17 and later", () => {
    const cases = [
      'openjdk version "17.0.15" 2025-04-15',
      'openjdk version "21" 2023-09-19',
      'java version "25.0.1" 2025-10-21 LTS',
    ];
    for (const [index, line] of cases.entries()) {
      expect(assertJavaAvailable(fakeJava(`java-new-${index}`, line)), line).toBe(line);
    }
  });

  it("rejects Java before 17", () => {
    const cases: [string, RegExp][] = [
      ['openjdk version "11.0.2" 2019-01-15', /reports 11/],
      ['java version "1.8.0_392"', /reports 8/],
    ];
    for (const [index, [line, message]] of cases.entries()) {
      expect(
        () => assertJavaAvailable(fakeJava(`java-old-${index}`, line)),
        line,
      ).toThrow(message);
    }
  });

  it("explains a missing Java", () => {
    expect(() => assertJavaAvailable(join(directory, "no-such-java"))).toThrow(
      /Java was not found.*apt-get install openjdk-17-jre-headless/,
    );
  });

  it("rejects unreadable version output", () => {
    expect(() => assertJavaAvailable(fakeJava("java-odd", "something else"))).toThrow(
      /Could not read the Java version/,
    );
  });
});

describe("port checks", () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("sees a bound port as busy", async () => {
    expect(await isPortFree(port)).toBe(false);
    // DynamoDB Local's check binds every interface, which also fails.
    expect(await isPortFree(port, "0.0.0.0")).toBe(false);
    expect(await isListening(port)).toBe(true);
  });

  it("names every busy port", async () => {
    const check = assertPortsFree([
      { name: "local API", port, variable: "API_PORT" },
      { name: "S3 (s3rver)", port, variable: "S3_PORT" },
    ]);

    await expect(check).rejects.toThrow(
      `Port ${port} (local API) is already in use. Stop the program that uses it, or set API_PORT to another port.\n` +
        `Port ${port} (S3 (s3rver)) is already in use. Stop the program that uses it, or set S3_PORT to another port.`,
    );
  });
});

describe("local settings", () => {
  const variables = [
    "API_PORT",
    "WEB_PORT",
    "DYNAMODB_PORT",
    "S3_PORT",
    "LOCAL_DATA_DIR",
  ];
  const saved = Object.fromEntries(variables.map((name) => [name, process.env[name]]));

  afterAll(() => {
    for (const name of variables) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it("uses the documented defaults", () => {
    for (const name of variables) delete process.env[name];

    const settings = readLocalSettings();

    expect(settings.ports).toEqual({ api: 3000, web: 5173, dynamoDb: 8000, s3: 4569 });
    expect(settings.dataDirectory).toMatch(/\/\.local$/);
  });

  it("rejects invalid port numbers", () => {
    for (const value of ["0", "65536", "80.5", "three"]) {
      process.env.API_PORT = value;
      expect(() => readLocalSettings(), value).toThrow(
        `API_PORT must be a port number from 1 to 65535, not "${value}"`,
      );
    }
  });
});
