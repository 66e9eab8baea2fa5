import { createTranslator } from "next-intl";
import { catalog } from "./catalog";
import type { Locale } from "@/lib/i18n/locales";

/** Messages by dotted key outside React (e-mails, texts, API errors): the worker and route handlers write them. */
export type Words = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

/**
 * The catalog of one language, addressed by dotted keys under `namespace` (the whole catalog without one).
 * Keys are runtime strings here (a notice's kind, a field's message code), so they are checked by `has`
 * and by the catalog tests rather than by the compiler.
 */
export function wordsFor(locale: Locale, namespace?: string): Words {
  // The keys are only known at run time: the translator is typed for any message (`Record<string, any>`),
  // which next-intl reads as "any dotted key" (with `unknown` it would accept none).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  const t = createTranslator<Record<string, any>>({ locale, messages: catalog(locale) });
  const full = (key: string) => (namespace ? `${namespace}.${key}` : key);
  const say = (key: string, values?: Record<string, string | number>): string => t(full(key), values);
  return Object.assign(say, { has: (key: string) => t.has(full(key)) });
}
