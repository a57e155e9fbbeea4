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
