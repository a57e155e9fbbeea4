import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, isListening } from "./ports";
import { repositoryRoot } from "./settings";

interface Run {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(script: string, env: Record<string, string>): Run {
  // The same command as the npm scripts, without npm in between.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join("infra", "local", script)],
    {
      cwd: repositoryRoot,
      env: { ...process.env, ...env },
      // Its own process group, so a test can signal it as a terminal would.
      detached: true,
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve) => child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}

async function waitFor(run: Run, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!run.output().includes(text)) {
    if (run.child.exitCode !== null) {
      throw new Error(`The process exited before printing "${text}":\n${run.output()}`);
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for "${text}":\n${run.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("npm start", () => {
  let directory: string;
  let env: Record<string, string>;
  let ports: number[];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), "ehc-start-"));
    // Two calls to freePort can return the same number, and each service needs its own.
    const distinct = new Set<number>();
    while (distinct.size < 4) distinct.add(await freePort());
    ports = [...distinct];
    env = {
      API_PORT: String(ports[0]),
      WEB_PORT: String(ports[1]),
      DYNAMODB_PORT: String(ports[2]),
      S3_PORT: String(ports[3]),
      LOCAL_DATA_DIR: directory,
    };
  });

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  async function startAndStop(stop: (service: Run) => void) {
    const started = performance.now();
    const service = run("start.ts", env);
    try {
      await waitFor(service, "Press Ctrl-C to stop.", 60_000);
      const startSeconds = (performance.now() - started) / 1000;

      const config = await fetch(`http://127.0.0.1:${env.API_PORT}/config.json`);
      expect(config.status).toBe(200);
      expect(service.output()).toContain(
        `Outbox:     http://127.0.0.1:${env.API_PORT}/local/outbox`,
      );
      expect(service.output()).toMatch(/coordinator\s+coordinator\s+demo-password/);
      expect(existsSync(join(directory, "dynamodb", "shared-local-instance.db"))).toBe(
        true,
      );
      if (existsSync(join(repositoryRoot, "frontend", "vite.config.ts"))) {
        const page = await fetch(`http://127.0.0.1:${env.WEB_PORT}/`);
        expect(page.status).toBe(200);
        // The Vite dev server forwards /config.json to the local API.
        const proxied = await fetch(`http://127.0.0.1:${env.WEB_PORT}/config.json`);
        expect(await proxied.json()).toEqual({
          apiUrl: "/api",
          auth: { mode: "local" },
          localClock: true,
        });
      }

      const reset = run("reset.ts", env);
      expect((await reset.exited).code).toBe(1);
      expect(reset.output()).toMatch(/seems to be running/);
      expect(existsSync(directory)).toBe(true);

      stop(service);
      const { code } = await service.exited;
      expect(code, service.output()).toBe(0);
      for (const port of ports) {
        expect(await isListening(port), `port ${port} of ${ports.join(", ")}`).toBe(
          false,
        );
      }
      console.log(`npm start was ready in ${startSeconds.toFixed(1)} s`);
    } finally {
      // Ends the whole process group, Java included, if the test failed half way.
      if (service.child.exitCode === null) process.kill(-service.child.pid!, "SIGKILL");
    }
  }

  it("stops everything on Ctrl-C", { timeout: 90_000 }, async () => {
    // Ctrl-C in a terminal sends SIGINT to every process in the foreground group.
    await startAndStop((service) => process.kill(-service.child.pid!, "SIGINT"));
  });

  it("stops everything on SIGTERM", { timeout: 90_000 }, async () => {
    await startAndStop((service) => service.child.kill("SIGTERM"));
  });

  it("names a busy port", { timeout: 30_000 }, async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) =>
      blocker.listen(Number(env.API_PORT), "127.0.0.1", resolve),
    );
    try {
      const service = run("start.ts", env);
      const { code } = await service.exited;

      expect(code).toBe(1);
      expect(service.output()).toContain(
        `Port ${env.API_PORT} (local API) is already in use`,
      );
      expect(service.output()).toContain("set API_PORT to another port");
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it("reports a missing Java", { timeout: 30_000 }, async () => {
    // A PATH with only `node` on it, so tsx runs but `java` is not found.
    const binDirectory = join(directory, "node-only");
    mkdirSync(binDirectory, { recursive: true });
    symlinkSync(process.execPath, join(binDirectory, "node"));
    const service = run("start.ts", { ...env, PATH: binDirectory });
    const { code } = await service.exited;

    expect(code).toBe(1);
    expect(service.output()).toMatch(/Java was not found/);
  });
});
