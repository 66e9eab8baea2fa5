import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { enterpriseLabel, listUsers, unitOptions } from "@/lib/admin/users";
import { PageTitle } from "../_components/page-title";
import { FilterButtons, FilterSearch, FilterSelect } from "../_components/filters";
import { Pagination } from "../_components/pagination";
import { localName, param } from "@/lib/i18n/names";
import { oneOf } from "@/lib/checks/one-of";

const ROLES = ["ENTERPRISE", "OFFICER", "LEAD", "ADMIN"] as const;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata() {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Search }) {
  const principal = await requireRole("ADMIN");
  const sp = await searchParams;
  const filters = {
    q: param(sp.q),
    role: oneOf(param(sp.role), ROLES),
    unitId: param(sp.unitId),
    enterprise: param(sp.enterprise),
    enterpriseId: param(sp.enterpriseId),
    active: param(sp.active) === "true" ? true : param(sp.active) === "false" ? false : undefined,
    cursor: param(sp.cursor),
  };
  const [page, units, enterpriseName, t, tc, locale, format] = await Promise.all([
    listUsers(principal, filters),
    unitOptions(),
    filters.enterpriseId ? enterpriseLabel(principal, filters.enterpriseId) : null,
    getTranslations("admin.users"),
    getTranslations("common"),
    getLocale(),
    getFormatter(),
  ]);
  return (
    <>
      <PageTitle title={t("title")} intro={t("intro")} />
      <div className="mb-4">
        <Link href="/admin/users/new" className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("create")}
        </Link>
      </div>
      <form method="get" className="mb-4 grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3" aria-label={t("filters")}>
        <FilterSearch name="q" label={t("search")} value={filters.q} />
        <FilterSelect name="role" label={t("role")} value={filters.role} any={t("any")} options={ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))} />
        <FilterSelect
          name="unitId"
          label={t("unit")}
          value={filters.unitId}
          any={t("any")}
          options={units.map((u) => ({ value: u.id, label: localName(u, locale) }))}
        />
        <FilterSearch name="enterprise" label={t("enterpriseSearch")} value={filters.enterprise} />
        <FilterSelect
          name="active"
          label={t("state")}
          value={param(sp.active)}
          any={t("any")}
          options={[
            { value: "true", label: t("active") },
            { value: "false", label: t("disabled") },
          ]}
        />
        {filters.enterpriseId && (
          <p className="col-span-full text-sm">
            <input type="hidden" name="enterpriseId" value={filters.enterpriseId} />
            {t("enterpriseFilter", { name: enterpriseName ?? "?" })}{" "}
            <Link href="/admin/users" className="text-brand-700 underline">
              {t("reset")}
            </Link>
          </p>
        )}
        <FilterButtons apply={t("apply")} reset={t("reset")} resetHref="/admin/users" />
      </form>
      {page.rows.length === 0 ? (
        <p className="text-slate-600">{tc("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
          {page.rows.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
              <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline">
                {u.name}
              </Link>
              <span className="break-all text-sm text-slate-600">{u.email}</span>
              <span className="rounded bg-slate-100 px-2 py-0.5 text-sm">{tc(`roles.${u.role}`)}</span>
              {(u.unit || u.enterprise) && <span className="text-sm">{u.unit ? localName(u.unit, locale) : u.enterprise?.name}</span>}
              {!u.active && <span className="rounded bg-red-100 px-2 py-0.5 text-sm text-red-800">{t("disabled")}</span>}
              <span className="ml-auto text-sm text-slate-600">
                {u.lastLoginAt ? t("lastLogin", { when: format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) }) : t("neverLoggedIn")}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/admin/users" params={{ ...filters, active: param(sp.active) }} nextCursor={page.nextCursor} />
    </>
  );
}
