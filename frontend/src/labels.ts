/** Plain-English names for the values the API uses. */
import type { Role } from "../../shared/roles";
import type { CaseStage } from "../../shared/schemas/case";
import type { TagColour } from "./components/page";

export const roleNames: Record<Role, string> = {
  parent: "parent or carer",
  "young-person": "young person",
  school: "school",
  specialist: "specialist",
  "business-support": "business support",
  coordinator: "EHC coordinator",
  "panel-member": "panel member",
  manager: "manager",
  finance: "finance",
  supporter: "independent adviser",
};

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
