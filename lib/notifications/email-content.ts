import { appOrigin } from "@/lib/http/origin";
import { LOCALES, isLocale, type Locale } from "@/lib/i18n/locales";
import { noticeParams, type NoticeParams } from "./kinds";
import { notificationTranslator, renderNotification } from "./message";

// An e-mail about a notice is written when it is sent, from the row's kind and parameters, so its links
// come from the APP_URL in force then (and a link that must be minted at send time can be). Rows written
// before this, or by flows that keep their own words, carry a finished subject and body instead.

export type EmailRow = { subject: string; body: string; kind: string | null; params: unknown; locale: string | null };

function block(locale: Locale, kind: string, params: NoticeParams, origin: string) {
  const t = notificationTranslator(locale);
  const subject = renderNotification(t, kind, params);
  const path = params.path?.startsWith("/") ? params.path : "";
  const lines = [subject, "", t("email.open", { url: origin + path })];
  if (params.reference) lines.push(t("email.track", { url: `${origin}/track` }));
  lines.push("", t("email.footer"));
  return { subject, body: lines.join("\n") };
}

/** Subject and text of the e-mail; both languages when the person never chose one. */
export function emailContent(row: EmailRow, origin = appOrigin()): { subject: string; text: string } {
  const kind = row.kind;
  if (!kind) return { subject: row.subject, text: row.body };
  const params = noticeParams(row.params);
  const locales: readonly Locale[] = isLocale(row.locale) ? [row.locale] : LOCALES;
  const blocks = locales.map((l) => block(l, kind, params, origin));
  if (blocks.length === 1) return { subject: blocks[0]!.subject, text: blocks[0]!.body };
  const note = notificationTranslator(locales[0]!)("email.bilingualNote");
  return { subject: blocks.map((b) => b.subject).join(" / "), text: [blocks[0]!.body, note, ...blocks.slice(1).map((b) => b.body)].join("\n\n") };
}
