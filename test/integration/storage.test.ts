import { describe, expect, it } from "vitest";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { dynamo } from "../../functions/commons/clients";
import { config } from "../../functions/commons/config";
import { keys } from "../../functions/store/table";
import { demoUser } from "../support/tokens";

describe("local storage", () => {
  it("holds the seeded demo profiles", async () => {
    const coordinator = demoUser("coordinator");

    const result = await dynamo().send(
      new GetCommand({
        TableName: config.tableName,
        Key: keys.profile(coordinator.userId),
      }),
    );

    expect(result.Item?.role).toBe("coordinator");
  });
});
