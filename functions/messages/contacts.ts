/**
 * SES reports about an email address: a permanent bounce or a complaint.
 * The item is keyed by a hash of the address, so the address never appears
 * in a key. The sender checks it before each email, because SES suspends
 * accounts that keep sending to addresses that bounce.
 */
import { createHash } from "node:crypto";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { dynamo } from "../commons/clients";
import { config } from "../commons/config";

export type ContactProblem = "bounced" | "complained";

export interface ContactItem {
  PK: string;
  SK: "CONTACT";
  type: "contact";
  problem: ContactProblem;
  /** SES's bounce type and subtype, such as "Permanent/NoEmail", or "complaint". */
  detail: string;
  recordedAt: string;
  notificationId?: string;
  caseId?: string;
}

export function contactKey(address: string) {
  const hash = createHash("sha256").update(address.trim().toLowerCase()).digest("hex");
  return { PK: `CONTACT#${hash.slice(0, 40)}`, SK: "CONTACT" as const };
}

export async function getContactProblem(
  address: string,
): Promise<ContactItem | undefined> {
  const result = await dynamo().send(
    new GetCommand({ TableName: config.tableName, Key: contactKey(address) }),
  );
  return result.Item as ContactItem | undefined;
}

export async function recordContactProblem(
  address: string,
  problem: Omit<ContactItem, "PK" | "SK" | "type">,
): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: config.tableName,
      Item: { ...contactKey(address), type: "contact", ...problem },
    }),
  );
}
