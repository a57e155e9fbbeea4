/**
 * Emails about advice. Like every message of the service they name the case
 * by its reference only, never the child.
 */
import { formatLongDate, type IsoDate } from "../../shared/dates";
import type { AdviceKind } from "../../shared/schemas/advice";
import { config } from "../commons/config";
import type { Rendered } from "../messages/templates";

const signOff = "SEN Assessment Service";

const kindNames: Record<AdviceKind, string> = {
  family: "your views, and your child's views",
  education: "educational advice",
  psychology: "psychological advice",
  health: "medical advice",
  "social-care": "social care advice",
  "preparing-for-adulthood": "advice on preparing for adulthood",
  other: "advice",
};

/** Names of the kinds of advice as staff read them. */
export const adviceKindTitles: Record<AdviceKind, string> = {
  family: "Views of the family",
  education: "Educational advice",
  psychology: "Psychological advice",
  health: "Medical advice",
  "social-care": "Social care advice",
  "preparing-for-adulthood": "Preparing for adulthood",
  other: "Other advice",
};

export function adviceLink(caseId: string, adviceId: string): string {
  return `${config.serviceUrl}/advice/${caseId}/${adviceId}`;
}

export interface AdviceRequestFacts {
  reference: string;
  caseId: string;
  adviceId: string;
  kind: AdviceKind;
  dueDate: IsoDate;
}

/** Asks an adviser for advice, with the link to the form and the due date (reg 8). */
export function adviceRequested(facts: AdviceRequestFacts): Rendered {
  const due = formatLongDate(facts.dueDate);
  const link = adviceLink(facts.caseId, facts.adviceId);
  return {
    template: "advice-requested",
    subject: `Advice requested for EHC needs assessment ${facts.reference}`,
    email: [
      `The council is carrying out an education, health and care (EHC) needs assessment, reference ${facts.reference}, and asks you for ${kindNames[facts.kind]}.`,
      "",
      `Please give it by ${due}. The law allows 6 weeks from the council's request.`,
      "",
      `Give your advice online and upload your full report: ${link}`,
      "",
      signOff,
    ].join("\n"),
    sms: `SEN Assessment Service: please give ${kindNames[facts.kind]} for ${facts.reference} by ${due}: ${link}`,
  };
}

export interface AdviceSubmittedFacts {
  reference: string;
  caseId: string;
  kind: AdviceKind;
  outstanding: number;
}

/** Tells the coordinator that advice arrived and how much is still missing. */
export function adviceSubmitted(facts: AdviceSubmittedFacts): Rendered {
  const remaining =
    facts.outstanding === 0
      ? "All the advice requested for this case has now been given."
      : `${facts.outstanding} piece${facts.outstanding === 1 ? "" : "s"} of advice still to come.`;
  return {
    template: "advice-submitted",
    subject: `Advice received for ${facts.reference}`,
    email: [
      `${adviceKindTitles[facts.kind]} has been given for case ${facts.reference}.`,
      "",
      remaining,
      "",
      `See the case: ${config.serviceUrl}/cases/${facts.caseId}`,
      "",
      signOff,
    ].join("\n"),
    sms: `SEN Assessment Service: advice received for ${facts.reference}. ${remaining}`,
  };
}
