import { describe, expect, it } from "vitest";
import { languageCodeOf, languageCodes, type LanguageCode } from "../../shared/languages";
import { messageContent } from "./content";
import { translatedTemplates } from "./content/types";
import { formatDateIn, localise } from "./localise";
import {
  caseAllocated,
  decisionMade,
  messageReceived,
  requestConfirmation,
  type Rendered,
} from "./templates";
import { escalation, exceptionApplied, reminder } from "./timeline-templates";

const reference = "EHC-7K3QF9";
const caseId = "0b8f3c1e-9d7a-4f6e-8a52-3c1d2e4f5a6b";

/** Every template the service sends, once for each audience it has. */
const everyTemplate: Rendered[] = [
  requestConfirmation({
    reference,
    caseId,
    receivedDate: "2026-03-02",
    decisionToAssessDue: "2026-04-13",
    finalPlanDue: "2026-07-20",
    possibleDuplicate: true,
  }),
  caseAllocated({ reference, caseId, decisionToAssessDue: "2026-04-13" }),
  decisionMade({
    reference,
    caseId,
    outcome: "assess",
    decidedOn: "2026-04-10",
    finalPlanDue: "2026-07-20",
  }),
  decisionMade({
    reference,
    caseId,
    outcome: "refuse",
    decidedOn: "2026-04-10",
    finalPlanDue: "2026-07-20",
  }),
  ...(["coordinator", "adviser", "family", "school"] as const).map((audience) =>
    reminder({
      audience,
      reference,
      caseId,
      kind: "draft-comments",
      dueDate: "2026-06-01",
      today: "2026-05-25",
    }),
  ),
  ...(["manager", "coordinator"] as const).map((audience) =>
    escalation({
      audience,
      reference,
      caseId,
      kind: "advice",
      dueDate: "2026-05-04",
      owner: "the adviser",
      level: 2,
      daysLate: 8,
      source: "SEND Regulations 2014, regulation 8",
    }),
  ),
  exceptionApplied({
    reference,
    caseId,
    exceptionKind: "school-closure",
    moves: [{ kind: "advice", from: "2026-07-30", to: "2026-09-10" }],
  }),
  messageReceived({ reference, caseId, from: "your EHC coordinator" }),
];

/**
 * The child's details that the demo case uses, and words for needs and
 * diagnoses. None may reach a subject line or an SMS, which anyone holding
 * the phone or reading the inbox list can see.
 */
const forbidden = [
  "Maya",
  "Okafor",
  "2018-05-14",
  "14 May 2018",
  "autism",
  "ADHD",
  "dyslexia",
  "diagnos",
  "communication and interaction",
  "cognition and learning",
  "mental health",
  "sensory",
];

describe("every template", () => {
  it.each(languageCodes)("keeps child details out in %s", (language) => {
    for (const rendered of everyTemplate) {
      const text = localise(rendered, language);
      for (const word of forbidden) {
        expect(text.subject.toLowerCase(), rendered.template).not.toContain(
          word.toLowerCase(),
        );
        expect(text.sms.toLowerCase(), rendered.template).not.toContain(
          word.toLowerCase(),
        );
      }
    }
  });

  it.each(languageCodes)("fills every placeholder in %s", (language) => {
    for (const rendered of everyTemplate) {
      const text = localise(rendered, language);
      expect(text.subject, rendered.template).not.toMatch(/\{\w+\}/);
      expect(text.email, rendered.template).not.toMatch(/\{\w+\}/);
      expect(text.sms, rendered.template).not.toMatch(/\{\w+\}/);
      expect(text.subject, rendered.template).toContain(reference);
      expect(text.sms, rendered.template).toContain(reference);
    }
  });

  it("links every message to the service", () => {
    for (const rendered of everyTemplate) {
      expect(rendered.email, rendered.template).toContain(`/cases/${caseId}`);
    }
  });
});

describe("localise", () => {
  it("translates family templates into Polish", () => {
    const text = localise(everyTemplate[0]!, "pl");

    expect(text.language).toBe("pl");
    expect(text.subject).toBe(`Otrzymaliśmy Twój wniosek: ${reference}`);
    expect(text.email).toContain(formatDateIn("2026-04-13", "pl"));
    expect(text.sms).toContain("poniedziałek");
  });

  it("keeps the English after a translation", () => {
    const english = everyTemplate[3]!;
    const text = localise(english, "ar");

    expect(text.email.indexOf("قررنا")).toBeLessThan(text.email.indexOf(english.email));
    expect(text.email).toContain(english.email);
  });

  it("leaves staff templates in English", () => {
    const allocated = everyTemplate[1]!;
    for (const language of languageCodes) {
      const text = localise(allocated, language);
      expect(text.language).toBe("en");
      expect(text.subject).toBe(allocated.subject);
    }
  });

  it("translates only the family reminder", () => {
    const [coordinator, , family] = everyTemplate.slice(4, 7);
    expect(localise(coordinator!, "pl").language).toBe("en");
    expect(localise(family!, "pl").language).toBe("pl");
  });

  it("marks unreviewed translations", () => {
    for (const content of Object.values(messageContent)) {
      expect(content.translation.reviewed).toBe(false);
      expect(content.notice.length).toBeGreaterThan(0);
    }
  });

  it("translates every family template", () => {
    const translated = new Set(
      everyTemplate.filter((rendered) => rendered.translation).map((r) => r.template),
    );
    expect([...translated].sort()).toEqual([...translatedTemplates].sort());
    for (const content of Object.values(messageContent)) {
      for (const template of translatedTemplates) {
        expect(content.templates[template].subject).not.toBe("");
        expect(content.templates[template].sms).toContain("{link}");
      }
    }
  });
});

describe("languageCodeOf", () => {
  it.each([
    ["Polish", "pl"],
    ["polski", "pl"],
    ["pl", "pl"],
    ["Punjabi (Gurmukhi)", "pa"],
    ["Panjabi", "pa"],
    ["Somali", "so"],
    ["العربية", "ar"],
    ["Urdu", "ur"],
    ["English", "en"],
    ["Welsh", "en"],
    ["", "en"],
  ] as [string, LanguageCode][])("reads %s as %s", (text, code) => {
    expect(languageCodeOf(text)).toBe(code);
  });
});
