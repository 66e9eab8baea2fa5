import { isLocale, type Locale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import type { Words } from "@/lib/messages/translate";

/** The caller's language: `?locale=` if given, else Accept-Language, else Chinese. */
export function callerLocale(req: Request): Locale {
  const asked = new URL(req.url).searchParams.get("locale");
  return isLocale(asked) ? asked : negotiateLocale(undefined, req.headers.get("accept-language"));
}

/**
 * A field's message code in words, looked up as the forms look it up: the API's own codes, then the
 * request types' (`enterprise.feedback`), then the shared ones (`common.feedback`).
 */
export function fieldMessage(t: Words, code: string): string {
  for (const key of [`api.feedback.${code}`, `enterprise.feedback.${code}`, `common.feedback.${code}`]) if (t.has(key)) return t(key);
  return t("common.feedback.invalid");
}
