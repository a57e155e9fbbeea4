/**
 * Polish.
 * MACHINE TRANSLATION, NOT REVIEWED BY A HUMAN TRANSLATOR: have a Polish
 * speaker check it before families rely on it.
 */
import type { LanguageContent } from "./types";

export const pl: LanguageContent = {
  meta: { translation: "machine", reviewed: false },
  translation: {
    common: {
      language: {
        label: "Język",
        hint: "Wybierz język tych stron",
        change: "Zmień język",
      },
      machineTranslation:
        "Tę stronę przetłumaczył komputer i nikt jeszcze tego nie sprawdził. Jeśli coś jest niejasne, wybierz język angielski lub zapytaj swojego koordynatora EHC.",
      loading: "Ładowanie",
      back: "Wstecz",
    },
    messages: {
      title: "Wiadomości",
      caption: "Sprawa {{reference}}",
      intro:
        "Zadaj pytanie swojemu koordynatorowi EHC lub odpowiedz na pytanie. Gdy pojawi się nowa wiadomość, powiadomimy Cię e-mailem lub SMS-em, tak jak wybrałeś.",
      staffIntro: "Wiadomości między rodziną, radą i, jeśli rodzina się zgodzi, szkołą.",
      empty: "Nie ma jeszcze żadnych wiadomości.",
      author: {
        you: "Ty",
        family: "Rodzina",
        council: "Koordynator EHC",
        school: "Szkoła",
      },
      sentOn: "Wysłano {{when}}",
      schoolIncluded: "Szkoła może czytać i wysyłać tutaj wiadomości.",
      schoolNotIncluded: "Tylko Ty i rada możecie czytać te wiadomości.",
      form: {
        label: "Twoja wiadomość",
        hint: "Nie wysyłaj tutaj dokumentów. Możesz je przesłać na stronie swojej sprawy.",
        submit: "Wyślij wiadomość",
        empty: "Wpisz swoją wiadomość",
        tooLong: "Twoja wiadomość może mieć najwyżej {{max}} znaków",
      },
      sent: "Twoja wiadomość została wysłana",
      errorTitle: "Wystąpił problem",
      preferencesLink: "Zmień sposób kontaktu i to, kto może czytać wiadomości",
      caseLink: "Wróć do swojej sprawy",
    },
    preferences: {
      title: "Jak się z Tobą kontaktujemy",
      caption: "Sprawa {{reference}}",
      channel: {
        legend: "Jak mamy informować Cię o zmianach i nowych wiadomościach?",
        email: "E-mail",
        sms: "SMS",
        both: "E-mail i SMS",
      },
      language: {
        legend: "W jakim języku mamy do Ciebie pisać?",
        hint: "Pisma z decyzjami pozostają w języku angielskim, ze streszczeniem w Twoim języku.",
      },
      school: {
        legend: "Czy szkoła może czytać i wysyłać wiadomości w tej sprawie?",
        yes: "Tak, uwzględnij szkołę",
        no: "Nie, tylko ja i rada",
      },
      submit: "Zapisz",
      saved: "Twoje wybory zostały zapisane",
    },
  },
};
