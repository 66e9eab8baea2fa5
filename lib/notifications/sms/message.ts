import { wordsFor } from "@/lib/messages/translate";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { noticeParams } from "../kinds";
import type { SmsParams, SmsTemplate } from "./provider";

// Which approved template a notice uses and the values of its variables. Links are never variables
// (both providers refuse them): the /track address is fixed text of each template, as the README shows.

/** Alibaba Cloud allows 1–35 characters per variable of a notice template; Tencent has no per-variable limit for organisations. */
export const SMS_PARAM_MAX = 35;

/** Keeps a value within the providers' limit (a longer one would make the whole text fail). */
export function clip(value: string): string {
  const chars = [...value];
  return chars.length <= SMS_PARAM_MAX ? value : chars.slice(0, SMS_PARAM_MAX - 1).join("") + "…";
}

export type SmsMessage = { template: SmsTemplate; params: SmsParams; text: string };

/** The template, its parameters and the text a person reads (the same words the provider's template holds). */
export function smsMessage(kind: string, rawParams: unknown, locale: string | null | undefined, origin: string): SmsMessage {
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const all = wordsFor(lang);
  const t = (key: string, values?: Record<string, string | number>) => all(`notifications.sms.${key}`, values);
  const p = noticeParams(rawParams);
  const reference = clip(p.reference ?? "");
  const trackUrl = `${origin}/track`;
  let template: SmsTemplate;
  let params: SmsParams;
  if (kind === "ENTERPRISE_VERIFIED" || kind === "ENTERPRISE_REJECTED") {
    template = "ACCOUNT";
    params = [["result", clip(t("result", { kind }))]];
  } else if (kind === "STATUS") {
    template = "CASE_STATUS";
    // The status in the product's one word for it (common.status), as every screen says it.
    const statusKey = `common.status.${p.toStatus ?? ""}`;
    params = [
      ["reference", reference],
      ["status", clip(all.has(statusKey) ? all(statusKey) : t("statusOther"))],
    ];
  } else {
    template = "CASE_UPDATE";
    params = [["reference", reference]];
  }
  const text = t(`templates.${template}`, { ...Object.fromEntries(params), trackUrl, loginUrl: `${origin}/login` });
  return { template, params, text };
}
