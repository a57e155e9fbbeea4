import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  DescribeExecutionCommand,
  ExecutionDoesNotExist,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from "@aws-sdk/client-sfn";
import { LocalStepFunctions } from "./runtime";
import { handleStepFunctionsRequest } from "./sfn-endpoint";
import { VirtualClock } from "./virtual-clock";

const clock = new VirtualClock({ start: new Date("2026-03-02T10:00:00Z") });
const runtime = new LocalStepFunctions(clock, {}, [
  {
    name: "sleeper",
    definitionText: JSON.stringify({
      StartAt: "Sleep",
      States: { Sleep: { Type: "Wait", Seconds: 86400 * 30, End: true } },
    }),
    substitutions: {},
  },
]);
let server: Server;
let client: SFNClient;

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const result = handleStepFunctionsRequest(
      runtime,
      request.headers["x-amz-target"] as string,
      JSON.parse(Buffer.concat(chunks).toString("utf8")),
    );
    response.writeHead(result.status, { "Content-Type": "application/x-amz-json-1.0" });
    response.end(JSON.stringify(result.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  client = new SFNClient({
    region: "eu-west-2",
    endpoint: `http://127.0.0.1:${port}`,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
});

afterAll(async () => {
  runtime.stopAll();
  client.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe("local Step Functions endpoint", () => {
  it("starts, describes and stops", async () => {
    const started = await client.send(
      new StartExecutionCommand({
        stateMachineArn: runtime.stateMachineArn("sleeper"),
        name: "case-1",
        input: JSON.stringify({ caseId: "case-1" }),
      }),
    );
    const running = await client.send(
      new DescribeExecutionCommand({ executionArn: started.executionArn }),
    );
    await client.send(new StopExecutionCommand({ executionArn: started.executionArn }));
    const stopped = await client.send(
      new DescribeExecutionCommand({ executionArn: started.executionArn }),
    );

    expect(started.startDate?.toISOString()).toBe("2026-03-02T10:00:00.000Z");
    expect(running.status).toBe("RUNNING");
    expect(running.input).toBe('{"caseId":"case-1"}');
    expect(stopped.status).toBe("ABORTED");
  });

  it("maps a missing execution to its error", async () => {
    const error = await client
      .send(
        new StopExecutionCommand({
          executionArn: "arn:aws:states:eu-west-2:0:execution:x:y",
        }),
      )
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ExecutionDoesNotExist);
  });
});
