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
    home: {
      hello: "Soo dhawoow, {{name}}",
      intro:
        "Ka codso golaha inuu qiimeeyo ilmo ama qof dhallinyaro ah si loogu sameeyo qorshe waxbarasho, caafimaad iyo daryeel (EHC), oo halkan kala soco kiiska.",
      yourCases: "Kiisaskaaga",
      casesCaption: "Kiisaska aad codsatay",
      start: "Bilow codsi cusub",
      unsentHeading: "Codsiyada aadan dirin",
      noUnsent: "Ma haysatid codsiyo aan la dirin.",
    },
    case: {
      title: "Kiiska {{reference}}",
      caption: "Kiiska {{reference}}",
      back: "Ku noqo kiisaskaaga",
      stageNow: "Halka uu kiisku hadda marayo:",
      decisionTitle: "Go'aanka",
      decidedAssess: "Waxaan go'aansannay {{date}} inaan sameyno qiimayn.",
      decidedRefuse: "Waxaan go'aansannay {{date}} inaanan samayn qiimayn.",
      reasons: "Sababahayaga: {{reasons}}",
      openLetter: "Fur warqadda go'aanka",
      letterInEnglish: "Warqadda go'aanku waa Ingiriisi.",
      letterFailed: "Warqadda lama furi karin",
      whatHappens: "Waxa dhacaya iyo goorta",
      details: "Faahfaahinta kiiska",
      reference: "Tixraac",
      received: "Codsiga la helay",
      coordinator: "Isuduwahaaga",
      notGiven: "Weli lama magacaabin",
      school: "Dugsiga",
      messages: "Fariimaha kiiskan",
      messagesHint: "Weydii isuduwahaaga su'aal oo akhri jawaabahooda.",
      rights: {
        heading: "Haddii aadan ku raacsanayn go'aanka",
        right: "Waxaad xaq u leedahay inaad ka doodo go'aankan.",
        mediationHeading: "Dhexdhexaadin",
        mediation:
          "Ka hor intaadan racfaan qaadan, waa inaad la xiriirtaa la-taliyaha dhexdhexaadinta ilaa <strong>{{deadline}}</strong>, 2 bilood kadib go'aanka {{date}}. Dhexdhexaadintu waa bilaash. Kama qayb gelin kartid haddii aadan rabin, laakiin waxaad u baahan tahay shahaado la-taliyaha si aad racfaan u qaadato.",
        appealHeading: "Racfaan u qaado maxkamadda",
        appeal:
          "Waxaad racfaan u qaadan kartaa Maxkamadda Heerka Koowaad (Baahiyaha Waxbarasho ee Gaarka ah iyo Naafonimada). Waa inaad racfaan qaadataa 2 bilood gudahood go'aanka, ama 1 bil gudaheed markaad hesho shahaadada dhexdhexaadinta haddii taasi dambayso.",
        resolveHeading: "Caawimaad lagu xallinayo khilaaf",
        resolve:
          "Waqti kasta waxaad naga codsan kartaa kulan lagu xallinayo khilaafka. Waa bilaash mana saameynayo xaqaaga racfaanka.",
        adviceHeading: "Talo madax-bannaan oo bilaash ah",
        advice:
          "Adeegga Macluumaadka, Talada iyo Taageerada SEND ee deegaankaaga (SENDIASS) wuxuu bixiyaa talo bilaash ah oo qarsoodi ah, wuxuuna kaa caawin karaa dhexdhexaadinta ama racfaanka.",
      },
    },
    stage: {
      deciding: "Go'aaminta in la qiimeeyo",
      assessing: "Qiimayn socota",
      refused: "Qiimayn lama samaynayo",
      drafting: "Qorista qabyada qorshaha",
      panel: "Guddiga",
      consultation: "Weydiinta dugsiyada",
      final: "Qorshaha kama dambaysta ah",
      closed: "La xiray",
      withdrawn: "La laabtay",
    },
    milestone: {
      "request-received": "Waxaan helnay codsiga",
      "decision-to-assess": "Go'aanka in la qiimeeyo",
      advice: "Talada xirfadlayaasha",
      "decision-to-issue": "Go'aanka in la qoro qorshe",
      "draft-plan": "Qabyada qorshaha iyo faallooyinkaaga",
      consultation: "Weydiinta dugsiyada",
      "final-plan": "Qorshaha kama dambaysta ah",
      status: {
        done: "La dhammeeyay",
        due: "Socda",
        overdue: "Dib u dhacay",
        "not-started": "Lama bilaabin",
        "not-needed": "Looma baahna",
      },
      dueBy: "Waqtiga: {{date}}.",
      doneOn: "La dhammeeyay: {{date}}.",
    },
    confirmation: {
      title: "Codsiga waa la diray",
      referenceLabel: "Lambarka tixraacaaga",
      keep: "Hayso tixraacan. Waad isticmaali kartaa haddii aad nagala soo xiriirto codsiga.",
      next: "Waxa xiga",
      received: "Waxaan helnay codsigaaga <strong>{{date}}</strong>.",
      duplicate:
        "Waxaa laga yaabaa inaan horay u haysanno codsi ku saabsan ilmahan. Kooxdayadu way hubin doontaa waxayna kula soo xiriiri doontaa 5 maalmood oo shaqo gudahood. Ilaa markaas codsigaagu wuxuu bogga hore ka muuqanayaa “Waa la hubinayaa”.",
      duplicateDates:
        "Haddii uu yahay codsi cusub, waxaan furi doonnaa kiis, taariikhaha hoosena way shaqaynayaan, laga bilaabo maalintii aan helnay.",
      decisionBy:
        "Waxaan go'aamin doonnaa ilaa <strong>{{date}}</strong> haddii aan samayn doono qiimayn.",
      finalBy:
        "Haddii aan qiimayn sameyno oo aan go'aansanno inaan qorno qorshe, qorshaha kama dambaysta ahi wuxuu ku eg yahay <strong>{{date}}</strong>.",
      law: "Sharcigu wuxuu na siinayaa 6 toddobaad si aan u go'aamino qiimaynta, iyo 20 toddobaad si aan u bixinno qorshaha kama dambaysta ah.",
      oldReport:
        "1 warbixin oo aad soo dirtay waxaa la qoray in ka badan 12 bilood ka hor.",
      oldReports:
        "{{count}} warbixinood oo aad soo dirtay waxaa la qoray in ka badan 12 bilood ka hor.",
      newerReport: "Waxaa laga yaabaa inaan ku weydiinno warbixin ka cusub.",
      tellYou:
        "Waxaan kuugu sheegi doonnaa iimayl ama fariin qoraal ah mar kasta oo wax dhacaan.",
      follow: "La soco kiiskaaga",
      copy: "Arag nuqul jawaabahaaga",
      home: "Tag boggaaga hore",
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
