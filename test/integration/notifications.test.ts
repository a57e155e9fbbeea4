/**
 * The transactional outbox and its sender against DynamoDB Local: a
 * notification is stored with its change, sent once, retried when the
 * provider fails, and put on the dead-letter queue when it never succeeds.
 * The provider is a notifier that fails on purpose and otherwise writes to a
 * real outbox folder of the test's own.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { NotificationView } from "../../shared/schemas/messages";
import { config } from "../../functions/commons/config";
import { FolderDeadLetterQueue } from "../../functions/messages/dead-letter";
import {
  getNotification,
  listDueNotifications,
  listFailedNotifications,
  type NotificationKey,
} from "../../functions/messages/notification-store";
import {
  OutboxNotifier,
  setNotifier,
  type Message,
  type Notifier,
  type SentMessage,
} from "../../functions/messages/notifier";
import { queueMessages } from "../../functions/messages/queue";
import { recordSesEvent } from "../../functions/messages/ses-events";
import {
  maxAttempts,
  retryDelaysMs,
  sendNotification,
} from "../../functions/messages/sender";
import { requestConfirmation } from "../../functions/messages/templates";
import { transact } from "../../functions/store/transact";
import { call } from "../support/events";
import { newCase, outboxFor } from "./fixtures";

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "ehc-sender-"));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** A provider that throws for its first `failures` calls, then writes to a folder. */
class FlakyNotifier implements Notifier {
  calls = 0;
  private readonly outbox: OutboxNotifier;

  constructor(
    folder: string,
    private readonly failures: number,
    private readonly delayMs = 0,
  ) {
    this.outbox = new OutboxNotifier(folder);
  }

  async send(message: Message, now: Date): Promise<SentMessage> {
    this.calls += 1;
    if (this.delayMs > 0)
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.calls <= this.failures) {
      const error = new Error("Service unavailable");
      error.name = "ServiceUnavailableException";
      throw error;
    }
    return this.outbox.send(message, now);
  }
}

const start = new Date("2026-03-02T09:00:00.000Z");

function later(ms: number): Date {
  return new Date(start.getTime() + ms);
}

/** Stores one email notification in a transaction of its own, as a change would. */
async function storeNotification(to = "family@example.com"): Promise<NotificationKey> {
  const caseId = randomUUID();
  const queued = queueMessages(
    [{ channel: "email", to, audience: "family", language: "en" }],
    requestConfirmation({
      reference: "EHC-TEST01",
      caseId,
      receivedDate: "2026-03-02",
      decisionToAssessDue: "2026-04-13",
      finalPlanDue: "2026-07-20",
      possibleDuplicate: false,
    }),
    { partition: `CASE#${caseId}`, caseId, caseReference: "EHC-TEST01", now: start },
  );
  const outcome = await transact(queued.items);
  expect(outcome.committed).toBe(true);
  return queued.keys[0]!;
}

async function folderFiles(folder: string): Promise<string[]> {
  return (await readdir(folder).catch(() => [] as string[])).filter((name) =>
    name.endsWith(".json"),
  );
}

describe("sender", () => {
  let folder: string;
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("retries twice then sends once", async () => {
    folder = await mkdtemp(join(directory, "retry-"));
    const key = await storeNotification();
    const provider = new FlakyNotifier(folder, 2);

    expect(await sendNotification(key, { notifier: provider, now: start })).toBe(
      "retry-scheduled",
    );
    // Not due again until the first wait has passed.
    const early = later(retryDelaysMs[0]! - 1_000);
    expect(await sendNotification(key, { notifier: provider, now: early })).toBe(
      "skipped",
    );
    expect(await listDueNotifications(early, 1000)).not.toContainEqual(key);

    const second = later(retryDelaysMs[0]!);
    expect(await listDueNotifications(second, 1000)).toContainEqual(key);
    expect(await sendNotification(key, { notifier: provider, now: second })).toBe(
      "retry-scheduled",
    );

    const third = later(retryDelaysMs[0]! + retryDelaysMs[1]!);
    expect(await sendNotification(key, { notifier: provider, now: third })).toBe("sent");

    expect(provider.calls).toBe(3);
    expect(await folderFiles(folder)).toHaveLength(1);
    const stored = await getNotification(key);
    expect(stored?.status).toBe("sent");
    expect(stored?.attempts).toBe(3);
    expect(stored?.GSI3PK).toBeUndefined();
  });

  it("dead-letters a permanent failure", async () => {
    folder = await mkdtemp(join(directory, "dead-"));
    const deadLetterFolder = join(folder, "dead-letter");
    const key = await storeNotification();
    const provider = new FlakyNotifier(folder, Number.POSITIVE_INFINITY);
    const deadLetters = new FolderDeadLetterQueue(deadLetterFolder);

    let at = start;
    const outcomes: string[] = [];
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      outcomes.push(
        await sendNotification(key, { notifier: provider, deadLetters, now: at }),
      );
      at = new Date(at.getTime() + 2 * 3_600_000);
    }

    expect(outcomes.slice(0, -1).every((outcome) => outcome === "retry-scheduled")).toBe(
      true,
    );
    expect(outcomes.at(-1)).toBe("failed");
    expect(await folderFiles(folder)).toHaveLength(0);
    expect(await folderFiles(deadLetterFolder)).toHaveLength(1);

    const stored = await getNotification(key);
    expect(stored?.status).toBe("failed");
    expect(stored?.lastError).toBe("ServiceUnavailableException");
    const failed = await listFailedNotifications(1000);
    expect(failed.map((item) => item.notificationId)).toContain(stored?.notificationId);
    // A failed notification is out of the pending queue for good.
    expect(await sendNotification(key, { notifier: provider, now: at })).toBe("skipped");
  });

  it("sends once when run twice", async () => {
    folder = await mkdtemp(join(directory, "twice-"));
    const key = await storeNotification();
    const provider = new FlakyNotifier(folder, 0, 50);

    const outcomes = await Promise.all([
      sendNotification(key, { notifier: provider, now: start }),
      sendNotification(key, { notifier: provider, now: start }),
    ]);
    const again = await sendNotification(key, { notifier: provider, now: later(60_000) });

    expect(outcomes.filter((outcome) => outcome === "sent")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "skipped")).toHaveLength(1);
    expect(again).toBe("skipped");
    expect(provider.calls).toBe(1);
    expect(await folderFiles(folder)).toHaveLength(1);
  });

  it("takes over an expired claim", async () => {
    folder = await mkdtemp(join(directory, "lease-"));
    const key = await storeNotification();
    // A send that never returns simulates a sender that died mid-send.
    const stuck: Notifier = { send: () => new Promise(() => undefined) };
    void sendNotification(key, { notifier: stuck, now: start });
    await expect.poll(async () => (await getNotification(key))?.status).toBe("sending");

    const provider = new FlakyNotifier(folder, 0);
    expect(await sendNotification(key, { notifier: provider, now: later(30_000) })).toBe(
      "skipped",
    );
    expect(await sendNotification(key, { notifier: provider, now: later(180_000) })).toBe(
      "sent",
    );
    expect(await folderFiles(folder)).toHaveLength(1);
  });

  it("stores nothing when the change fails", async () => {
    const caseId = randomUUID();
    const queued = queueMessages(
      [{ channel: "sms", to: "07700 900982", audience: "family", language: "en" }],
      requestConfirmation({
        reference: "EHC-TEST02",
        caseId,
        receivedDate: "2026-03-02",
        decisionToAssessDue: "2026-04-13",
        finalPlanDue: "2026-07-20",
        possibleDuplicate: false,
      }),
      { partition: `CASE#${caseId}`, caseId, caseReference: "EHC-TEST02", now: start },
    );

    const outcome = await transact([
      ...queued.items,
      {
        ConditionCheck: {
          TableName: config.tableName,
          Key: { PK: `CASE#${caseId}`, SK: "CASE" },
          ConditionExpression: "attribute_exists(PK)",
        },
      },
    ]);

    expect(outcome.committed).toBe(false);
    expect(await getNotification(queued.keys[0]!)).toBeUndefined();
  });
});

describe("SES events", () => {
  it("suppresses a bounced address", async () => {
    const address = `bounce-${randomUUID()}@example.com`;
    const key = await storeNotification(address);
    const folder = await mkdtemp(join(directory, "bounce-"));
    const provider = new FlakyNotifier(folder, 0);
    expect(await sendNotification(key, { notifier: provider, now: start })).toBe("sent");
    const sent = await getNotification(key);

    const recorded = await recordSesEvent(
      {
        eventType: "Bounce",
        mail: {
          tags: {
            notificationId: [sent!.notificationId],
            partition: [sent!.PK.replace("#", "_")],
          },
        },
        bounce: {
          bounceType: "Permanent",
          bounceSubType: "NoEmail",
          bouncedRecipients: [{ emailAddress: address.toUpperCase() }],
        },
      },
      later(60_000),
    );

    expect(recorded).toBe("bounced");
    expect((await getNotification(key))?.status).toBe("bounced");

    const next = await storeNotification(address);
    expect(
      await sendNotification(next, { notifier: provider, now: later(120_000) }),
    ).toBe("suppressed");
    expect(provider.calls).toBe(1);
  });

  it("keeps a bounce over a delivery", async () => {
    const key = await storeNotification(`late-${randomUUID()}@example.com`);
    const folder = await mkdtemp(join(directory, "late-"));
    await sendNotification(key, { notifier: new FlakyNotifier(folder, 0), now: start });
    const sent = (await getNotification(key))!;
    const tags = {
      notificationId: [sent.notificationId],
      partition: [sent.PK.replace("#", "_")],
    };

    await recordSesEvent({ eventType: "Complaint", mail: { tags } }, later(1_000));
    await recordSesEvent({ eventType: "Delivery", mail: { tags } }, later(2_000));

    expect((await getNotification(key))?.status).toBe("complained");
  });
});

describe("case messages", () => {
  it("sends Polish to a Polish family", async () => {
    const created = await newCase("parent", { language: "Polish" });

    const messages = await outboxFor(created.reference);
    const family = messages.filter(
      (message) => message.template === "request-confirmation",
    );

    expect(family.length).toBeGreaterThan(0);
    for (const message of family) {
      expect(message.language).toBe("pl");
    }
    const email = family.find((message) => message.channel === "email");
    expect(email?.subject).toBe(`Otrzymaliśmy Twój wniosek: ${created.reference}`);
    // The English original follows the unreviewed translation.
    expect(email?.body).toContain("We received your request");
    const sms = family.find((message) => message.channel === "sms");
    expect(sms?.body).toContain("Otrzymaliśmy Twój wniosek");

    const coordinator = messages.find((message) => message.template === "case-allocated");
    expect(coordinator?.language).toBe("en");
  });

  it("lists delivery status for staff", async () => {
    const created = await newCase();

    const response = await call<NotificationView[]>("listCaseNotifications", {
      as: "manager",
      pathParameters: { caseId: created.caseId },
    });

    expect(response.status).toBe(200);
    expect(response.body.length).toBeGreaterThan(0);
    for (const view of response.body) {
      expect(view.status).toBe("sent");
      expect(view.maskedAddress).toContain("•");
      expect(JSON.stringify(view)).not.toContain("sam.parent@example.com");
    }
    expect(response.body.map((view) => view.channel).sort()).toContain("sms");
  });

  it("hides delivery status from families", async () => {
    const created = await newCase();

    const response = await call("listCaseNotifications", {
      as: "parent",
      pathParameters: { caseId: created.caseId },
    });

    expect(response.status).toBe(403);
  });

  it("lets staff send again", async () => {
    const created = await newCase();
    setNotifier({
      send: async () => {
        throw new Error("Simulated SES outage");
      },
    });
    try {
      const posted = await call("postMessage", {
        as: "parent",
        pathParameters: { caseId: created.caseId },
        body: { body: "Please call me." },
      });
      expect(posted.status).toBe(201);
    } finally {
      setNotifier(undefined);
    }

    const listed = await call<NotificationView[]>("listCaseNotifications", {
      as: "coordinator",
      pathParameters: { caseId: created.caseId },
    });
    const waiting = listed.body.find((view) => view.template === "message-received");
    expect(waiting?.status).toBe("pending");
    expect(waiting?.lastError).toBe("Error");

    const retried = await call<NotificationView>("retryNotification", {
      as: "coordinator",
      pathParameters: { caseId: created.caseId, notificationId: waiting!.notificationId },
    });
    expect(retried.status).toBe(200);
    expect(retried.body.status).toBe("sent");

    const again = await call("retryNotification", {
      as: "coordinator",
      pathParameters: { caseId: created.caseId, notificationId: waiting!.notificationId },
    });
    expect(again.status).toBe(409);
  });
});
