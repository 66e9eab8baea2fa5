// next-intl's types for this project's locales and catalog, so a message key that no catalog has is a type
// error where it is written (not a raw key on screen), and `useLocale()`/`getLocale()` give a `Locale`.
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "./catalog";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
