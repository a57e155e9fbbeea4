import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { mockClient } from "aws-sdk-client-mock";
import { DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { setClients } from "../commons/clients";
import { allocate, outwardCode, patchCovers } from "./allocation";

describe("outwardCode", () => {
  it.each([
    ["AB1 2CD", "AB1"],
    ["ab12cd", "AB1"],
    ["SW1A 1AA", "SW1A"],
    ["M1 1AE", "M1"],
    ["AB10 1XG", "AB10"],
  ])("reads %s as %s", (postcode, outward) => {
    expect(outwardCode(postcode)).toBe(outward);
  });
});

describe("patchCovers", () => {
  it.each([
    ["AB1", "AB1", true],
    ["AB1", "AB10", false],
    ["AB", "AB10", true],
    ["AB", "A1", false],
    ["ab9", "AB9", true],
  ])("patch %s covers %s: %s", (patch, outward, expected) => {
    expect(patchCovers(patch, outward)).toBe(expected);
  });
});

describe("allocate", () => {
  const documents = mockClient(DynamoDBDocumentClient);
  const coordinators = [
    { userId: "c-3", name: "Three", patch: "AB1" },
    { userId: "c-1", name: "One", patch: "AB1" },
    { userId: "c-2", name: "Two", patch: "AB9" },
  ];
  const school = {
    urn: "100001",
    name: "Riverside",
    postcode: "AB1 2CD",
    linkPsychologistId: "ep-1",
  };

  beforeAll(() => {
    process.env.TABLE_NAME = "unit-test";
    setClients({ dynamo: DynamoDBDocumentClient.from(new DynamoDBClient({})) });
  });
  afterEach(() => documents.reset());

  function caseloads(counts: Record<string, number>) {
    documents
      .on(QueryCommand, {
        ExpressionAttributeValues: { ":coordinators": "COORDINATORS" },
      })
      .resolves({ Items: coordinators });
    for (const [userId, count] of Object.entries(counts)) {
      documents
        .on(QueryCommand, {
          ExpressionAttributeValues: { ":coordinator": `COORDINATOR#${userId}` },
        })
        .resolves({ Count: count });
    }
  }

  it("prefers the school's patch", async () => {
    caseloads({ "c-1": 5, "c-2": 0, "c-3": 4 });

    const allocation = await allocate(school, "AB9 1AA");

    expect(allocation.coordinatorId).toBe("c-3");
    expect(allocation.basis).toBe("school-patch");
    expect(allocation.proposedPsychologistId).toBe("ep-1");
  });

  it("breaks ties by userId", async () => {
    caseloads({ "c-1": 2, "c-2": 0, "c-3": 2 });

    const allocation = await allocate(school, "AB9 1AA");

    expect(allocation.coordinatorId).toBe("c-1");
  });

  it("falls back to home postcode", async () => {
    caseloads({ "c-1": 0, "c-2": 9, "c-3": 0 });

    const allocation = await allocate(undefined, "AB9 1AA");

    expect(allocation.coordinatorId).toBe("c-2");
    expect(allocation.basis).toBe("home-patch");
  });

  it("falls back to everyone", async () => {
    caseloads({ "c-1": 3, "c-2": 1, "c-3": 2 });

    const allocation = await allocate(undefined, "ZZ1 1ZZ");

    expect(allocation.coordinatorId).toBe("c-2");
    expect(allocation.basis).toBe("all-coordinators");
  });

  it("counts without scanning", async () => {
    caseloads({ "c-1": 0, "c-2": 0, "c-3": 0 });

    await allocate(school, "AB1 4XY");

    const counts = documents
      .commandCalls(QueryCommand)
      .map((call) => call.args[0].input)
      .filter((input) => input.Select === "COUNT");
    expect(counts.map((input) => input.IndexName)).toEqual(["GSI2", "GSI2"]);
  });
});
