import type { MessageKey } from "@/lib/i18n/keys";
import type { Locale } from "@/lib/i18n/locales";
import { wordsFor, type Words } from "@/lib/messages/translate";
import { isNotificationKind, noticeParams, type NotificationKind } from "./kinds";

// One place decides which catalog message a notification shows and with which values, so the in-app
// centre and the email/SMS text always say the same thing.

/** Key under the `notifications` namespace and the values its message needs (missing ones get neutral defaults). */
export function notificationMessage(kind: string, params: unknown): { key: `kinds.${NotificationKind | "other"}`; values: Record<string, string | number> } {
  const p = noticeParams(params);
  const values = {
    reference: p.reference ?? "",
    action: p.action ?? "other",
    toStatus: p.toStatus ?? "other",
    score: p.score === undefined ? "?" : String(p.score),
    reason: p.reason ?? "",
  };
  return { key: `kinds.${isNotificationKind(kind) ? kind : "other"}`, values };
}

/** Where the person opens the case: enterprise staff have their own page for it. */
export function casePath(role: string, reference: string): string {
  return role === "ENTERPRISE" ? `/requests/${reference}` : `/cases/${reference}`;
}

/** Where a notification leads, if anywhere: the case it is about, or the company profile for a registration decision. */
export function notificationPath(role: string, kind: string, reference: string | null | undefined): string | null {
  if (reference) return casePath(role, reference);
  if (kind === "ENTERPRISE_VERIFIED" || kind === "ENTERPRISE_REJECTED") return "/enterprise";
  return null;
}

// The page's next-intl translator and the worker's `notificationTranslator` both fit.
type Translate = (key: MessageKey<"notifications">, values?: Record<string, string | number>) => string;

/** The `notifications` messages of a language, outside React (emails are written by the worker). */
export function notificationTranslator(locale: Locale): Words {
  return wordsFor(locale, "notifications");
}

/** The sentence a person reads for this notification. */
export function renderNotification(t: Translate, kind: string, params: unknown): string {
  const { key, values } = notificationMessage(kind, params);
  return t(key, values);
}
