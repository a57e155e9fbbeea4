/**
 * The dead-letter port: where a notification goes when every attempt has
 * failed. In AWS it is an SQS queue with an alarm on its depth; locally a
 * folder beside the outbox, which the outbox page lists. Either way the
 * entry names the notification and the case, never the address or the text,
 * because the item in the table contains those.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { config } from "../commons/config";

export interface DeadLetter {
  notificationId: string;
  PK: string;
  SK: string;
  caseReference: string;
  template: string;
  channel: string;
  attempts: number;
  lastError?: string;
  failedAt: string;
}

export interface DeadLetterQueue {
  put(letter: DeadLetter): Promise<void>;
}

export class FolderDeadLetterQueue implements DeadLetterQueue {
  constructor(private readonly directory: string) {}

  async put(letter: DeadLetter): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    // One file per notification: a second failure report overwrites the first.
    await writeFile(
      join(this.directory, `${letter.notificationId}.json`),
      JSON.stringify(letter, null, 2),
    );
  }
}

export class SqsDeadLetterQueue implements DeadLetterQueue {
  constructor(
    private readonly queueUrl: string,
    private readonly sqs = new SQSClient({ region: config.region }),
  ) {}

  async put(letter: DeadLetter): Promise<void> {
    await this.sqs.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: JSON.stringify(letter),
      }),
    );
  }
}

/** Returns the folder the local dead-letter queue writes to, inside the outbox folder. */
export function localDeadLetterDirectory(outboxDirectory: string): string {
  return join(outboxDirectory, "dead-letter");
}

let current: DeadLetterQueue | undefined;

/** Returns the SQS queue when its URL is set, otherwise the local folder. */
export function deadLetterQueue(): DeadLetterQueue {
  if (current) return current;
  const queueUrl = config.notificationDeadLetterQueueUrl;
  const outbox = config.outboxDirectory;
  if (queueUrl) current = new SqsDeadLetterQueue(queueUrl);
  else if (outbox) current = new FolderDeadLetterQueue(localDeadLetterDirectory(outbox));
  else throw new Error("Set NOTIFICATION_DLQ_URL or OUTBOX_DIR for failed notifications");
  return current;
}

/** Replaces the queue, for tests. */
export function setDeadLetterQueue(next: DeadLetterQueue | undefined): void {
  current = next;
}
