import { describe, expect, it } from "vitest";
import type { AssessmentRequest } from "../../shared/schemas/request";
import { familyRecipients } from "./send";

function request(
  type: "parent" | "young-person",
  channel: "email" | "sms" | "both",
  parents: { email?: string; phone?: string }[],
  child: { email?: string; phone?: string } = {},
): AssessmentRequest {
  return {
    requester: { type },
    child,
    parents,
    contactPreferences: { channel, language: "English" },
  } as unknown as AssessmentRequest;
}

describe("familyRecipients", () => {
  it("follows the chosen channel", () => {
    const recipients = familyRecipients(
      request("parent", "email", [{ email: "a@example.com", phone: "07700 900001" }]),
    );
    expect(recipients).toEqual([{ channel: "email", to: "a@example.com" }]);
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
      { channel: "email", to: "a@example.com" },
      { channel: "sms", to: "07700 900002" },
    ]);
  });

  it("uses a young person's own details", () => {
    const recipients = familyRecipients(
      request("young-person", "email", [{ email: "parent@example.com" }], {
        email: "yp@example.com",
      }),
    );
    expect(recipients).toEqual([{ channel: "email", to: "yp@example.com" }]);
  });
});
