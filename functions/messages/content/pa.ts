/**
 * Punjabi message content, in Gurmukhi script.
 * MACHINE TRANSLATION, NOT REVIEWED BY A HUMAN TRANSLATOR: have a Punjabi
 * speaker check it before it is used with families. Families who read
 * Shahmukhi may prefer Urdu script.
 */
import type { MessageContent } from "./types";

export const pa: MessageContent = {
  translation: { method: "machine", reviewed: false },
  notice:
    "ਇਹ ਅਨੁਵਾਦ ਕੰਪਿਊਟਰ ਨੇ ਕੀਤਾ ਹੈ। ਜੇ ਕੋਈ ਗੱਲ ਸਪਸ਼ਟ ਨਹੀਂ ਹੈ, ਤਾਂ ਹੇਠਾਂ ਦਿੱਤਾ ਅੰਗਰੇਜ਼ੀ ਪਾਠ ਮੰਨਿਆ ਜਾਵੇਗਾ।",
  signOff: "SEN ਮੁਲਾਂਕਣ ਸੇਵਾ (SEN Assessment Service)",
  templates: {
    "request-confirmation": {
      subject: "ਸਾਨੂੰ ਤੁਹਾਡੀ ਬੇਨਤੀ ਮਿਲ ਗਈ ਹੈ: {reference}",
      lines: [
        "ਸਾਨੂੰ ਸਿੱਖਿਆ, ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ (EHC) ਲੋੜਾਂ ਦੇ ਮੁਲਾਂਕਣ ਲਈ ਤੁਹਾਡੀ ਬੇਨਤੀ ਮਿਲ ਗਈ ਹੈ। ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ {reference} ਹੈ।",
        "ਅਸੀਂ {date} ਤੱਕ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਕੀ ਅਸੀਂ ਮੁਲਾਂਕਣ ਕਰਾਂਗੇ।",
        "ਦੇਖੋ ਕਿ ਤੁਹਾਡੀ ਬੇਨਤੀ ਕਿੱਥੇ ਪਹੁੰਚੀ ਹੈ: {link}",
      ],
      sms: "ਸਾਨੂੰ EHC ਲੋੜਾਂ ਦੇ ਮੁਲਾਂਕਣ ਲਈ ਤੁਹਾਡੀ ਬੇਨਤੀ ਮਿਲ ਗਈ ਹੈ। ਹਵਾਲਾ {reference}। ਅਸੀਂ {date} ਤੱਕ ਦੱਸਾਂਗੇ ਕਿ ਕੀ ਅਸੀਂ ਮੁਲਾਂਕਣ ਕਰਾਂਗੇ। {link}",
    },
    "decision-assess": {
      subject: "ਅਸੀਂ ਮੁਲਾਂਕਣ ਕਰਾਂਗੇ: {reference}",
      lines: [
        "ਅਸੀਂ ਕੇਸ {reference} ਲਈ EHC ਲੋੜਾਂ ਦਾ ਮੁਲਾਂਕਣ ਕਰਨ ਦਾ ਫ਼ੈਸਲਾ ਕੀਤਾ ਹੈ।",
        "ਜੇ ਅਸੀਂ ਯੋਜਨਾ ਜਾਰੀ ਕਰਦੇ ਹਾਂ, ਤਾਂ ਅੰਤਿਮ ਯੋਜਨਾ ਦੀ ਆਖ਼ਰੀ ਤਾਰੀਖ਼ {date} ਹੈ।",
        "ਹੋਰ ਪੜ੍ਹੋ: {link}",
      ],
      sms: "ਅਸੀਂ ਕੇਸ {reference} ਲਈ EHC ਲੋੜਾਂ ਦਾ ਮੁਲਾਂਕਣ ਕਰਾਂਗੇ। {link}",
    },
    "decision-refuse": {
      subject: "ਤੁਹਾਡੀ ਬੇਨਤੀ ਬਾਰੇ ਸਾਡਾ ਫ਼ੈਸਲਾ: {reference}",
      lines: [
        "ਅਸੀਂ ਕੇਸ {reference} ਲਈ EHC ਲੋੜਾਂ ਦਾ ਮੁਲਾਂਕਣ ਨਾ ਕਰਨ ਦਾ ਫ਼ੈਸਲਾ ਕੀਤਾ ਹੈ।",
        "ਫ਼ੈਸਲੇ ਦੀ ਚਿੱਠੀ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੈ। ਇਸ ਵਿੱਚ ਕਾਰਨ ਅਤੇ ਅਪੀਲ ਕਰਨ ਦੇ ਤੁਹਾਡੇ ਹੱਕ ਬਾਰੇ ਦੱਸਿਆ ਗਿਆ ਹੈ। ਜੇ ਤੁਸੀਂ ਅਪੀਲ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ, ਤਾਂ ਵਿਚੋਲਗੀ ਸਲਾਹਕਾਰ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ ਤੁਹਾਡੇ ਕੋਲ 2 ਮਹੀਨੇ ਹਨ।",
        "ਚਿੱਠੀ ਪੜ੍ਹੋ: {link}",
      ],
      sms: "ਅਸੀਂ ਕੇਸ {reference} ਬਾਰੇ ਫ਼ੈਸਲਾ ਕਰ ਲਿਆ ਹੈ। ਚਿੱਠੀ ਅਤੇ ਅਪੀਲ ਦਾ ਆਪਣਾ ਹੱਕ ਪੜ੍ਹੋ: {link}",
    },
    "reminder-family": {
      subject: "ਤੁਹਾਡੀਆਂ ਟਿੱਪਣੀਆਂ ਦੀ ਆਖ਼ਰੀ ਤਾਰੀਖ਼ {date}: ਕੇਸ {reference}",
      lines: [
        "ਕੇਸ {reference} ਦੀ EHC ਯੋਜਨਾ ਦੇ ਖਰੜੇ ਬਾਰੇ ਤੁਹਾਡੀਆਂ ਟਿੱਪਣੀਆਂ {date} ਤੱਕ ਭੇਜਣੀਆਂ ਹਨ।",
        "ਜੇ ਤੁਹਾਨੂੰ ਹੋਰ ਸਮਾਂ ਚਾਹੀਦਾ ਹੈ, ਤਾਂ ਆਪਣੇ EHC ਕੋਆਰਡੀਨੇਟਰ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।",
        "ਕੇਸ ਖੋਲ੍ਹੋ: {link}",
      ],
      sms: "ਯਾਦ-ਦਹਾਨੀ: ਕੇਸ {reference} ਦੀ EHC ਯੋਜਨਾ ਦੇ ਖਰੜੇ ਬਾਰੇ ਤੁਹਾਡੀਆਂ ਟਿੱਪਣੀਆਂ {date} ਤੱਕ ਭੇਜਣੀਆਂ ਹਨ। {link}",
    },
    "exception-applied": {
      subject: "ਇੱਕ ਤਾਰੀਖ਼ ਬਦਲ ਗਈ ਹੈ: ਕੇਸ {reference}",
      lines: [
        "ਅਸੀਂ ਕੇਸ {reference} ਵਿੱਚ ਇੱਕ ਤਾਰੀਖ਼ ਬਦਲੀ ਹੈ। ਕਾਨੂੰਨ ਕੁਝ ਹਾਲਾਤਾਂ ਵਿੱਚ ਹੋਰ ਸਮੇਂ ਦੀ ਇਜਾਜ਼ਤ ਦਿੰਦਾ ਹੈ।",
        "ਨਵੀਆਂ ਤਾਰੀਖ਼ਾਂ ਅਤੇ ਕਾਰਨ ਦੇਖੋ: {link}",
      ],
      sms: "ਕੇਸ {reference} ਵਿੱਚ ਇੱਕ ਤਾਰੀਖ਼ ਬਦਲ ਗਈ ਹੈ। ਨਵੀਆਂ ਤਾਰੀਖ਼ਾਂ ਦੇਖੋ: {link}",
    },
    "message-received": {
      subject: "ਕੇਸ {reference} ਬਾਰੇ ਨਵਾਂ ਸੁਨੇਹਾ",
      lines: [
        "ਤੁਹਾਡੇ ਲਈ ਕੇਸ {reference} ਬਾਰੇ ਇੱਕ ਨਵਾਂ ਸੁਨੇਹਾ ਹੈ।",
        "ਇਸ ਨੂੰ ਪੜ੍ਹੋ ਅਤੇ ਜਵਾਬ ਦਿਓ: {link}",
      ],
      sms: "ਤੁਹਾਡੇ ਲਈ ਕੇਸ {reference} ਬਾਰੇ ਇੱਕ ਨਵਾਂ ਸੁਨੇਹਾ ਹੈ। {link}",
    },
  },
};
