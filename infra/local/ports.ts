/** Port checks for the local runtime, so a busy port fails with a clear message. */
import { connect, createServer } from "node:net";

/** Returns a port that was free on 127.0.0.1 a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        resolve(typeof address === "object" && address ? address.port : 0),
      );
    });
  });
}

/**
 * Checks whether `port` can be bound on `host`. DynamoDB Local binds every
 * interface, so its port is checked on 0.0.0.0, which also fails when any one
 * address already uses the port.
 */
export async function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES") resolve(false);
      else reject(error);
    });
    server.listen({ port, host, exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/** Returns true when something accepts TCP connections on 127.0.0.1:`port`. */
export async function isListening(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    const finish = (listening: boolean) => {
      socket.destroy();
      resolve(listening);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once("connect", () => finish(true));
    socket.once("error", () => finish(false));
  });
}

export interface NamedPort {
  /** Name of the program that uses the port, shown in the error message. */
  name: string;
  port: number;
  /** The environment variable that sets it. */
  variable: string;
  host?: string;
}

export class PortInUseError extends Error {
  constructor(busy: NamedPort[]) {
    const lines = busy.map(
      (entry) =>
        `Port ${entry.port} (${entry.name}) is already in use. Stop the program that ` +
        `uses it, or set ${entry.variable} to another port.`,
    );
    super(lines.join("\n"));
    this.name = "PortInUseError";
  }
}

/** Throws a PortInUseError naming every port in `ports` that cannot be bound. */
export async function assertPortsFree(ports: NamedPort[]): Promise<void> {
  const busy: NamedPort[] = [];
  for (const entry of ports) {
    if (!(await isPortFree(entry.port, entry.host))) busy.push(entry);
  }
  if (busy.length > 0) throw new PortInUseError(busy);
}
