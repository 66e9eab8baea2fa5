import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { appOrigin } from "@/lib/http/origin";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import type { NoticeInput } from "./kinds";
import { notificationPath, notificationTranslator, renderNotification } from "./message";
import { nextContactTime, parseContactHours, type QuietRule } from "./quiet-hours";

/** The notice (its kind and parameters typed together, lib/notifications/kinds.ts), who hears it, and about which case. */
export type NotifyInput = NoticeInput & {
  userIds: string[];
  requestId?: string;
  /** Makes the effect happen once: a second call with the same key (per user) writes nothing. */
  dedupeKey?: string;
  now?: Date;
};

type Recipient = Prisma.UserGetPayload<{ select: typeof recipientSelect }>;
const recipientSelect = {
  id: true,
  email: true,
  phone: true,
  role: true,
  locale: true,
  active: true,
  enterprise: { select: { contactChannel: true, contactPhone: true, contactHours: true, urgentTextsAnyHour: true } },
} as const;

/**
 * Where a notice goes besides the in-app centre (助企不扰企: the enterprise chose how to be contacted):
 * - unit staff and admins: an email to their work address;
 * - enterprise staff by the enterprise's contactChannel: EMAIL → email; SMS or PHONE → a text message
 *   (a phone preference means "reach me on my phone", and a text does not interrupt like a call);
 *   IN_APP → nothing beyond the centre.
 * Messages go to the Outbox as data (kind, parameters, language); the worker writes and sends them
 * (lib/notifications/deliver.ts). Texts wait for the enterprise's contact hours.
 */
export function outboxChannel(user: Recipient): { channel: "EMAIL" | "SMS"; to: string } | null {
  if (user.role !== "ENTERPRISE") return { channel: "EMAIL", to: user.email };
  switch (user.enterprise?.contactChannel) {
    case "EMAIL":
      return { channel: "EMAIL", to: user.email };
    case "SMS":
    case "PHONE": {
      const phone = user.phone ?? user.enterprise.contactPhone;
      return phone ? { channel: "SMS", to: phone } : null;
    }
    default:
      return null;
  }
}

function messageFor(user: Recipient, notice: NoticeInput, channel: "EMAIL" | "SMS", quiet: QuietRule | null) {
  const { kind, params } = notice;
  const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
  const t = notificationTranslator(locale);
  const subject = renderNotification(t, kind, params);
  const path = notificationPath(user.role, kind, "reference" in params ? params.reference : null) ?? "";
  // The stored text is what the outbox page shows; the sender writes the message again from kind and
  // params when it sends, so links follow the APP_URL of that moment.
  const url = appOrigin() + path;
  const body = channel === "SMS" ? `${subject} ${appOrigin()}/track` : `${subject}\n\n${t("email.open", { url })}\n\n${t("email.footer")}`;
  // A text remembers the recipient's hours, so a retry after a temporary failure keeps to them (deliver.ts).
  return { subject, body, kind, params: { ...params, path, ...(quiet && { quiet }) }, locale: isLocale(user.locale) ? user.locale : null };
}

/** Supply-chain cases marked urgent may text at any hour, for enterprises that asked for that. */
async function isUrgentSupplyChain(tx: Tx, requestId: string | undefined): Promise<boolean> {
  if (!requestId) return false;
  const req = await tx.request.findUnique({ where: { id: requestId }, select: { type: true, priority: true } });
  return req?.type === "SUPPLY_CHAIN_HANDOFF" && req.priority === "URGENT";
}

/** When a text may go: at once for an opted-in urgent supply-chain case, else in the enterprise's contact hours. */
function textSendAfter(user: Recipient, now: Date, urgent: boolean): Date {
  if (urgent && user.enterprise?.urgentTextsAnyHour) return now;
  return nextContactTime(now, parseContactHours(user.enterprise?.contactHours));
}

/**
 * Tells people about something, inside the caller's transaction: one Notification per active user
 * (skipping any whose dedupe key already exists) and an Outbox message when their channel wants one.
 * Returns how many notifications were written.
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<number> {
  const ids = [...new Set(input.userIds.filter(Boolean))];
  if (ids.length === 0) return 0;
  const users = await tx.user.findMany({ where: { id: { in: ids }, active: true }, select: recipientSelect });
  const { userIds: _to, requestId: _about, dedupeKey: _once, now: _at, ...notice } = input;
  const createdAt = input.now ?? new Date();
  // ON CONFLICT DO NOTHING: two workers racing on the same key both succeed, only one row is written.
  const created = await tx.notification.createManyAndReturn({
    data: users.map((u) => ({
      userId: u.id,
      kind: notice.kind,
      requestId: input.requestId ?? null,
      params: notice.params,
      dedupeKey: input.dedupeKey ? `${input.dedupeKey}:${u.id}` : null,
      createdAt,
    })),
    skipDuplicates: true,
    select: { id: true, userId: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const outbox: Prisma.OutboxCreateManyInput[] = [];
  let urgent: boolean | undefined;
  for (const n of created) {
    const user = byId.get(n.userId)!;
    const target = outboxChannel(user);
    if (!target) continue;
    let sendAfter = createdAt;
    let quiet: QuietRule | null = null;
    if (target.channel === "SMS") {
      urgent ??= await isUrgentSupplyChain(tx, input.requestId);
      sendAfter = textSendAfter(user, createdAt, urgent);
      quiet = { hours: user.enterprise?.contactHours ?? null, anyHour: urgent && !!user.enterprise?.urgentTextsAnyHour };
    }
    const message = messageFor(user, notice, target.channel, quiet);
    outbox.push({ notificationId: n.id, channel: target.channel, to: target.to, ...message, createdAt, sendAfter });
  }
  if (outbox.length) await tx.outbox.createMany({ data: outbox });
  return created.length;
}
