/**
 * The notifier port: sends one email or SMS. Locally an outbox adapter
 * writes each message as a JSON file; in AWS, SES v2 sends email and SNS
 * sends SMS.
 */
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { config } from "../commons/config";

export type Channel = "email" | "sms";

export interface Message {
  /** The stored notification's id: the outbox file's name and an SES message tag. */
  notificationId: string;
  /** The notification item's partition key, such as `CASE#<caseId>`. */
  partition: string;
  caseId?: string;
  channel: Channel;
  to: string;
  /** Empty for SMS, which has no subject. */
  subject: string;
  body: string;
  template: string;
  language: string;
  caseReference: string;
}

export interface SentMessage extends Message {
  messageId: string;
  createdAt: string;
  /** The local outbox's record of delivery; "sent" for every file it writes. */
  status?: "sent";
}

export interface Notifier {
  send(message: Message, now: Date): Promise<SentMessage>;
}

/**
 * Writes each message to its own file, which the local outbox page lists.
 * The file is named by the notification id and never overwritten, so a
 * notification sent twice still appears once.
 */
export class OutboxNotifier implements Notifier {
  constructor(private readonly directory: string) {}

  async send(message: Message, now: Date): Promise<SentMessage> {
    const sent: SentMessage = {
      messageId: randomUUID(),
      ...message,
      createdAt: now.toISOString(),
      status: "sent",
    };
    await mkdir(this.directory, { recursive: true });

    // Notification ids are UUIDv7, so a directory listing is in sending order.
    const path = join(this.directory, `${message.notificationId}.json`);
    try {
      await writeFile(path, JSON.stringify(sent, null, 2), { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      return JSON.parse(await readFile(path, "utf8")) as SentMessage;
    }
    return sent;
  }
}

/** Sends email through SES v2 and SMS through SNS. */
export class AwsNotifier implements Notifier {
  constructor(
    private readonly ses = new SESv2Client({ region: config.region }),
    private readonly sns = new SNSClient({ region: config.region }),
    private readonly from = config.emailFrom,
    private readonly configurationSet = config.sesConfigurationSet,
  ) {}

  async send(message: Message, now: Date): Promise<SentMessage> {
    let messageId: string | undefined;

    if (message.channel === "email") {
      const result = await this.ses.send(
        new SendEmailCommand({
          FromEmailAddress: this.from,
          Destination: { ToAddresses: [message.to] },
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: "UTF-8" },
              Body: { Text: { Data: message.body, Charset: "UTF-8" } },
            },
          },
          // The configuration set publishes bounces and complaints with these tags,
          // which lead back to the notification without the address.
          ConfigurationSetName: this.configurationSet,
          EmailTags: [
            { Name: "template", Value: message.template },
            { Name: "notificationId", Value: message.notificationId },
            // SES tag values take letters, digits, "_" and "-" only.
            { Name: "partition", Value: message.partition.replace("#", "_") },
          ],
        }),
      );
      messageId = result.MessageId;
    } else {
      const result = await this.sns.send(
        new PublishCommand({
          PhoneNumber: toE164(message.to),
          Message: message.body,
          MessageAttributes: {
            "AWS.SNS.SMS.SMSType": { DataType: "String", StringValue: "Transactional" },
          },
        }),
      );
      messageId = result.MessageId;
    }

    return {
      messageId: messageId ?? randomUUID(),
      ...message,
      createdAt: now.toISOString(),
    };
  }
}

/** Turns a UK number such as "07700 900982" into "+447700900982", which SNS requires. */
export function toE164(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  if (digits.startsWith("+")) return digits;
  if (digits.startsWith("0")) return `+44${digits.slice(1)}`;
  return `+${digits}`;
}

let current: Notifier | undefined;

/** Returns the outbox when OUTBOX_DIR is set, otherwise SES and SNS. */
export function notifier(): Notifier {
  const directory = config.outboxDirectory;
  current ??= directory ? new OutboxNotifier(directory) : new AwsNotifier();
  return current;
}

/** Replaces the notifier, for tests that check what was sent. */
export function setNotifier(next: Notifier | undefined): void {
  current = next;
}
