/**
 * English: the complete set of text for the family-facing screens, and the
 * fallback for every other language. Reviewed by the service team.
 * Placeholders in double braces, such as {{reference}}, are filled in by i18next.
 */
export const en = {
  common: {
    language: {
      label: "Language",
      hint: "Choose the language for these pages",
      change: "Change language",
    },
    machineTranslation:
      "A computer translated this page and nobody has checked it yet. If anything is unclear, choose English or ask your EHC coordinator.",
    loading: "Loading",
    back: "Back",
  },
  messages: {
    title: "Messages",
    caption: "Case {{reference}}",
    intro:
      "Ask your EHC coordinator a question, or answer one. When there is a new message we tell you by email or text message, in the way you chose.",
    staffIntro:
      "Messages between the family, the council and, if the family agrees, the school.",
    empty: "There are no messages yet.",
    author: {
      you: "You",
      family: "The family",
      council: "EHC coordinator",
      school: "The school",
    },
    sentOn: "Sent {{when}}",
    schoolIncluded: "The school can read and send messages here.",
    schoolNotIncluded: "Only you and the council can read these messages.",
    form: {
      label: "Your message",
      hint: "Do not send documents here. You can upload them on your case page.",
      submit: "Send message",
      empty: "Enter your message",
      tooLong: "Your message must be {{max}} characters or fewer",
    },
    sent: "Your message has been sent",
    errorTitle: "There is a problem",
    preferencesLink: "Change how we contact you and who can see messages",
    caseLink: "Back to your case",
  },
  home: {
    hello: "Hello, {{name}}",
    intro:
      "Ask the council to assess a child or young person for an Education, Health and Care (EHC) plan, and follow the case here.",
    yourCases: "Your cases",
    casesCaption: "Cases you asked for",
    start: "Start a new request",
    unsentHeading: "Requests you have not sent",
    noUnsent: "You have no unsent requests.",
  },
  case: {
    title: "Case {{reference}}",
    caption: "Case {{reference}}",
    back: "Back to your cases",
    stageNow: "Where the case is now:",
    decisionTitle: "Decision",
    decidedAssess: "We decided on {{date}} to carry out an assessment.",
    decidedRefuse: "We decided on {{date}} not to carry out an assessment.",
    reasons: "Our reasons: {{reasons}}",
    openLetter: "Open the decision letter",
    letterInEnglish: "The decision letter is in English.",
    letterFailed: "The letter could not be opened",
    whatHappens: "What happens and when",
    details: "Case details",
    reference: "Reference",
    received: "Request received",
    coordinator: "Your coordinator",
    notGiven: "Not given yet",
    school: "School",
    messages: "Messages about this case",
    messagesHint: "Ask your coordinator a question and read their replies.",
    rights: {
      heading: "If you disagree with the decision",
      right: "You have the right to challenge this decision.",
      mediationHeading: "Mediation",
      mediation:
        "Before you can appeal, you must contact a mediation adviser by <strong>{{deadline}}</strong>, 2 months after the decision on {{date}}. Mediation is free. You do not have to take part in mediation, but you need a certificate from the adviser to appeal.",
      appealHeading: "Appeal to the tribunal",
      appeal:
        "You can appeal to the First-tier Tribunal (Special Educational Needs and Disability). You must appeal within 2 months of the decision, or within 1 month of getting the mediation certificate if that is later.",
      resolveHeading: "Help to resolve a disagreement",
      resolve:
        "You can ask for a disagreement resolution meeting with us at any time. It is free and does not affect your right to appeal.",
      adviceHeading: "Free independent advice",
      advice:
        "Your local SEND Information, Advice and Support Service (SENDIASS) gives free, confidential advice and can help you through mediation or an appeal.",
    },
  },
  stage: {
    deciding: "Deciding whether to assess",
    assessing: "Assessing",
    refused: "Not assessing",
    drafting: "Writing the draft plan",
    panel: "At panel",
    consultation: "Asking schools",
    final: "Final plan",
    closed: "Closed",
    withdrawn: "Withdrawn",
  },
  milestone: {
    "request-received": "We received the request",
    "decision-to-assess": "Decision whether to assess",
    advice: "Advice from professionals",
    "decision-to-issue": "Decision whether to write a plan",
    "draft-plan": "Draft plan and your comments",
    consultation: "Asking schools",
    "final-plan": "Final plan",
    status: {
      done: "Done",
      due: "In progress",
      overdue: "Late",
      "not-started": "Not started",
      "not-needed": "Not needed",
    },
    dueBy: "Due by {{date}}.",
    doneOn: "Done on {{date}}.",
  },
  confirmation: {
    title: "Request sent",
    referenceLabel: "Your reference number",
    keep: "Keep this reference. You can use it if you contact us about the request.",
    next: "What happens next",
    received: "We received your request on <strong>{{date}}</strong>.",
    duplicate:
      "We may already have a request for this child. Our team will check this and contact you within 5 working days. Your request shows as “Being checked” on your home page until then.",
    duplicateDates:
      "If it is a new request, we will open a case and the dates below still apply, counted from the day we received it.",
    decisionBy:
      "We will decide whether to carry out an assessment by <strong>{{date}}</strong>.",
    finalBy:
      "If we carry out an assessment and decide to write a plan, the final plan is due by <strong>{{date}}</strong>.",
    law: "The law gives us 6 weeks to decide whether to assess, and 20 weeks to issue a final plan.",
    oldReport: "1 report you sent was written more than 12 months ago.",
    oldReports: "{{count}} reports you sent were written more than 12 months ago.",
    newerReport: "We may ask for a newer report.",
    tellYou: "We will tell you by email or text message each time something happens.",
    follow: "Follow your case",
    copy: "See a copy of your answers",
    home: "Go to your home page",
  },
  preferences: {
    title: "How we contact you",
    caption: "Case {{reference}}",
    channel: {
      legend: "How should we tell you about changes and new messages?",
      email: "Email",
      sms: "Text message",
      both: "Email and text message",
    },
    language: {
      legend: "Which language should we write to you in?",
      hint: "Letters about decisions stay in English, with a summary in your language.",
    },
    school: {
      legend: "Can the school read and send messages about this case?",
      yes: "Yes, include the school",
      no: "No, only me and the council",
    },
    submit: "Save",
    saved: "Your choices have been saved",
  },
};

export type Translation = typeof en;
