import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { mockClient } from "aws-sdk-client-mock";
import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { AwsNotifier, OutboxNotifier, toE164, type Message } from "./notifier";

const email: Message = {
  notificationId: "019400c0-0000-7000-8000-000000000001",
  partition: "CASE#0b8f3c1e-9d7a-4f6e-8a52-3c1d2e4f5a6b",
  channel: "email",
  to: "family@example.com",
  subject: "We have received your request: EHC-7K3QF9",
  body: "Your reference is EHC-7K3QF9.",
  template: "request-confirmation",
  language: "English",
  caseReference: "EHC-7K3QF9",
};
const sms: Message = {
  ...email,
  notificationId: "019400c0-0000-7000-8000-000000000002",
  channel: "sms",
  to: "07700 900982",
  subject: "",
};
const now = new Date("2026-03-02T09:30:00.000Z");

describe("OutboxNotifier", () => {
  let directory: string | undefined;
  afterEach(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it("writes one file per message", async () => {
    directory = await mkdtemp(join(tmpdir(), "outbox-"));
    const outbox = new OutboxNotifier(directory);

    const first = await outbox.send(email, now);
    await outbox.send(sms, now);

    const names = await readdir(directory);
    expect(names).toHaveLength(2);
    const stored = await Promise.all(
      names.map(async (name) =>
        JSON.parse(await readFile(join(directory!, name), "utf8")),
      ),
    );
    expect(stored).toContainEqual({
      ...email,
      messageId: first.messageId,
      createdAt: now.toISOString(),
      status: "sent",
    });
  });

  it("writes a repeated notification once", async () => {
    directory = await mkdtemp(join(tmpdir(), "outbox-"));
    const outbox = new OutboxNotifier(directory);

    const first = await outbox.send(email, now);
    const second = await outbox.send(email, new Date(now.getTime() + 60_000));

    expect(await readdir(directory)).toHaveLength(1);
    expect(second.messageId).toBe(first.messageId);
  });
});

describe("AwsNotifier", () => {
  const ses = mockClient(SESv2Client);
  const sns = mockClient(SNSClient);
  afterEach(() => {
    ses.reset();
    sns.reset();
  });

  it("sends email through SES", async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: "ses-1" });
    const notifier = new AwsNotifier(
      new SESv2Client({}),
      new SNSClient({}),
      "from@example.gov.uk",
    );

    const sent = await notifier.send(email, now);

    expect(sent.messageId).toBe("ses-1");
    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(input?.Destination?.ToAddresses).toEqual(["family@example.com"]);
    expect(input?.Content?.Simple?.Subject?.Data).toBe(email.subject);
    expect(input?.FromEmailAddress).toBe("from@example.gov.uk");
    expect(input?.EmailTags).toContainEqual({
      Name: "partition",
      Value: "CASE_0b8f3c1e-9d7a-4f6e-8a52-3c1d2e4f5a6b",
    });
  });

  it("sends SMS through SNS", async () => {
    sns.on(PublishCommand).resolves({ MessageId: "sns-1" });
    const notifier = new AwsNotifier(
      new SESv2Client({}),
      new SNSClient({}),
      "from@example.gov.uk",
    );

    const sent = await notifier.send(sms, now);

    expect(sent.messageId).toBe("sns-1");
    const input = sns.commandCalls(PublishCommand)[0]?.args[0].input;
    expect(input?.PhoneNumber).toBe("+447700900982");
    expect(input?.Message).toBe(sms.body);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
  });
});

describe("toE164", () => {
  it.each([
    ["07700 900982", "+447700900982"],
    ["+44 7700 900982", "+447700900982"],
    ["01632 960 001", "+441632960001"],
  ])("turns %s into %s", (phone, expected) => {
    expect(toE164(phone)).toBe(expected);
  });
});
