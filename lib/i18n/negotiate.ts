import Negotiator from "negotiator";
import { match } from "@formatjs/intl-localematcher";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./locales";

/** The person's language: their explicit choice (cookie), else the browser's, else Chinese. */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const languages = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  try {
    const found = match(languages, [...LOCALES], DEFAULT_LOCALE);
    return isLocale(found) ? found : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}
