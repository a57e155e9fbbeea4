/**
 * Somali message content.
 * MACHINE TRANSLATION, NOT REVIEWED BY A HUMAN TRANSLATOR: have a Somali
 * speaker check it before it is used with families.
 */
import type { MessageContent } from "./types";

export const so: MessageContent = {
  translation: { method: "machine", reviewed: false },
  notice:
    "Turjumaaddan waxaa sameeyay kombiyuutar. Haddii wax aan caddayn, nooca Ingiriisiga ee hoose ayaa ah kan la raacayo.",
  signOff: "Adeegga Qiimaynta SEN (SEN Assessment Service)",
  templates: {
    "request-confirmation": {
      subject: "Waxaan helnay codsigaaga: {reference}",
      lines: [
        "Waxaan helnay codsigaaga qiimaynta baahiyaha waxbarashada, caafimaadka iyo daryeelka (EHC). Lambarka tixraacaagu waa {reference}.",
        "Waxaan kuu sheegi doonaa ilaa {date} haddii aan samayn doono qiimayn.",
        "Arag halka uu marayo codsigaagu: {link}",
      ],
      sms: "Waxaan helnay codsigaaga qiimaynta baahiyaha EHC. Tixraac {reference}. Waxaan kuu sheegi doonaa ilaa {date} haddii aan qiimayn doono. {link}",
    },
    "decision-assess": {
      subject: "Waxaan samayn doonaa qiimayn: {reference}",
      lines: [
        "Waxaan go'aansannay inaan sameyno qiimaynta baahiyaha EHC ee kiiska {reference}.",
        "Haddii aan bixinno qorshe, qorshaha kama dambaysta ah waa in la diyaariyaa ilaa {date}.",
        "Wax badan ka akhri: {link}",
      ],
      sms: "Waxaan samayn doonaa qiimaynta baahiyaha EHC ee kiiska {reference}. {link}",
    },
    "decision-refuse": {
      subject: "Go'aankayaga codsigaaga: {reference}",
      lines: [
        "Waxaan go'aansannay inaanan samayn qiimaynta baahiyaha EHC ee kiiska {reference}.",
        "Warqadda go'aanku waa Ingiriisi. Waxay sharraxaysaa sababaha iyo xaqaaga racfaanka. Haddii aad rabto inaad racfaan qaadato, waxaad haysataa 2 bilood si aad ula xiriirto la-taliyaha dhexdhexaadinta.",
        "Akhri warqadda: {link}",
      ],
      sms: "Waxaan go'aan ka gaarnay kiiska {reference}. Akhri warqadda iyo xaqaaga racfaanka: {link}",
    },
    "reminder-family": {
      subject: "Faallooyinkaagu waxay ku eg yihiin {date}: kiiska {reference}",
      lines: [
        "Faallooyinkaaga ku saabsan qabyada qorshaha EHC ee kiiska {reference} waa in la soo diraa ilaa {date}.",
        "Haddii aad u baahan tahay waqti dheeri ah, la xiriir isuduwahaaga EHC.",
        "Fur kiiska: {link}",
      ],
      sms: "Xusuusin: faallooyinkaaga qabyada qorshaha EHC ee kiiska {reference} waa in la soo diraa ilaa {date}. {link}",
    },
    "exception-applied": {
      subject: "Taariikh ayaa isbeddeshay: kiiska {reference}",
      lines: [
        "Waxaan beddelnay taariikh ku jirta kiiska {reference}. Sharcigu wuxuu oggol yahay waqti dheeri ah xaaladaha qaarkood.",
        "Arag taariikhaha cusub iyo sababta: {link}",
      ],
      sms: "Taariikh ayaa isbeddeshay kiiska {reference}. Arag taariikhaha cusub: {link}",
    },
    "message-received": {
      subject: "Fariin cusub oo ku saabsan kiiska {reference}",
      lines: [
        "Waxaad heshay fariin cusub oo ku saabsan kiiska {reference}.",
        "Akhri oo ka jawaab: {link}",
      ],
      sms: "Waxaad heshay fariin cusub oo ku saabsan kiiska {reference}. {link}",
    },
  },
};
