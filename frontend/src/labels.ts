/** Plain-English names for the values the API uses. */
import type { Role } from "../../shared/roles";
import type { CaseStage } from "../../shared/schemas/case";
import type { TagColour } from "./components/page";

export const roleNames: Record<Role, string> = {
  parent: "parent or carer",
  "young-person": "young person",
  school: "school",
  specialist: "specialist",
  "business-support": "business support officer",
  coordinator: "EHC coordinator",
  "panel-member": "panel member",
  manager: "manager",
  finance: "finance officer",
  supporter: "independent adviser",
};

/** Returns a role's name with "a" or "an", such as "an independent adviser". */
export function roleWithArticle(role: Role): string {
  const name = roleNames[role];
  // Each role name starts with a vowel sound exactly when it starts with a vowel ("an EHC coordinator").
  return `${/^[aeiou]/i.test(name) ? "an" : "a"} ${name}`;
}

/** Audit trail actions in plain words, as staff read them on a case. */
export const auditActionNames: Record<string, string> = {
  "request-submitted": "Request submitted",
  "possible-duplicate-received": "Possible duplicate request received",
  "case-created-from-duplicate": "Case opened after a duplicate check",
  "duplicate-linked": "Duplicate request checked",
  "case-viewed": "Case viewed",
  "request-viewed": "Request answers viewed",
  "case-listed": "Case shown in a list",
  "access-denied": "Access denied",
  "decision-recorded": "Decision recorded",
  "coordinator-changed": "Coordinator changed",
  "document-downloaded": "Document opened",
  "audit-viewed": "Audit trail viewed",
  "exception-recorded": "Exception to a time limit recorded",
  "deadline-breached": "Deadline missed",
  "advice-requested": "Advice requested",
  "advice-saved": "Advice saved",
  "advice-report-upload-started": "Advice report upload started",
  "advice-submitted": "Advice submitted",
  "advice-reuse-agreed": "Agreed to reuse existing advice",
  "funding-band-set": "Funding band set",
  "messages-viewed": "Messages viewed",
  "message-posted": "Message sent",
  "contact-preferences-viewed": "Contact preferences viewed",
  "contact-preferences-changed": "Contact preferences changed",
  "notifications-viewed": "Notifications viewed",
  "notification-resent": "Notification sent again",
};

/** Returns an audit action's plain name, or the action itself with spaces for one not listed yet. */
export function auditActionName(action: string): string {
  const name = auditActionNames[action];
  if (name) return name;
  const spaced = action.replace(/-/g, " ");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export const stageNames: Record<CaseStage, { text: string; colour: TagColour }> = {
  deciding: { text: "Deciding whether to assess", colour: "blue" },
  assessing: { text: "Assessing", colour: "light-blue" },
  refused: { text: "Not assessing", colour: "orange" },
  drafting: { text: "Writing the draft plan", colour: "purple" },
  panel: { text: "At panel", colour: "purple" },
  consultation: { text: "Asking schools", colour: "turquoise" },
  final: { text: "Final plan", colour: "green" },
  closed: { text: "Closed", colour: "grey" },
  withdrawn: { text: "Withdrawn", colour: "grey" },
};

export const documentTypeNames = {
  "educational-psychology-report": "Educational psychology report",
  "medical-report": "Medical report",
  "speech-and-language-report": "Speech and language therapy report",
  "occupational-therapy-report": "Occupational therapy report",
  "school-report": "School report",
  "individual-support-plan": "Support plan from the school",
  "social-care-report": "Social care report",
  other: "Other document",
} as const;

export const genderNames = {
  female: "Female",
  male: "Male",
  other: "Other",
  "prefer-not-to-say": "Prefer not to say",
} as const;

export const channelNames = {
  email: "Email",
  sms: "Text message (SMS)",
  both: "Email and text message",
} as const;

export const needAreaNames = {
  communicationAndInteraction: "Communication and interaction",
  cognitionAndLearning: "Cognition and learning",
  socialEmotionalMentalHealth: "Social, emotional and mental health",
  sensoryPhysical: "Sensory or physical needs",
} as const;
