/**
 * Arabic message content, written right to left.
 * MACHINE TRANSLATION, NOT REVIEWED BY A HUMAN TRANSLATOR: have an Arabic
 * speaker check it before it is used with families.
 */
import type { MessageContent } from "./types";

export const ar: MessageContent = {
  translation: { method: "machine", reviewed: false },
  notice:
    "تمت هذه الترجمة بواسطة الحاسوب. إذا كان هناك شيء غير واضح، فالنسخة الإنجليزية أدناه هي المعتمدة.",
  signOff: "خدمة تقييم الاحتياجات التعليمية الخاصة (SEN Assessment Service)",
  templates: {
    "request-confirmation": {
      subject: "لقد استلمنا طلبك: {reference}",
      lines: [
        "لقد استلمنا طلبك لتقييم الاحتياجات التعليمية والصحية والرعاية (EHC). الرقم المرجعي لطلبك هو {reference}.",
        "سنخبرك بحلول {date} ما إذا كنا سنجري التقييم.",
        "تابع حالة طلبك: {link}",
      ],
      sms: "لقد استلمنا طلبك لتقييم احتياجات EHC. الرقم المرجعي {reference}. سنخبرك بحلول {date} ما إذا كنا سنجري التقييم. {link}",
    },
    "decision-assess": {
      subject: "سنجري التقييم: {reference}",
      lines: [
        "قررنا إجراء تقييم احتياجات EHC للحالة {reference}.",
        "إذا أصدرنا خطة، فموعد الخطة النهائية هو {date}.",
        "اقرأ المزيد: {link}",
      ],
      sms: "سنجري تقييم احتياجات EHC للحالة {reference}. {link}",
    },
    "decision-refuse": {
      subject: "قرارنا بشأن طلبك: {reference}",
      lines: [
        "قررنا عدم إجراء تقييم احتياجات EHC للحالة {reference}.",
        "رسالة القرار باللغة الإنجليزية. وهي توضح الأسباب وحقك في الاستئناف. إذا أردت الاستئناف، لديك شهران للتواصل مع مستشار الوساطة.",
        "اقرأ الرسالة: {link}",
      ],
      sms: "اتخذنا قرارًا بشأن الحالة {reference}. اقرأ الرسالة وحقك في الاستئناف: {link}",
    },
    "reminder-family": {
      subject: "موعد ملاحظاتك {date}: الحالة {reference}",
      lines: [
        "يجب إرسال ملاحظاتك على مسودة خطة EHC للحالة {reference} بحلول {date}.",
        "إذا كنت بحاجة إلى مزيد من الوقت، تواصل مع منسق EHC الخاص بك.",
        "افتح الحالة: {link}",
      ],
      sms: "تذكير: يجب إرسال ملاحظاتك على مسودة خطة EHC للحالة {reference} بحلول {date}. {link}",
    },
    "exception-applied": {
      subject: "تغيّر موعد: الحالة {reference}",
      lines: [
        "لقد غيّرنا موعدًا في الحالة {reference}. يسمح القانون بمزيد من الوقت في بعض الحالات.",
        "اطّلع على المواعيد الجديدة والسبب: {link}",
      ],
      sms: "تغيّر موعد في الحالة {reference}. اطّلع على المواعيد الجديدة: {link}",
    },
    "message-received": {
      subject: "رسالة جديدة بشأن الحالة {reference}",
      lines: ["لديك رسالة جديدة بشأن الحالة {reference}.", "اقرأها ورُدّ عليها: {link}"],
      sms: "لديك رسالة جديدة بشأن الحالة {reference}. {link}",
    },
  },
};
