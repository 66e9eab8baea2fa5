import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { catalog } from "./catalog";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate";

export default getRequestConfig(async () => {
  const locale = negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return { locale, messages: catalog(locale), timeZone: "Asia/Shanghai" };
});
