import { describe, expect, it } from "vitest";
import type { AssessmentRequest } from "../../shared/schemas/request";
import { familyRecipients } from "./send";

function request(
  type: "parent" | "young-person",
  channel: "email" | "sms" | "both",
  parents: { email?: string; phone?: string }[],
  child: { email?: string; phone?: string } = {},
  language = "English",
): AssessmentRequest {
  return {
    requester: { type },
    child,
    parents,
    contactPreferences: { channel, language },
  } as unknown as AssessmentRequest;
}

const family = { audience: "family", language: "en" } as const;

describe("familyRecipients", () => {
  it("follows the chosen channel", () => {
    const recipients = familyRecipients(
      request("parent", "email", [{ email: "a@example.com", phone: "07700 900001" }]),
    );
    expect(recipients).toEqual([{ channel: "email", to: "a@example.com", ...family }]);
  });

  it("sends both when asked", () => {
    const recipients = familyRecipients(
      request("parent", "both", [{ email: "a@example.com", phone: "07700 900001" }]),
    );
    expect(recipients).toHaveLength(2);
  });

  it("falls back to the other channel", () => {
    const recipients = familyRecipients(
      request("parent", "sms", [{ email: "a@example.com" }, { phone: "07700 900002" }]),
    );
    expect(recipients).toEqual([
      { channel: "email", to: "a@example.com", ...family },
      { channel: "sms", to: "07700 900002", ...family },
    ]);
  });

  it("uses a young person's own details", () => {
    const recipients = familyRecipients(
      request("young-person", "email", [{ email: "parent@example.com" }], {
        email: "yp@example.com",
      }),
    );
    expect(recipients).toEqual([{ channel: "email", to: "yp@example.com", ...family }]);
  });

  it("carries the chosen language", () => {
    const recipients = familyRecipients(
      request(
        "parent",
        "both",
        [{ email: "a@example.com", phone: "07700 900001" }],
        {},
        "Polish",
      ),
    );
    expect(recipients.map((recipient) => recipient.language)).toEqual(["pl", "pl"]);
  });
});
