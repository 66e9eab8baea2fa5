import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { isMessageKey } from "@/lib/i18n/keys";
import type { Words } from "@/lib/stats/tables";
import { typeWords } from "@/lib/messages/request-type-words";

/** The stats words in the person's language, for the page and the CSV alike. */
export async function statsWords(): Promise<Words> {
  const [t, tc, locale, messages] = await Promise.all([getTranslations("stats"), getTranslations("common"), getLocale(), getMessages()]);
  return {
    t: (key, values) => t(key, values),
    // A type nobody registers any more still shows, by its key.
    typeLabel: (type) => typeWords(locale, type).label,
    statusLabel: (status) => tc(`status.${status}`),
    pauseReason: (reason) => (isMessageKey(messages, reason, "stats.pauseReasons") ? t(`pauseReasons.${reason}`) : reason),
    locale,
  };
}
