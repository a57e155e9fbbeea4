/**
 * Urdu message content, written right to left.
 * MACHINE TRANSLATION, NOT REVIEWED BY A HUMAN TRANSLATOR: have an Urdu
 * speaker check it before it is used with families.
 */
import type { MessageContent } from "./types";

export const ur: MessageContent = {
  translation: { method: "machine", reviewed: false },
  notice:
    "یہ ترجمہ کمپیوٹر نے کیا ہے۔ اگر کوئی بات واضح نہ ہو تو نیچے دیا گیا انگریزی متن معتبر ہے۔",
  signOff: "ایس ای این اسیسمنٹ سروس (SEN Assessment Service)",
  templates: {
    "request-confirmation": {
      subject: "ہمیں آپ کی درخواست موصول ہو گئی ہے: {reference}",
      lines: [
        "ہمیں تعلیم، صحت اور نگہداشت (EHC) کی ضروریات کے جائزے کے لیے آپ کی درخواست موصول ہو گئی ہے۔ آپ کا حوالہ نمبر {reference} ہے۔",
        "ہم آپ کو {date} تک بتائیں گے کہ آیا ہم جائزہ لیں گے۔",
        "دیکھیں کہ آپ کی درخواست کس مرحلے پر ہے: {link}",
      ],
      sms: "ہمیں EHC ضروریات کے جائزے کے لیے آپ کی درخواست موصول ہو گئی ہے۔ حوالہ {reference}۔ ہم آپ کو {date} تک بتائیں گے کہ آیا ہم جائزہ لیں گے۔ {link}",
    },
    "decision-assess": {
      subject: "ہم جائزہ لیں گے: {reference}",
      lines: [
        "ہم نے کیس {reference} کے لیے EHC ضروریات کا جائزہ لینے کا فیصلہ کیا ہے۔",
        "اگر ہم پلان جاری کرتے ہیں تو حتمی پلان کی آخری تاریخ {date} ہے۔",
        "مزید پڑھیں: {link}",
      ],
      sms: "ہم کیس {reference} کے لیے EHC ضروریات کا جائزہ لیں گے۔ {link}",
    },
    "decision-refuse": {
      subject: "آپ کی درخواست پر ہمارا فیصلہ: {reference}",
      lines: [
        "ہم نے کیس {reference} کے لیے EHC ضروریات کا جائزہ نہ لینے کا فیصلہ کیا ہے۔",
        "فیصلے کا خط انگریزی میں ہے۔ اس میں وجوہات اور اپیل کے آپ کے حق کی وضاحت ہے۔ اگر آپ اپیل کرنا چاہتے ہیں تو ثالثی کے مشیر سے رابطہ کرنے کے لیے آپ کے پاس 2 مہینے ہیں۔",
        "خط پڑھیں: {link}",
      ],
      sms: "ہم نے کیس {reference} پر فیصلہ کر لیا ہے۔ خط اور اپیل کا اپنا حق پڑھیں: {link}",
    },
    "reminder-family": {
      subject: "آپ کے تبصروں کی آخری تاریخ {date}: کیس {reference}",
      lines: [
        "کیس {reference} کے EHC پلان کے مسودے پر آپ کے تبصرے {date} تک بھیجنے ہیں۔",
        "اگر آپ کو مزید وقت چاہیے تو اپنے EHC کوآرڈینیٹر سے رابطہ کریں۔",
        "کیس کھولیں: {link}",
      ],
      sms: "یاد دہانی: کیس {reference} کے EHC پلان کے مسودے پر آپ کے تبصرے {date} تک بھیجنے ہیں۔ {link}",
    },
    "exception-applied": {
      subject: "ایک تاریخ بدل گئی ہے: کیس {reference}",
      lines: [
        "ہم نے کیس {reference} میں ایک تاریخ بدل دی ہے۔ قانون کچھ حالات میں مزید وقت کی اجازت دیتا ہے۔",
        "نئی تاریخیں اور وجہ دیکھیں: {link}",
      ],
      sms: "کیس {reference} میں ایک تاریخ بدل گئی ہے۔ نئی تاریخیں دیکھیں: {link}",
    },
    "message-received": {
      subject: "کیس {reference} کے بارے میں نیا پیغام",
      lines: [
        "آپ کے لیے کیس {reference} کے بارے میں ایک نیا پیغام ہے۔",
        "اسے پڑھیں اور جواب دیں: {link}",
      ],
      sms: "آپ کے لیے کیس {reference} کے بارے میں ایک نیا پیغام ہے۔ {link}",
    },
  },
};
