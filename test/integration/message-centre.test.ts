/**
 * The message centre through its handlers: a thread per case between the
 * family and council staff, the school only with the family's agreement,
 * and an alert in each reader's channel and language that never carries the
 * message itself.
 */
import { describe, expect, it } from "vitest";
import type {
  ContactPreferencesView,
  ThreadMessage,
  ThreadView,
} from "../../shared/schemas/messages";
import { call } from "../support/events";
import { newCase, outboxFor } from "./fixtures";

const secret = "She finds loud rooms very hard since the diagnosis.";

async function alertsFor(reference: string) {
  return (await outboxFor(reference)).filter(
    (message) => message.template === "message-received",
  );
}

describe("message centre", () => {
  it("alerts the coordinator of a family message", async () => {
    const created = await newCase();

    const posted = await call<ThreadMessage>("postMessage", {
      as: "parent",
      pathParameters: { caseId: created.caseId },
      body: { body: secret },
    });

    expect(posted.status).toBe(201);
    expect(posted.body.author).toBe("family");
    expect(posted.body.mine).toBe(true);
    const alerts = await alertsFor(created.reference);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.channel).toBe("email");
    expect(alerts[0]?.body).not.toContain(secret);
    expect(alerts[0]?.body).not.toContain(created.child.firstName);
  });

  it("alerts a Polish family in Polish", async () => {
    const created = await newCase("parent", { language: "Polish" });

    const posted = await call<ThreadMessage>("postMessage", {
      as: "manager",
      pathParameters: { caseId: created.caseId },
      body: { body: "We have booked the assessment meeting." },
    });

    expect(posted.status).toBe(201);
    expect(posted.body.author).toBe("council");
    const alerts = await alertsFor(created.reference);
    // One parent gave email and phone, the other a phone only.
    expect(alerts.map((alert) => alert.channel).sort()).toEqual(["email", "sms", "sms"]);
    for (const alert of alerts) {
      expect(alert.language).toBe("pl");
      expect(alert.body).toContain("Masz nową wiadomość");
    }
  });

  it("shows the thread in order", async () => {
    const created = await newCase();
    const caseId = created.caseId;
    await call("postMessage", {
      as: "parent",
      pathParameters: { caseId },
      body: { body: "When will we hear?" },
    });
    await call("postMessage", {
      as: "manager",
      pathParameters: { caseId },
      body: { body: "By the date on your case page." },
    });

    const thread = await call<ThreadView>("listThread", {
      as: "parent",
      pathParameters: { caseId },
    });

    expect(thread.status).toBe(200);
    expect(thread.body.messages.map((message) => message.author)).toEqual([
      "family",
      "council",
    ]);
    expect(thread.body.messages.map((message) => message.mine)).toEqual([true, false]);
  });

  it("keeps the school out without consent", async () => {
    const created = await newCase();
    const caseId = created.caseId;

    const before = await call("listThread", { as: "school", pathParameters: { caseId } });
    expect(before.status).toBe(404);

    const saved = await call<ContactPreferencesView>("saveContactPreferences", {
      as: "parent",
      pathParameters: { caseId },
      body: { channel: "email", language: "en", shareMessagesWithSchool: true },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.shareMessagesWithSchool).toBe(true);

    const after = await call<ThreadView>("listThread", {
      as: "school",
      pathParameters: { caseId },
    });
    expect(after.status).toBe(200);
    expect(after.body.schoolIncluded).toBe(true);

    const posted = await call<ThreadMessage>("postMessage", {
      as: "school",
      pathParameters: { caseId },
      body: { body: "We can attend the meeting." },
    });
    expect(posted.status).toBe(201);
    expect(posted.body.author).toBe("school");
  });

  it("switches the family's language", async () => {
    const created = await newCase();
    const caseId = created.caseId;

    const saved = await call<ContactPreferencesView>("saveContactPreferences", {
      as: "parent",
      pathParameters: { caseId },
      body: { channel: "sms", language: "so", shareMessagesWithSchool: false },
    });
    expect(saved.status).toBe(200);
    const read = await call<ContactPreferencesView>("getContactPreferences", {
      as: "parent",
      pathParameters: { caseId },
    });
    expect(read.body.language).toBe("so");
    expect(read.body.channel).toBe("sms");

    await call("postMessage", {
      as: "manager",
      pathParameters: { caseId },
      body: { body: "Please check the case page." },
    });

    const alerts = await alertsFor(created.reference);
    // Each parent who gave a phone number gets one SMS, and nobody gets email.
    expect(alerts.length).toBeGreaterThan(0);
    for (const alert of alerts) {
      expect(alert.channel).toBe("sms");
      expect(alert.language).toBe("so");
    }
  });

  it("rejects an empty message", async () => {
    const created = await newCase();

    const response = await call("postMessage", {
      as: "parent",
      pathParameters: { caseId: created.caseId },
      body: { body: "   " },
    });

    expect(response.status).toBe(400);
  });

  it("hides the thread from another parent", async () => {
    const created = await newCase();

    const response = await call("listThread", {
      as: "parent2",
      pathParameters: { caseId: created.caseId },
    });

    expect(response.status).toBe(404);
  });
});
