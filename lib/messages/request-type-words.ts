import { findRequestType } from "@/lib/request-types/registry";
import type { Locale } from "@/lib/i18n/locales";
import { wordsOfType, type TypeWords } from "./type-words";

/** The words of request type `key` in `locale`, from the registry (server code; see wordsOfType). */
export function typeWords(locale: Locale, key: string): TypeWords {
  return wordsOfType(findRequestType(key)?.messages[locale], key);
}
