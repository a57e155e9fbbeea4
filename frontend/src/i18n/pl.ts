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
    home: {
      hello: "Witaj, {{name}}",
      intro:
        "Poproś radę o ocenę potrzeb dziecka lub młodej osoby w zakresie planu edukacji, zdrowia i opieki (EHC) i śledź sprawę tutaj.",
      yourCases: "Twoje sprawy",
      casesCaption: "Sprawy, o które wnioskowałeś",
      start: "Rozpocznij nowy wniosek",
      unsentHeading: "Niewysłane wnioski",
      noUnsent: "Nie masz niewysłanych wniosków.",
    },
    case: {
      title: "Sprawa {{reference}}",
      caption: "Sprawa {{reference}}",
      back: "Wróć do swoich spraw",
      stageNow: "Na jakim etapie jest sprawa:",
      decisionTitle: "Decyzja",
      decidedAssess: "W dniu {{date}} zdecydowaliśmy się przeprowadzić ocenę.",
      decidedRefuse: "W dniu {{date}} zdecydowaliśmy, że nie przeprowadzimy oceny.",
      reasons: "Nasze powody: {{reasons}}",
      openLetter: "Otwórz pismo z decyzją",
      letterInEnglish: "Pismo z decyzją jest w języku angielskim.",
      letterFailed: "Nie udało się otworzyć pisma",
      whatHappens: "Co się wydarzy i kiedy",
      details: "Szczegóły sprawy",
      reference: "Numer referencyjny",
      received: "Data otrzymania wniosku",
      coordinator: "Twój koordynator",
      notGiven: "Jeszcze nie wyznaczono",
      school: "Szkoła",
      messages: "Wiadomości w tej sprawie",
      messagesHint: "Zadaj pytanie koordynatorowi i czytaj odpowiedzi.",
      rights: {
        heading: "Jeśli nie zgadzasz się z decyzją",
        right: "Masz prawo zakwestionować tę decyzję.",
        mediationHeading: "Mediacja",
        mediation:
          "Zanim złożysz odwołanie, musisz skontaktować się z doradcą ds. mediacji do <strong>{{deadline}}</strong>, czyli 2 miesiące od decyzji z dnia {{date}}. Mediacja jest bezpłatna. Nie musisz brać udziału w mediacji, ale do złożenia odwołania potrzebujesz zaświadczenia od doradcy.",
        appealHeading: "Odwołanie do trybunału",
        appeal:
          "Możesz odwołać się do Trybunału Pierwszej Instancji (Specjalne Potrzeby Edukacyjne i Niepełnosprawność). Odwołanie musisz złożyć w ciągu 2 miesięcy od decyzji lub w ciągu 1 miesiąca od otrzymania zaświadczenia o mediacji, jeśli ten termin jest późniejszy.",
        resolveHeading: "Pomoc w rozwiązaniu sporu",
        resolve:
          "W każdej chwili możesz poprosić nas o spotkanie w celu rozwiązania sporu. Jest bezpłatne i nie wpływa na Twoje prawo do odwołania.",
        adviceHeading: "Bezpłatne niezależne porady",
        advice:
          "Twoja lokalna służba informacji, porad i wsparcia SEND (SENDIASS) udziela bezpłatnych, poufnych porad i może pomóc Ci w mediacji lub odwołaniu.",
      },
    },
    stage: {
      deciding: "Decydujemy, czy przeprowadzić ocenę",
      assessing: "Ocena w toku",
      refused: "Bez oceny",
      drafting: "Przygotowanie projektu planu",
      panel: "Na posiedzeniu komisji",
      consultation: "Pytamy szkoły",
      final: "Plan ostateczny",
      closed: "Zamknięta",
      withdrawn: "Wycofana",
    },
    milestone: {
      "request-received": "Otrzymaliśmy wniosek",
      "decision-to-assess": "Decyzja, czy przeprowadzić ocenę",
      advice: "Opinie specjalistów",
      "decision-to-issue": "Decyzja, czy przygotować plan",
      "draft-plan": "Projekt planu i Twoje uwagi",
      consultation: "Pytamy szkoły",
      "final-plan": "Plan ostateczny",
      status: {
        done: "Zrobione",
        due: "W toku",
        overdue: "Opóźnione",
        "not-started": "Nie rozpoczęto",
        "not-needed": "Niepotrzebne",
      },
      dueBy: "Termin: {{date}}.",
      doneOn: "Zrobione: {{date}}.",
    },
    confirmation: {
      title: "Wniosek wysłany",
      referenceLabel: "Twój numer referencyjny",
      keep: "Zachowaj ten numer. Możesz go podać, kontaktując się z nami w sprawie wniosku.",
      next: "Co będzie dalej",
      received: "Otrzymaliśmy Twój wniosek w dniu <strong>{{date}}</strong>.",
      duplicate:
        "Być może mamy już wniosek dotyczący tego dziecka. Nasz zespół to sprawdzi i skontaktuje się z Tobą w ciągu 5 dni roboczych. Do tego czasu wniosek na stronie głównej ma status „Sprawdzany”.",
      duplicateDates:
        "Jeśli to nowy wniosek, otworzymy sprawę, a poniższe terminy nadal obowiązują, liczone od dnia jego otrzymania.",
      decisionBy: "Do <strong>{{date}}</strong> zdecydujemy, czy przeprowadzimy ocenę.",
      finalBy:
        "Jeśli przeprowadzimy ocenę i zdecydujemy się przygotować plan, plan ostateczny zostanie wydany do <strong>{{date}}</strong>.",
      law: "Prawo daje nam 6 tygodni na decyzję o ocenie i 20 tygodni na wydanie planu ostatecznego.",
      oldReport: "1 przesłany raport został napisany ponad 12 miesięcy temu.",
      oldReports:
        "Przesłane raporty ({{count}}) zostały napisane ponad 12 miesięcy temu.",
      newerReport: "Możemy poprosić o nowszy raport.",
      tellYou:
        "Za każdym razem, gdy coś się wydarzy, powiadomimy Cię e-mailem lub SMS-em.",
      follow: "Śledź swoją sprawę",
      copy: "Zobacz kopię swoich odpowiedzi",
      home: "Przejdź do strony głównej",
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
