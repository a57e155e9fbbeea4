/**
 * Somali.
 * MACHINE TRANSLATION, NOT REVIEWED BY A HUMAN TRANSLATOR: have a Somali
 * speaker check it before families rely on it.
 */
import type { LanguageContent } from "./types";

export const so: LanguageContent = {
  meta: { translation: "machine", reviewed: false },
  translation: {
    common: {
      language: {
        label: "Luqadda",
        hint: "Dooro luqadda boggaggan",
        change: "Beddel luqadda",
      },
      machineTranslation:
        "Boggan waxaa turjumay kombiyuutar, qofna weli ma hubin. Haddii wax aan caddayn, dooro Ingiriisi ama weydii isuduwahaaga EHC.",
      loading: "Waa la soo rarayaa",
      back: "Dib u noqo",
    },
    messages: {
      title: "Fariimaha",
      caption: "Kiiska {{reference}}",
      intro:
        "Weydii isuduwahaaga EHC su'aal, ama ka jawaab mid. Marka fariin cusub timaado waxaan kugu soo ogeysiin doonaa iimayl ama fariin qoraal ah, sida aad dooratay.",
      staffIntro:
        "Fariimaha u dhexeeya qoyska, golaha iyo, haddii qoysku oggolaado, dugsiga.",
      empty: "Weli ma jiraan fariimo.",
      author: {
        you: "Adiga",
        family: "Qoyska",
        council: "Isuduwaha EHC",
        school: "Dugsiga",
      },
      sentOn: "La diray {{when}}",
      schoolIncluded: "Dugsigu halkan wuu akhrin karaa oo wuu soo diri karaa fariimo.",
      schoolNotIncluded: "Adiga iyo golaha oo keliya ayaa akhrin kara fariimahan.",
      form: {
        label: "Fariintaada",
        hint: "Halkan ha ku soo dirin dukumentiyo. Waxaad ku soo gelin kartaa bogga kiiskaaga.",
        submit: "Dir fariinta",
        empty: "Qor fariintaada",
        tooLong: "Fariintaadu waa inay ahaataa {{max}} xaraf ama ka yar",
      },
      sent: "Fariintaada waa la diray",
      errorTitle: "Dhibaato ayaa jirta",
      preferencesLink: "Beddel sida aan kula xiriirno iyo cidda akhrin karta fariimaha",
      caseLink: "Ku noqo kiiskaaga",
    },
    preferences: {
      title: "Sida aan kula xiriirno",
      caption: "Kiiska {{reference}}",
      channel: {
        legend: "Sidee baan kuugu sheegnaa isbeddellada iyo fariimaha cusub?",
        email: "Iimayl",
        sms: "Fariin qoraal ah",
        both: "Iimayl iyo fariin qoraal ah",
      },
      language: {
        legend: "Luqaddee baan kuugu qornaa?",
        hint: "Warqadaha go'aannada waxay ahaanayaan Ingiriisi, oo leh soo koobid luqaddaada ah.",
      },
      school: {
        legend: "Dugsigu ma akhrin karaa oo ma soo diri karaa fariimaha kiiskan?",
        yes: "Haa, ku dar dugsiga",
        no: "Maya, aniga iyo golaha oo keliya",
      },
      submit: "Kaydi",
      saved: "Doorashooyinkaaga waa la kaydiyay",
    },
  },
};
