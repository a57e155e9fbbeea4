/**
 * Punjabi, in Gurmukhi script.
 * MACHINE TRANSLATION, NOT REVIEWED BY A HUMAN TRANSLATOR: have a Punjabi
 * speaker check it before families rely on it.
 */
import type { LanguageContent } from "./types";

export const pa: LanguageContent = {
  meta: { translation: "machine", reviewed: false },
  translation: {
    common: {
      language: {
        label: "ਭਾਸ਼ਾ",
        hint: "ਇਹਨਾਂ ਪੰਨਿਆਂ ਦੀ ਭਾਸ਼ਾ ਚੁਣੋ",
        change: "ਭਾਸ਼ਾ ਬਦਲੋ",
      },
      machineTranslation:
        "ਇਸ ਪੰਨੇ ਦਾ ਅਨੁਵਾਦ ਕੰਪਿਊਟਰ ਨੇ ਕੀਤਾ ਹੈ ਅਤੇ ਅਜੇ ਕਿਸੇ ਨੇ ਇਸ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ। ਜੇ ਕੋਈ ਗੱਲ ਸਪਸ਼ਟ ਨਹੀਂ ਹੈ, ਤਾਂ ਅੰਗਰੇਜ਼ੀ ਚੁਣੋ ਜਾਂ ਆਪਣੇ EHC ਕੋਆਰਡੀਨੇਟਰ ਨੂੰ ਪੁੱਛੋ।",
      loading: "ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ",
      back: "ਪਿੱਛੇ",
    },
    messages: {
      title: "ਸੁਨੇਹੇ",
      caption: "ਕੇਸ {{reference}}",
      intro:
        "ਆਪਣੇ EHC ਕੋਆਰਡੀਨੇਟਰ ਨੂੰ ਸਵਾਲ ਪੁੱਛੋ, ਜਾਂ ਕਿਸੇ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦਿਓ। ਜਦੋਂ ਕੋਈ ਨਵਾਂ ਸੁਨੇਹਾ ਆਵੇਗਾ ਤਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਤੁਹਾਡੀ ਚੋਣ ਅਨੁਸਾਰ ਈਮੇਲ ਜਾਂ ਟੈਕਸਟ ਸੁਨੇਹੇ ਰਾਹੀਂ ਦੱਸਾਂਗੇ।",
      staffIntro: "ਪਰਿਵਾਰ, ਕੌਂਸਲ ਅਤੇ, ਜੇ ਪਰਿਵਾਰ ਸਹਿਮਤ ਹੋਵੇ, ਸਕੂਲ ਵਿਚਕਾਰ ਸੁਨੇਹੇ।",
      empty: "ਅਜੇ ਕੋਈ ਸੁਨੇਹਾ ਨਹੀਂ ਹੈ।",
      author: {
        you: "ਤੁਸੀਂ",
        family: "ਪਰਿਵਾਰ",
        council: "EHC ਕੋਆਰਡੀਨੇਟਰ",
        school: "ਸਕੂਲ",
      },
      sentOn: "ਭੇਜਿਆ {{when}}",
      schoolIncluded: "ਸਕੂਲ ਇੱਥੇ ਸੁਨੇਹੇ ਪੜ੍ਹ ਅਤੇ ਭੇਜ ਸਕਦਾ ਹੈ।",
      schoolNotIncluded: "ਸਿਰਫ਼ ਤੁਸੀਂ ਅਤੇ ਕੌਂਸਲ ਇਹ ਸੁਨੇਹੇ ਪੜ੍ਹ ਸਕਦੇ ਹੋ।",
      form: {
        label: "ਤੁਹਾਡਾ ਸੁਨੇਹਾ",
        hint: "ਇੱਥੇ ਦਸਤਾਵੇਜ਼ ਨਾ ਭੇਜੋ। ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਆਪਣੇ ਕੇਸ ਦੇ ਪੰਨੇ 'ਤੇ ਅੱਪਲੋਡ ਕਰ ਸਕਦੇ ਹੋ।",
        submit: "ਸੁਨੇਹਾ ਭੇਜੋ",
        empty: "ਆਪਣਾ ਸੁਨੇਹਾ ਲਿਖੋ",
        tooLong: "ਤੁਹਾਡਾ ਸੁਨੇਹਾ {{max}} ਅੱਖਰਾਂ ਜਾਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ",
      },
      sent: "ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਭੇਜ ਦਿੱਤਾ ਗਿਆ ਹੈ",
      errorTitle: "ਕੋਈ ਸਮੱਸਿਆ ਹੈ",
      preferencesLink: "ਬਦਲੋ ਕਿ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰੀਏ ਅਤੇ ਸੁਨੇਹੇ ਕੌਣ ਪੜ੍ਹ ਸਕਦਾ ਹੈ",
      caseLink: "ਆਪਣੇ ਕੇਸ 'ਤੇ ਵਾਪਸ ਜਾਓ",
    },
    preferences: {
      title: "ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰਦੇ ਹਾਂ",
      caption: "ਕੇਸ {{reference}}",
      channel: {
        legend: "ਅਸੀਂ ਤੁਹਾਨੂੰ ਤਬਦੀਲੀਆਂ ਅਤੇ ਨਵੇਂ ਸੁਨੇਹਿਆਂ ਬਾਰੇ ਕਿਵੇਂ ਦੱਸੀਏ?",
        email: "ਈਮੇਲ",
        sms: "ਟੈਕਸਟ ਸੁਨੇਹਾ",
        both: "ਈਮੇਲ ਅਤੇ ਟੈਕਸਟ ਸੁਨੇਹਾ",
      },
      language: {
        legend: "ਅਸੀਂ ਤੁਹਾਨੂੰ ਕਿਸ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖੀਏ?",
        hint: "ਫ਼ੈਸਲਿਆਂ ਬਾਰੇ ਚਿੱਠੀਆਂ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਰਹਿੰਦੀਆਂ ਹਨ, ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਸਾਰ ਦੇ ਨਾਲ।",
      },
      school: {
        legend: "ਕੀ ਸਕੂਲ ਇਸ ਕੇਸ ਬਾਰੇ ਸੁਨੇਹੇ ਪੜ੍ਹ ਅਤੇ ਭੇਜ ਸਕਦਾ ਹੈ?",
        yes: "ਹਾਂ, ਸਕੂਲ ਨੂੰ ਸ਼ਾਮਲ ਕਰੋ",
        no: "ਨਹੀਂ, ਸਿਰਫ਼ ਮੈਂ ਅਤੇ ਕੌਂਸਲ",
      },
      submit: "ਸੰਭਾਲੋ",
      saved: "ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ ਸੰਭਾਲ ਲਈਆਂ ਗਈਆਂ ਹਨ",
    },
  },
};
