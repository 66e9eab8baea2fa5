import { requestTypes } from "@/lib/request-types/registry";
import type { TypeMessages } from "@/lib/request-types/type-def";
import type { Locale } from "@/lib/i18n/locales";
import zhCommon from "@/messages/zh-CN/common.json";
import zhAuth from "@/messages/zh-CN/auth.json";
import zhEnterprise from "@/messages/zh-CN/enterprise.json";
import zhQueue from "@/messages/zh-CN/queue.json";
import zhStats from "@/messages/zh-CN/stats.json";
import zhAdmin from "@/messages/zh-CN/admin.json";
import zhAccount from "@/messages/zh-CN/account.json";
import zhNotifications from "@/messages/zh-CN/notifications.json";
import zhApi from "@/messages/zh-CN/api.json";
import zhHelp from "@/messages/zh-CN/help.json";
import enCommon from "@/messages/en/common.json";
import enAuth from "@/messages/en/auth.json";
import enEnterprise from "@/messages/en/enterprise.json";
import enQueue from "@/messages/en/queue.json";
import enStats from "@/messages/en/stats.json";
import enAdmin from "@/messages/en/admin.json";
import enAccount from "@/messages/en/account.json";
import enNotifications from "@/messages/en/notifications.json";
import enApi from "@/messages/en/api.json";
import enHelp from "@/messages/en/help.json";

// One JSON file per namespace and language, so each area of the product owns its own words.
const ZH_CN = {
  common: zhCommon,
  auth: zhAuth,
  enterprise: zhEnterprise,
  queue: zhQueue,
  stats: zhStats,
  admin: zhAdmin,
  account: zhAccount,
  notifications: zhNotifications,
  api: zhApi,
  help: zhHelp,
};

/**
 * The shape of every language's catalog: the Chinese files, plus the `types` namespace that the registered
 * request types bring. next-intl checks message keys against it (lib/messages/next-intl.d.ts). A type's key,
 * fields and options are data (registered at run time, stored on rows), so no typed key reaches under
 * `types`: pages read a type's words with lib/messages/type-words.ts.
 */
export type Messages = typeof ZH_CN & { types: Record<string, TypeMessages> };

// English is typed as Chinese, so a key missing from an English file fails the typecheck (catalog.test.ts
// also catches keys only English has).
const NAMESPACES: Record<Locale, typeof ZH_CN> = {
  "zh-CN": ZH_CN,
  en: {
    common: enCommon,
    auth: enAuth,
    enterprise: enEnterprise,
    queue: enQueue,
    stats: enStats,
    admin: enAdmin,
    account: enAccount,
    notifications: enNotifications,
    api: enApi,
    help: enHelp,
  },
};

/**
 * Every message of one language. The `types` namespace comes from the registered request types, each of
 * which carries its own words, so a new type brings its labels with it.
 */
export function catalog(locale: Locale): Messages {
  const types = Object.fromEntries(requestTypes().map((def) => [def.key, def.messages[locale]]));
  return { ...NAMESPACES[locale], types };
}

/** Every leaf key as a dotted path, to compare catalogs. */
export function flattenKeys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => flattenKeys(v, prefix ? `${prefix}.${k}` : k));
}
