import { createTranslator } from "next-intl";
import { catalog } from "@/lib/i18n/catalog";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate";

export type Words = (key: string, values?: Record<string, string | number>) => string;

/** The catalog of one language, addressed by full dotted keys, outside React. */
export function wordsFor(locale: Locale): Words {
  const t = createTranslator({ locale, messages: catalog(locale) as never });
  return (key, values) => (t as unknown as Words)(key, values);
}

/** The caller's language: `?locale=` if given, else Accept-Language, else Chinese. */
export function callerLocale(req: Request): Locale {
  const asked = new URL(req.url).searchParams.get("locale");
  return isLocale(asked) ? asked : negotiateLocale(undefined, req.headers.get("accept-language"));
}

/**
 * A validation message key as the forms show it: the type schemas' short keys live under
 * `enterprise.feedback`, other domain keys are full paths.
 */
export function fieldMessage(t: Words, code: string): string {
  return t(code.includes(".") ? code : `enterprise.feedback.${code}`);
}
