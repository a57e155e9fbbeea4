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
    home: {
      hello: "مرحبًا، {{name}}",
      intro:
        "اطلب من المجلس تقييم طفل أو شاب للحصول على خطة التعليم والصحة والرعاية (EHC)، وتابع الحالة هنا.",
      yourCases: "حالاتك",
      casesCaption: "الحالات التي طلبتها",
      start: "ابدأ طلبًا جديدًا",
      unsentHeading: "طلبات لم ترسلها",
      noUnsent: "ليست لديك طلبات غير مرسلة.",
    },
    case: {
      title: "الحالة {{reference}}",
      caption: "الحالة {{reference}}",
      back: "العودة إلى حالاتك",
      stageNow: "أين وصلت الحالة الآن:",
      decisionTitle: "القرار",
      decidedAssess: "قررنا في {{date}} إجراء التقييم.",
      decidedRefuse: "قررنا في {{date}} عدم إجراء التقييم.",
      reasons: "أسبابنا: {{reasons}}",
      openLetter: "افتح رسالة القرار",
      letterInEnglish: "رسالة القرار باللغة الإنجليزية.",
      letterFailed: "تعذر فتح الرسالة",
      whatHappens: "ماذا يحدث ومتى",
      details: "تفاصيل الحالة",
      reference: "الرقم المرجعي",
      received: "تاريخ استلام الطلب",
      coordinator: "منسقك",
      notGiven: "لم يُحدد بعد",
      school: "المدرسة",
      messages: "الرسائل بشأن هذه الحالة",
      messagesHint: "اطرح سؤالًا على منسقك واقرأ ردوده.",
      rights: {
        heading: "إذا كنت لا توافق على القرار",
        right: "لديك الحق في الطعن في هذا القرار.",
        mediationHeading: "الوساطة",
        mediation:
          "قبل أن تتمكن من الاستئناف، يجب أن تتواصل مع مستشار الوساطة بحلول <strong>{{deadline}}</strong>، أي بعد شهرين من القرار الصادر في {{date}}. الوساطة مجانية. لست مضطرًا للمشاركة في الوساطة، لكنك تحتاج إلى شهادة من المستشار لتقديم الاستئناف.",
        appealHeading: "الاستئناف أمام المحكمة",
        appeal:
          "يمكنك الاستئناف أمام محكمة الدرجة الأولى (الاحتياجات التعليمية الخاصة والإعاقة). يجب أن تستأنف خلال شهرين من القرار، أو خلال شهر واحد من حصولك على شهادة الوساطة إذا كان ذلك لاحقًا.",
        resolveHeading: "المساعدة في حل الخلاف",
        resolve:
          "يمكنك أن تطلب منا اجتماعًا لحل الخلاف في أي وقت. وهو مجاني ولا يؤثر على حقك في الاستئناف.",
        adviceHeading: "مشورة مستقلة مجانية",
        advice:
          "تقدم خدمة المعلومات والمشورة والدعم المحلية للاحتياجات التعليمية الخاصة والإعاقة (SENDIASS) مشورة مجانية وسرية، ويمكنها مساعدتك خلال الوساطة أو الاستئناف.",
      },
    },
    stage: {
      deciding: "نقرر ما إذا كنا سنجري التقييم",
      assessing: "التقييم جارٍ",
      refused: "لا تقييم",
      drafting: "كتابة مسودة الخطة",
      panel: "أمام اللجنة",
      consultation: "نسأل المدارس",
      final: "الخطة النهائية",
      closed: "مغلقة",
      withdrawn: "مسحوبة",
    },
    milestone: {
      "request-received": "استلمنا الطلب",
      "decision-to-assess": "قرار إجراء التقييم",
      advice: "مشورة المختصين",
      "decision-to-issue": "قرار كتابة خطة",
      "draft-plan": "مسودة الخطة وملاحظاتك",
      consultation: "نسأل المدارس",
      "final-plan": "الخطة النهائية",
      status: {
        done: "تم",
        due: "جارٍ",
        overdue: "متأخر",
        "not-started": "لم يبدأ",
        "not-needed": "غير مطلوب",
      },
      dueBy: "الموعد: {{date}}.",
      doneOn: "تم في {{date}}.",
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
