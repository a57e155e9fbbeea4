/**
 * Every email and SMS the service sends, in plain English. Messages name the
 * case by its reference only: never the child's name, date of birth or
 * needs, because email and SMS can be read by anyone with access to the phone
 * or the inbox.
 */
import { formatLongDate, type IsoDate } from "../../shared/dates";
import { config } from "../commons/config";

export interface Rendered {
  template: string;
  subject: string;
  email: string;
  sms: string;
  /**
   * The only facts a translation may show. Set on family-facing templates,
   * which `localise` translates; staff templates leave it out and stay in English.
   */
  translation?: { reference: string; link: string; date?: IsoDate };
}

const signOff = "SEN Assessment Service";

export function caseLink(caseId?: string): string {
  return caseId ? `${config.serviceUrl}/cases/${caseId}` : `${config.serviceUrl}/cases`;
}

export interface ConfirmationFacts {
  reference: string;
  caseId?: string;
  receivedDate: IsoDate;
  decisionToAssessDue: IsoDate;
  finalPlanDue: IsoDate;
  possibleDuplicate: boolean;
}

/** Confirms a request to the family or school that sent it. */
export function requestConfirmation(facts: ConfirmationFacts): Rendered {
  const decisionBy = formatLongDate(facts.decisionToAssessDue);
  const finalBy = formatLongDate(facts.finalPlanDue);
  const checking = facts.possibleDuplicate
    ? [
        "We already have an open case that may be for the same child or young person.",
        "We will check this and contact you if we need anything else.",
        "",
      ]
    : [];

  return {
    template: "request-confirmation",
    subject: `We have received your request: ${facts.reference}`,
    email: [
      `We received your request for an education, health and care (EHC) needs assessment on ${formatLongDate(facts.receivedDate)}.`,
      "",
      `Your reference is ${facts.reference}. Use it if you contact us.`,
      "",
      ...checking,
      "What happens next",
      "",
      "An EHC coordinator will look at the request and the evidence you sent.",
      `We will tell you whether we will carry out an assessment by ${decisionBy}.`,
      `If we assess and decide to issue a plan, the final plan is due by ${finalBy}.`,
      "",
      `You can see where the request is at any time: ${caseLink(facts.caseId)}`,
      "",
      signOff,
    ].join("\n"),
    sms: `We have received your request for an EHC needs assessment. Reference ${facts.reference}. We will tell you whether we will assess by ${decisionBy}. Track it at ${caseLink(facts.caseId)}`,
    translation: {
      reference: facts.reference,
      link: caseLink(facts.caseId),
      date: facts.decisionToAssessDue,
    },
  };
}

export interface AllocationFacts {
  reference: string;
  caseId: string;
  decisionToAssessDue: IsoDate;
}

/** Tells a coordinator that a case is now theirs. */
export function caseAllocated(facts: AllocationFacts): Rendered {
  const decisionBy = formatLongDate(facts.decisionToAssessDue);
  return {
    template: "case-allocated",
    subject: `Case allocated to you: ${facts.reference}`,
    email: [
      `Case ${facts.reference} has been allocated to you.`,
      "",
      `The decision whether to assess is due by ${decisionBy}.`,
      "",
      `Open the case: ${caseLink(facts.caseId)}`,
      "",
      signOff,
    ].join("\n"),
    sms: `Case ${facts.reference} has been allocated to you. Decision due by ${decisionBy}.`,
  };
}

export interface DecisionFacts {
  reference: string;
  caseId: string;
  outcome: "assess" | "refuse";
  decidedOn: IsoDate;
  finalPlanDue: IsoDate;
}

/** Tells the family and the school the decision whether to assess (reg 5). */
export function decisionMade(facts: DecisionFacts): Rendered {
  const link = caseLink(facts.caseId);

  if (facts.outcome === "assess") {
    const finalBy = formatLongDate(facts.finalPlanDue);
    return {
      template: "decision-assess",
      subject: `We will carry out an assessment: ${facts.reference}`,
      email: [
        `We have decided to carry out an education, health and care (EHC) needs assessment for case ${facts.reference}.`,
        "",
        "What happens next",
        "",
        "We will ask professionals for their advice. They have 6 weeks to send it.",
        `If we issue a plan, the final plan is due by ${finalBy}.`,
        "",
        `Read the decision and see the dates: ${link}`,
        "",
        signOff,
      ].join("\n"),
      sms: `We will carry out an EHC needs assessment for case ${facts.reference}. Read more at ${link}`,
      translation: { reference: facts.reference, link, date: facts.finalPlanDue },
    };
  }

  return {
    template: "decision-refuse",
    subject: `Our decision on your request: ${facts.reference}`,
    email: [
      `We have decided not to carry out an education, health and care (EHC) needs assessment for case ${facts.reference}.`,
      "",
      "Our letter gives the reasons and explains your right to appeal, mediation and where to get free, independent advice.",
      "",
      `Read the letter: ${link}`,
      "",
      "You have 2 months from the date of the decision to contact a mediation adviser if you want to appeal.",
      "",
      signOff,
    ].join("\n"),
    sms: `We have made a decision on case ${facts.reference}. Read the letter and your right to appeal at ${link}`,
    translation: { reference: facts.reference, link },
  };
}

export interface MessageReceivedFacts {
  reference: string;
  caseId: string;
  /** Who wrote the message: "your EHC coordinator", "the family" or "the school". */
  from: string;
}

/**
 * Tells someone on the case that a new message is waiting in the message
 * centre. The message itself stays in the service, because it may describe
 * the child.
 */
export function messageReceived(facts: MessageReceivedFacts): Rendered {
  const link = `${caseLink(facts.caseId)}/messages`;
  return {
    template: "message-received",
    subject: `New message about case ${facts.reference}`,
    email: [
      `You have a new message from ${facts.from} about case ${facts.reference}.`,
      "",
      "For your privacy the message is not in this email. Sign in to read it and reply.",
      "",
      `Read the message: ${link}`,
      "",
      signOff,
    ].join("\n"),
    sms: `You have a new message about case ${facts.reference}. Read it at ${link}`,
    translation: { reference: facts.reference, link },
  };
}
