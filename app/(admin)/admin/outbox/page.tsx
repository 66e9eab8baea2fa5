import Link from "next/link";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { isMessageKey } from "@/lib/i18n/keys";
import { requireRole } from "@/lib/auth/session";
import { listOutbox, mayRetry, outboxCounts, OUTBOX_STATUSES } from "@/lib/admin/outbox";
import { LINK_PLACEHOLDER } from "@/lib/account/link-seal";
import { PageTitle } from "../_components/page-title";
import { FilterButtons, FilterSearch } from "../_components/filters";
import { Pagination } from "../_components/pagination";
import { param } from "@/lib/i18n/names";
import { oneOf } from "@/lib/checks/one-of";
import { RetryButton } from "./retry-button";

const STATUSES = OUTBOX_STATUSES;
const BADGE = {
  PENDING: "bg-amber-100 text-amber-900",
  SENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
  GIVEN_UP: "bg-red-100 text-red-900",
  NOT_SENT: "bg-slate-200 text-slate-900",
} as const;

export async function generateMetadata() {
  return { title: (await getTranslations("admin.outbox"))("title") };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requireRole("ADMIN");
  const sp = await searchParams;
  const filters = { status: oneOf(param(sp.status), STATUSES), q: param(sp.q), cursor: param(sp.cursor) };
  const [page, counts, t, tc, format, messages] = await Promise.all([
    listOutbox(principal, filters),
    outboxCounts(principal),
    getTranslations("admin.outbox"),
    getTranslations("common"),
    getFormatter(),
    getMessages(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <PageTitle title={t("title")} intro={t("intro")} />
      <nav aria-label={t("tabs")} className="mb-4 flex flex-wrap gap-2">
        <Link
          href="/admin/outbox"
          aria-current={!filters.status ? "page" : undefined}
          className="rounded border px-3 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
        >
          {t("all")}
        </Link>
        {STATUSES.map((s) => (
          <Link
            key={s}
            href={`/admin/outbox?status=${s}`}
            aria-current={filters.status === s ? "page" : undefined}
            className="rounded border px-3 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {t("tab", { status: t(`statuses.${s}`), count: counts[s] })}
          </Link>
        ))}
      </nav>
      <form method="get" className="mb-4 grid gap-3 sm:grid-cols-2" aria-label={t("filters")}>
        {filters.status && <input type="hidden" name="status" value={filters.status} />}
        <FilterSearch name="q" label={t("search")} value={filters.q} />
        <FilterButtons apply={t("apply")} reset={t("reset")} resetHref="/admin/outbox" />
      </form>
      {page.rows.length === 0 ? (
        <p className="text-slate-600">{tc("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {page.rows.map((m) => (
            <li key={m.id} className="rounded-lg bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <span className={`rounded px-2 py-0.5 text-sm ${BADGE[m.status]}`}>{t(`statuses.${m.status}`)}</span>
                <span className="text-sm">{isMessageKey(messages, m.channel, "admin.outbox.channels") ? t(`channels.${m.channel}`) : m.channel}</span>
                <span className="break-all font-medium">{m.to}</span>
                <time dateTime={m.createdAt.toISOString()} className="ml-auto text-sm text-slate-600">
                  {when(m.createdAt)}
                </time>
              </div>
              <p className="mt-1">{m.subject}</p>
              <p className="text-sm text-slate-600">
                {t("attempts", { count: m.attempts })}
                {m.sentAt ? ` · ${t("sentAt", { when: when(m.sentAt) })}` : ""}
                {m.status === "PENDING" && m.sendAfter > m.createdAt ? ` · ${t("sendAfter", { when: when(m.sendAfter) })}` : ""}
                {m.providerId ? ` · ${t("providerId", { provider: m.provider ?? "", id: m.providerId })}` : ""}
              </p>
              {m.status === "NOT_SENT" ? (
                <p className="mt-1 text-sm font-medium">{t("noProvider")}</p>
              ) : (
                m.lastError && (
                  <p className="mt-1 break-all text-sm text-red-800">
                    {t("lastError", { error: m.providerCode && m.providerCode !== m.lastError ? `${m.providerCode} · ${m.lastError}` : m.lastError })}
                  </p>
                )
              )}
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer text-brand-700">{t("showBody")}</summary>
                <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-slate-50 p-2">{m.body.split(LINK_PLACEHOLDER).join(t("linkHidden"))}</pre>
              </details>
              {mayRetry(m) && (
                <div className="mt-2">
                  <RetryButton outboxId={m.id} to={m.to} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/admin/outbox" params={filters} nextCursor={page.nextCursor} />
    </>
  );
}
