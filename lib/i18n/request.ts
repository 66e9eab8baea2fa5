import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { CATALOGS } from "./catalog";
import { LOCALE_COOKIE } from "./locales";
import { negotiateLocale } from "./negotiate";

export default getRequestConfig(async () => {
  const locale = negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return { locale, messages: CATALOGS[locale], timeZone: "Asia/Shanghai" };
});
