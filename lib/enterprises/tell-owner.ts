import type { Db, Tx } from "@/lib/db";
import { wordsFor } from "@/lib/messages/translate";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/**
 * Emails the owner of an existing account that someone tried to register it again ("register") or to
 * invite it ("invite"). The form that asked answers as if nothing were special: only the owner learns.
 */
export async function tellAccountOwner(client: Db | Tx, email: string, kind: "register" | "invite", values: Record<string, string>, now: Date): Promise<void> {
  const owner = await client.user.findUnique({ where: { email }, select: { locale: true } });
  if (!owner) return;
  const locale = isLocale(owner.locale) ? owner.locale : DEFAULT_LOCALE;
  const t = wordsFor(locale, `enterprise.existingAccount.${kind}`);
  await client.outbox.create({ data: { channel: "EMAIL", to: email, subject: t("subject", values), body: t("body", values), createdAt: now } });
}
