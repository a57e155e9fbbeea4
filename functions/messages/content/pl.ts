/**
 * Polish message content.
 * MACHINE TRANSLATION, NOT REVIEWED BY A HUMAN TRANSLATOR: have a Polish
 * speaker check it before it is used with families.
 */
import type { MessageContent } from "./types";

export const pl: MessageContent = {
  translation: { method: "machine", reviewed: false },
  notice:
    "To tłumaczenie wykonał komputer. Jeśli coś jest niejasne, obowiązuje poniższa wersja angielska.",
  signOff: "Zespół ds. oceny specjalnych potrzeb edukacyjnych (SEN Assessment Service)",
  templates: {
    "request-confirmation": {
      subject: "Otrzymaliśmy Twój wniosek: {reference}",
      lines: [
        "Otrzymaliśmy Twój wniosek o ocenę potrzeb w zakresie edukacji, zdrowia i opieki (EHC). Twój numer referencyjny to {reference}.",
        "Do {date} poinformujemy Cię, czy przeprowadzimy ocenę.",
        "Sprawdź, na jakim etapie jest wniosek: {link}",
      ],
      sms: "Otrzymaliśmy Twój wniosek o ocenę potrzeb EHC. Numer {reference}. Do {date} poinformujemy Cię, czy przeprowadzimy ocenę. {link}",
    },
    "decision-assess": {
      subject: "Przeprowadzimy ocenę: {reference}",
      lines: [
        "Zdecydowaliśmy się przeprowadzić ocenę potrzeb EHC w sprawie {reference}.",
        "Jeśli wydamy plan, ostateczny plan zostanie przygotowany do {date}.",
        "Więcej informacji: {link}",
      ],
      sms: "Przeprowadzimy ocenę potrzeb EHC w sprawie {reference}. {link}",
    },
    "decision-refuse": {
      subject: "Nasza decyzja w sprawie wniosku: {reference}",
      lines: [
        "Zdecydowaliśmy, że nie przeprowadzimy oceny potrzeb EHC w sprawie {reference}.",
        "Pismo z decyzją jest w języku angielskim. Podaje powody i wyjaśnia Twoje prawo do odwołania. Jeśli chcesz się odwołać, masz 2 miesiące na skontaktowanie się z doradcą ds. mediacji.",
        "Przeczytaj pismo: {link}",
      ],
      sms: "Podjęliśmy decyzję w sprawie {reference}. Przeczytaj pismo i informację o prawie do odwołania: {link}",
    },
    "reminder-family": {
      subject: "Termin na uwagi: {date}, sprawa {reference}",
      lines: [
        "Twoje uwagi do projektu planu EHC w sprawie {reference} należy przesłać do {date}.",
        "Jeśli potrzebujesz więcej czasu, skontaktuj się ze swoim koordynatorem EHC.",
        "Otwórz sprawę: {link}",
      ],
      sms: "Przypomnienie: uwagi do projektu planu EHC w sprawie {reference} należy przesłać do {date}. {link}",
    },
    "exception-applied": {
      subject: "Zmiana terminu: sprawa {reference}",
      lines: [
        "Zmieniliśmy termin w sprawie {reference}. W niektórych sytuacjach prawo pozwala na więcej czasu.",
        "Zobacz nowe terminy i powód zmiany: {link}",
      ],
      sms: "Zmienił się termin w sprawie {reference}. Zobacz nowe terminy: {link}",
    },
    "message-received": {
      subject: "Nowa wiadomość w sprawie {reference}",
      lines: [
        "Masz nową wiadomość w sprawie {reference}.",
        "Przeczytaj ją i odpowiedz: {link}",
      ],
      sms: "Masz nową wiadomość w sprawie {reference}. {link}",
    },
  },
};
