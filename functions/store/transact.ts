/** Runs a DynamoDB transaction and reports a failed condition as a value, not a throw. */
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { dynamo } from "../commons/clients";

export type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]["TransactItems"]
>[number];

/** DynamoDB accepts up to 100 actions in one TransactWriteItems call. */
export const maxTransactItems = 100;

export type TransactOutcome =
  { committed: true } | { committed: false; reasons: (string | undefined)[] };

/**
 * Writes every item or none. A cancelled transaction (a failed condition, or
 * a conflict with another transaction on the same items) comes back as
 * `committed: false` with the reason code of each item, where DynamoDB gives
 * them, so the caller can re-read and decide what happened.
 */
export async function transact(items: TransactItem[]): Promise<TransactOutcome> {
  if (items.length > maxTransactItems) {
    throw new Error(`A transaction takes at most ${maxTransactItems} items`);
  }

  try {
    await dynamo().send(new TransactWriteCommand({ TransactItems: items }));
    return { committed: true };
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      return {
        committed: false,
        reasons: (error.CancellationReasons ?? []).map((reason) => reason.Code),
      };
    }
    throw error;
  }
}
