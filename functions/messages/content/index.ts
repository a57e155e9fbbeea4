/** Every translated message content file, by language code. English is the templates themselves. */
import type { LanguageCode } from "../../../shared/languages";
import { ar } from "./ar";
import { pa } from "./pa";
import { pl } from "./pl";
import { so } from "./so";
import type { MessageContent } from "./types";
import { ur } from "./ur";

export const messageContent: Record<Exclude<LanguageCode, "en">, MessageContent> = {
  pl,
  pa,
  so,
  ar,
  ur,
};
