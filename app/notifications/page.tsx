import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { notificationPath, renderNotification } from "@/lib/notifications/message";
import { listNotifications, notificationReference } from "@/lib/notifications/read";
import { markAllReadAction, openNotificationAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: Props) {
  const p = await requireUser();
  const search = await searchParams;
  const unreadOnly = search.unread === "1";
  const cursor = typeof search.cursor === "string" ? search.cursor : undefined;
  const [{ rows, nextCursor }, t, tc, format] = await Promise.all([
    listNotifications(p.id, { unreadOnly, cursor }),
    getTranslations("notifications"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const base = unreadOnly ? "/notifications?unread=1" : "/notifications";
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <form action={markAllReadAction} className="ml-auto">
          <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-sm text-brand-800 hover:bg-brand-50">
            {t("markAllRead")}
          </button>
        </form>
      </div>
      <nav aria-label={t("title")} className="flex gap-2 text-sm">
        <Link
          href="/notifications"
          aria-current={!unreadOnly ? "page" : undefined}
          className={`rounded px-3 py-1 ${!unreadOnly ? "bg-brand-700 text-white" : "bg-white"}`}
        >
          {t("all")}
        </Link>
        <Link
          href="/notifications?unread=1"
          aria-current={unreadOnly ? "page" : undefined}
          className={`rounded px-3 py-1 ${unreadOnly ? "bg-brand-700 text-white" : "bg-white"}`}
        >
          {t("unreadOnly")}
        </Link>
      </nav>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-slate-600 shadow-sm">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
          {rows.map((n) => {
            const reference = notificationReference(n);
            const leadsTo = notificationPath(p.role, n.kind, reference);
            return (
              <li key={n.id} className={`flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:gap-3 ${n.readAt ? "" : "bg-brand-50"}`}>
                <div className="min-w-0 flex-1">
                  <p className={n.readAt ? "" : "font-semibold"}>
                    {!n.readAt && <span className="sr-only">{t("unread")}: </span>}
                    {renderNotification(t, n.kind, n.params)}
                  </p>
                  <time dateTime={n.createdAt.toISOString()} className="text-xs text-slate-600">
                    {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" })}
                  </time>
                </div>
                <form action={openNotificationAction} className="flex shrink-0 flex-wrap gap-2">
                  <input type="hidden" name="id" value={n.id} />
                  {leadsTo && (
                    <button type="submit" name="open" value="1" className="rounded bg-brand-700 px-3 py-1 text-sm text-white hover:bg-brand-800">
                      {reference ? t("open", { reference }) : t("openProfile")}
                    </button>
                  )}
                  {!n.readAt && (
                    <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50">
                      {t("markRead")}
                    </button>
                  )}
                </form>
              </li>
            );
          })}
        </ul>
      )}
      <nav aria-label={tc("pagination.label")} className="flex gap-4">
        {cursor && (
          <Link href={base} className="text-brand-700 underline">
            {tc("pagination.first")}
          </Link>
        )}
        {nextCursor && (
          <Link href={`${base}${unreadOnly ? "&" : "?"}cursor=${nextCursor}`} className="text-brand-700 underline">
            {tc("pagination.next")}
          </Link>
        )}
      </nav>
    </div>
  );
}
