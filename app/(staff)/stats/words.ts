import { getLocale, getTranslations } from "next-intl/server";
import type { Words } from "@/lib/stats/tables";

/** The stats words in the person's language, for the page and the CSV alike. */
export async function statsWords(): Promise<Words> {
  const [t, all, locale] = await Promise.all([getTranslations("stats"), getTranslations(), getLocale()]);
  return {
    t: (key, values) => t(key, values),
    // A type nobody registers any more still shows, by its key.
    typeLabel: (type) => (all.has(`types.${type}.label`) ? all(`types.${type}.label`) : type),
    statusLabel: (status) => all(`common.status.${status}`),
    locale,
  };
}
