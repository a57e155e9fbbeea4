/**
 * A demo case for a Polish-speaking family through its milestones, checking
 * the outbox after each: which audience hears, in which channel and
 * language. The family chose email and text message; one parent gave both,
 * the other a phone number only. Staff always get English email.
 */
import { describe, expect, it } from "vitest";
import type { CaseView } from "../../shared/schemas/case";
import { addDays, londonDate } from "../../shared/dates";
import type { SentMessage } from "../../functions/messages/notifier";
import { getCaseItem } from "../../functions/store/case-store";
import { call } from "../support/events";
import { newCase, outboxFor } from "./fixtures";

/** Returns the messages of one template as "audience channel language" lines, sorted. */
async function sentAs(reference: string, template: string): Promise<string[]> {
  const messages = (await outboxFor(reference)).filter(
    (message) => message.template === template,
  );
  return messages.map(summarise).sort();
}

function summarise(message: SentMessage): string {
  const audience = message.to.endsWith("council.example.gov.uk") ? "staff" : "family";
  return `${audience} ${message.channel} ${message.language}`;
}

/** The demo coordinators, from the local seed data. */
const coordinatorIds = [
  "00000000-0000-4000-8000-000000000031",
  "00000000-0000-4000-8000-000000000032",
  "00000000-0000-4000-8000-000000000033",
];

const polishFamily = ["family email pl", "family sms pl", "family sms pl"];

async function version(caseId: string): Promise<number> {
  return (await getCaseItem(caseId))!.version;
}

describe("milestone messages", () => {
  it("follows a Polish family's case", async () => {
    const created = await newCase("parent", { language: "Polish" });
    const { caseId, reference } = created;

    expect(await sentAs(reference, "request-confirmation")).toEqual(polishFamily);
    expect(await sentAs(reference, "case-allocated")).toEqual(["staff email en"]);

    const decided = await call<CaseView>("recordDecision", {
      as: "coordinator",
      pathParameters: { caseId },
      body: { outcome: "assess", expectedVersion: await version(caseId) },
    });
    expect(decided.status).toBe(200);
    expect(await sentAs(reference, "decision-assess")).toEqual(polishFamily);

    const today = londonDate(new Date());
    const excepted = await call<CaseView>("recordException", {
      as: "coordinator",
      pathParameters: { caseId },
      body: {
        kind: "personal-circumstances",
        startsOn: today,
        endsOn: addDays(today, 28),
        reason: "The family asked to pause.",
        expectedVersion: await version(caseId),
      },
    });
    expect(excepted.status).toBe(200);
    expect(await sentAs(reference, "exception-applied")).toEqual(polishFamily);

    const current = (await getCaseItem(caseId))!.coordinatorId;
    const otherCoordinator = coordinatorIds.find((id) => id !== current)!;
    const moved = await call<CaseView>("changeCoordinator", {
      as: "manager",
      pathParameters: { caseId },
      body: {
        coordinatorId: otherCoordinator,
        reason: "Caseload balance",
        expectedVersion: await version(caseId),
      },
    });
    expect(moved.status).toBe(200);
    expect(await sentAs(reference, "case-allocated")).toEqual([
      "staff email en",
      "staff email en",
    ]);

    const posted = await call("postMessage", {
      as: "manager",
      pathParameters: { caseId },
      body: { body: "We have booked the meeting." },
    });
    expect(posted.status).toBe(201);
    expect(await sentAs(reference, "message-received")).toEqual(polishFamily);

    // Nothing about the child reaches a subject line or an SMS.
    for (const message of await outboxFor(reference)) {
      const visible = `${message.subject ?? ""} ${message.channel === "sms" ? message.body : ""}`;
      expect(visible).not.toContain(created.child.firstName);
      expect(visible).not.toContain(created.child.lastName);
      expect(visible).not.toContain(created.child.dateOfBirth);
    }
  });

  it("refuses in Polish with an English letter", async () => {
    const { caseId, reference } = await newCase("parent", { language: "Polish" });

    const refused = await call<CaseView>("recordDecision", {
      as: "coordinator",
      pathParameters: { caseId },
      body: {
        outcome: "refuse",
        reasons: "The school's support plan meets the needs described.",
        expectedVersion: await version(caseId),
      },
    });

    expect(refused.status).toBe(200);
    expect(await sentAs(reference, "decision-refuse")).toEqual(polishFamily);
    const email = (await outboxFor(reference)).find(
      (message) => message.template === "decision-refuse" && message.channel === "email",
    );
    expect(email?.body).toContain("Pismo z decyzją jest w języku angielskim");
    expect(email?.body).toContain("Our letter gives the reasons");
    // The reasons are in the attached letter only, never in the message.
    expect(email?.body).not.toContain("support plan meets");
  });
});
