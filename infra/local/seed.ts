/**
 * Loads the demo people and schools into the table. Safe to run again: it
 * overwrites the same items and never touches cases.
 */
import { BatchWriteCommand, DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { keys } from "../../functions/store/table";
import { demoSchools, demoUsers } from "./demo-data";

export function demoItems(): Record<string, unknown>[] {
  const profiles = demoUsers.map((user) => ({
    ...keys.profile(user.userId),
    type: "profile",
    userId: user.userId,
    username: user.username,
    role: user.role,
    name: user.name,
    email: user.email,
    phone: user.phone,
    schoolUrn: user.schoolUrn,
    patch: user.patch,
    managerId: user.managerId,
    // Coordinators are listed for allocation; their caseload is counted from the cases.
    ...(user.role === "coordinator"
      ? { GSI3PK: "COORDINATORS", GSI3SK: user.userId }
      : {}),
    // Managers are listed so that a breach reaches one even when a coordinator has none named.
    ...(user.role === "manager" ? { GSI3PK: "MANAGERS", GSI3SK: user.userId } : {}),
    // Specialists and school staff are listed for the coordinator to ask for advice.
    ...(user.role === "specialist" || user.role === "school"
      ? { GSI3PK: "ADVISERS", GSI3SK: user.userId }
      : {}),
  }));
  const schools = demoSchools.map((school) => ({
    ...keys.school(school.urn),
    type: "school",
    ...school,
  }));
  return [...profiles, ...schools];
}

export async function seedDemoData(
  client: DynamoDBClient,
  tableName: string,
): Promise<void> {
  const documents = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const items = demoItems();

  for (let start = 0; start < items.length; start += 25) {
    const batch = items.slice(start, start + 25);
    await documents.send(
      new BatchWriteCommand({
        RequestItems: {
          [tableName]: batch.map((item) => ({ PutRequest: { Item: item } })),
        },
      }),
    );
  }
}
