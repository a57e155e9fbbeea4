/**
 * Urdu, written right to left.
 * MACHINE TRANSLATION, NOT REVIEWED BY A HUMAN TRANSLATOR: have an Urdu
 * speaker check it before families rely on it.
 */
import type { LanguageContent } from "./types";

export const ur: LanguageContent = {
  meta: { translation: "machine", reviewed: false },
  translation: {
    common: {
      language: {
        label: "زبان",
        hint: "ان صفحات کی زبان منتخب کریں",
        change: "زبان تبدیل کریں",
      },
      machineTranslation:
        "اس صفحے کا ترجمہ کمپیوٹر نے کیا ہے اور ابھی کسی نے اسے نہیں جانچا۔ اگر کوئی بات واضح نہ ہو تو انگریزی منتخب کریں یا اپنے EHC کوآرڈینیٹر سے پوچھیں۔",
      loading: "لوڈ ہو رہا ہے",
      back: "واپس",
    },
    messages: {
      title: "پیغامات",
      caption: "کیس {{reference}}",
      intro:
        "اپنے EHC کوآرڈینیٹر سے سوال پوچھیں یا کسی سوال کا جواب دیں۔ جب کوئی نیا پیغام آئے گا تو ہم آپ کو آپ کی پسند کے مطابق ای میل یا ٹیکسٹ میسج سے بتائیں گے۔",
      staffIntro: "خاندان، کونسل اور، اگر خاندان راضی ہو تو، اسکول کے درمیان پیغامات۔",
      empty: "ابھی کوئی پیغام نہیں ہے۔",
      author: {
        you: "آپ",
        family: "خاندان",
        council: "EHC کوآرڈینیٹر",
        school: "اسکول",
      },
      sentOn: "بھیجا گیا {{when}}",
      schoolIncluded: "اسکول یہاں پیغامات پڑھ اور بھیج سکتا ہے۔",
      schoolNotIncluded: "صرف آپ اور کونسل یہ پیغامات پڑھ سکتے ہیں۔",
      form: {
        label: "آپ کا پیغام",
        hint: "یہاں دستاویزات نہ بھیجیں۔ آپ انہیں اپنے کیس کے صفحے پر اپ لوڈ کر سکتے ہیں۔",
        submit: "پیغام بھیجیں",
        empty: "اپنا پیغام لکھیں",
        tooLong: "آپ کا پیغام {{max}} حروف یا اس سے کم ہونا چاہیے",
      },
      sent: "آپ کا پیغام بھیج دیا گیا ہے",
      errorTitle: "ایک مسئلہ ہے",
      preferencesLink:
        "ہم آپ سے کیسے رابطہ کریں اور پیغامات کون پڑھ سکتا ہے، یہ تبدیل کریں",
      caseLink: "اپنے کیس پر واپس جائیں",
    },
    preferences: {
      title: "ہم آپ سے کیسے رابطہ کرتے ہیں",
      caption: "کیس {{reference}}",
      channel: {
        legend: "ہم آپ کو تبدیلیوں اور نئے پیغامات کے بارے میں کیسے بتائیں؟",
        email: "ای میل",
        sms: "ٹیکسٹ میسج",
        both: "ای میل اور ٹیکسٹ میسج",
      },
      language: {
        legend: "ہم آپ کو کس زبان میں لکھیں؟",
        hint: "فیصلوں کے خطوط انگریزی میں رہتے ہیں، آپ کی زبان میں خلاصے کے ساتھ۔",
      },
      school: {
        legend: "کیا اسکول اس کیس کے بارے میں پیغامات پڑھ اور بھیج سکتا ہے؟",
        yes: "ہاں، اسکول کو شامل کریں",
        no: "نہیں، صرف میں اور کونسل",
      },
      submit: "محفوظ کریں",
      saved: "آپ کے انتخاب محفوظ ہو گئے ہیں",
    },
  },
};
