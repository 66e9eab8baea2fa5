import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { typeWords } from "@/lib/messages/request-type-words";
import { param } from "@/lib/i18n/names";
import { oneOf } from "@/lib/checks/one-of";
import { requireRole } from "@/lib/auth/session";
import { listOwnRequests, ownTurn } from "@/lib/requests/own-requests";
import { requestTypeKeys } from "@/lib/request-types/registry";
import { STATUSES } from "@/lib/workflow/state-machine";
import { StandingBanner } from "../_components/standing-banner";
import { StatusBadge } from "./_components/status-badge";
import { YourTurn } from "./_components/your-turn";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("enterprise.list");
  return { title: t("title") };
}

/** What waits on the enterprise, then every request of it, searched and filtered by status and type, newest first, by keyset pages. */
export default async function MyRequestsPage({ searchParams }: Props) {
  const principal = await requireRole("ENTERPRISE");
  const sp = await searchParams;
  const status = oneOf(param(sp.status), STATUSES);
  const type = requestTypeKeys().includes(param(sp.type) ?? "") ? param(sp.type) : undefined;
  const q = param(sp.q)?.trim().slice(0, 100) || undefined;
  const [{ rows, nextCursor }, turn, t, format, locale] = await Promise.all([
    listOwnRequests(principal, { status, type, q, cursor: param(sp.cursor) }),
    ownTurn(principal),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const filterQuery = new URLSearchParams({ ...(status && { status }), ...(type && { type }), ...(q && { q }) });
  const selectClass = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 sm:w-56";

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("enterprise.list.title")}</h1>
          <p className="mt-1 text-slate-600">{t("enterprise.list.intro")}</p>
        </div>
        <Link href="/requests/new" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("enterprise.list.newRequest")}
        </Link>
      </div>
      <div className="mt-4">
        <StandingBanner principal={principal} />
      </div>
      <YourTurn rows={turn} />
      <form
        method="get"
        role="search"
        aria-label={t("enterprise.list.filters")}
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm"
      >
        <div className="min-w-0 flex-1 basis-56">
          <label htmlFor="filter-q" className="text-sm font-medium">
            {t("enterprise.list.search")}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={q ?? ""}
            maxLength={100}
            placeholder={t("enterprise.list.searchPlaceholder")}
            className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="filter-status" className="text-sm font-medium">
            {t("enterprise.list.status")}
          </label>
          <select id="filter-status" name="status" defaultValue={status ?? ""} className={selectClass}>
            <option value="">{t("enterprise.list.any")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`common.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-type" className="text-sm font-medium">
            {t("enterprise.list.type")}
          </label>
          <select id="filter-type" name="type" defaultValue={type ?? ""} className={selectClass}>
            <option value="">{t("enterprise.list.any")}</option>
            {requestTypeKeys().map((k) => (
              <option key={k} value={k}>
                {typeWords(locale, k).label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-brand-700 px-4 py-2 text-brand-700 hover:bg-brand-50">
          {t("enterprise.list.apply")}
        </button>
      </form>

      {rows.length === 0 ? (
        <p className="text-slate-600">{t("enterprise.list.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
              <Link href={`/requests/${r.reference}`} className="font-mono text-brand-700 underline">
                {r.reference}
              </Link>
              <span>{typeWords(locale, r.type).label}</span>
              <StatusBadge status={r.status} label={t(`common.status.${r.status}`)} />
              {r.priority === "URGENT" && <span className="rounded bg-red-100 px-2 py-0.5 text-sm text-red-900">{t("common.priority.URGENT")}</span>}
              {r.unverified && <span className="text-sm text-amber-800">{t("common.unverified")}</span>}
              {r.summary && <span className="w-full truncate text-sm text-slate-600 sm:w-auto sm:max-w-xs">{r.summary}</span>}
              <time dateTime={r.submittedAt.toISOString()} className="ml-auto text-sm text-slate-500">
                {t("enterprise.list.submitted", { when: format.dateTime(r.submittedAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </time>
            </li>
          ))}
        </ul>
      )}
      {(nextCursor || param(sp.cursor)) && (
        <nav aria-label={t("common.pagination.label")} className="mt-4 flex gap-4">
          {param(sp.cursor) && (
            <Link href={`/requests?${filterQuery}`} className="text-brand-700 underline">
              {t("common.pagination.first")}
            </Link>
          )}
          {nextCursor && (
            <Link href={`/requests?${new URLSearchParams({ ...Object.fromEntries(filterQuery), cursor: nextCursor })}`} className="text-brand-700 underline">
              {t("common.pagination.next")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
