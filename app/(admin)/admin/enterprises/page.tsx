import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { listEnterprises } from "@/lib/admin/enterprises";
import { listTownships } from "@/lib/admin/units";
import { PageTitle } from "../_components/page-title";
import { FilterButtons, FilterSearch, FilterSelect } from "../_components/filters";
import { Pagination } from "../_components/pagination";
import { localName, param } from "@/lib/i18n/names";
import { oneOf } from "@/lib/checks/one-of";

const STATUSES = ["PENDING", "VERIFIED", "REJECTED"] as const;

export async function generateMetadata() {
  return { title: (await getTranslations("admin.enterprises"))("title") };
}

export default async function EnterprisesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requireRole("OFFICER", "LEAD", "ADMIN");
  const sp = await searchParams;
  const isAdmin = principal.role === "ADMIN";
  const filters = {
    q: param(sp.q),
    status: oneOf(param(sp.status), STATUSES),
    townshipId: isAdmin ? param(sp.townshipId) : undefined,
    cursor: param(sp.cursor),
  };
  const [page, townships, t, tc, locale] = await Promise.all([
    listEnterprises(principal, filters),
    isAdmin ? listTownships() : Promise.resolve([]),
    getTranslations("admin.enterprises"),
    getTranslations("common"),
    getLocale(),
  ]);
  const scope = isAdmin ? t("scopeCity") : principal.unit?.townshipId ? t("scopeTownship") : t("scopeNone");
  return (
    <>
      <PageTitle title={t("title")} intro={scope} back={isAdmin ? "/admin" : "/queue"} />
      <form method="get" className="mb-4 grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3" aria-label={t("filters")}>
        <FilterSearch name="q" label={t("search")} value={filters.q} />
        <FilterSelect
          name="status"
          label={t("status")}
          value={filters.status}
          any={t("any")}
          options={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        {isAdmin && (
          <FilterSelect
            name="townshipId"
            label={t("township")}
            value={filters.townshipId}
            any={t("any")}
            options={townships.map((tw) => ({ value: tw.id, label: localName(tw, locale) }))}
          />
        )}
        <FilterButtons apply={t("apply")} reset={t("reset")} resetHref="/admin/enterprises" />
      </form>
      {page.rows.length === 0 ? (
        <p className="text-slate-600">{tc("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
          {page.rows.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
              <Link href={`/admin/enterprises/${e.id}`} className="font-medium text-brand-700 underline">
                {e.name}
              </Link>
              <span className="font-mono text-sm text-slate-600">{e.uscc}</span>
              <span className="text-sm">{localName(e.township, locale)}</span>
              <span
                className={`rounded px-2 py-0.5 text-sm ${e.status === "VERIFIED" ? "bg-green-100 text-green-900" : e.status === "PENDING" ? "bg-amber-100 text-amber-900" : "bg-red-100 text-red-900"}`}
              >
                {t(`statuses.${e.status}`)}
              </span>
              {e.whitelisted && <span className="rounded bg-slate-100 px-2 py-0.5 text-sm">{t("whitelisted")}</span>}
              {e.aboveScale && <span className="rounded bg-slate-100 px-2 py-0.5 text-sm">{t("aboveScale")}</span>}
              <span className="ml-auto text-sm text-slate-600">{e.liaison ? t("liaisonIs", { name: e.liaison.name }) : t("noLiaison")}</span>
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/admin/enterprises" params={filters} nextCursor={page.nextCursor} />
    </>
  );
}
