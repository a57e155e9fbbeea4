import type { Translation } from "./en";

/** Every key optional: a key a language lacks falls back to English. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]>;
};

export interface LanguageContent {
  /** Who translated the text and whether a fluent speaker has checked it. */
  meta: { translation: "machine" | "human"; reviewed: boolean };
  translation: DeepPartial<Translation>;
}
