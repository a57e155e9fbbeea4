/**
 * Arabic, written right to left.
 * MACHINE TRANSLATION, NOT REVIEWED BY A HUMAN TRANSLATOR: have an Arabic
 * speaker check it before families rely on it.
 */
import type { LanguageContent } from "./types";

export const ar: LanguageContent = {
  meta: { translation: "machine", reviewed: false },
  translation: {
    common: {
      language: {
        label: "اللغة",
        hint: "اختر لغة هذه الصفحات",
        change: "تغيير اللغة",
      },
      machineTranslation:
        "ترجم الحاسوب هذه الصفحة ولم يراجعها أحد بعد. إذا كان هناك شيء غير واضح، اختر الإنجليزية أو اسأل منسق EHC الخاص بك.",
      loading: "جارٍ التحميل",
      back: "رجوع",
    },
    messages: {
      title: "الرسائل",
      caption: "الحالة {{reference}}",
      intro:
        "اطرح سؤالًا على منسق EHC الخاص بك أو أجب عن سؤال. عندما تصل رسالة جديدة نخبرك بالبريد الإلكتروني أو برسالة نصية، حسب اختيارك.",
      staffIntro: "رسائل بين الأسرة والمجلس، والمدرسة إذا وافقت الأسرة.",
      empty: "لا توجد رسائل بعد.",
      author: {
        you: "أنت",
        family: "الأسرة",
        council: "منسق EHC",
        school: "المدرسة",
      },
      sentOn: "أُرسلت {{when}}",
      schoolIncluded: "يمكن للمدرسة قراءة الرسائل وإرسالها هنا.",
      schoolNotIncluded: "أنت والمجلس فقط يمكنكم قراءة هذه الرسائل.",
      form: {
        label: "رسالتك",
        hint: "لا ترسل مستندات هنا. يمكنك رفعها في صفحة حالتك.",
        submit: "إرسال الرسالة",
        empty: "اكتب رسالتك",
        tooLong: "يجب ألا تزيد رسالتك عن {{max}} حرف",
      },
      sent: "تم إرسال رسالتك",
      errorTitle: "هناك مشكلة",
      preferencesLink: "غيّر طريقة تواصلنا معك ومن يمكنه قراءة الرسائل",
      caseLink: "العودة إلى حالتك",
    },
    preferences: {
      title: "كيف نتواصل معك",
      caption: "الحالة {{reference}}",
      channel: {
        legend: "كيف نخبرك بالتغييرات والرسائل الجديدة؟",
        email: "البريد الإلكتروني",
        sms: "رسالة نصية",
        both: "البريد الإلكتروني ورسالة نصية",
      },
      language: {
        legend: "بأي لغة نكتب إليك؟",
        hint: "تبقى رسائل القرارات باللغة الإنجليزية، مع ملخص بلغتك.",
      },
      school: {
        legend: "هل يمكن للمدرسة قراءة الرسائل وإرسالها بشأن هذه الحالة؟",
        yes: "نعم، أضف المدرسة",
        no: "لا، أنا والمجلس فقط",
      },
      submit: "حفظ",
      saved: "تم حفظ اختياراتك",
    },
  },
};
