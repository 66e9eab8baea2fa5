import Link from "next/link";
import { getFormatter, getLocale, getMessages, getTranslations } from "next-intl/server";
import { isMessageKey } from "@/lib/i18n/keys";
import { requireRole } from "@/lib/auth/session";
import { auditFilterOptions, auditSubjectNames, listAudit } from "@/lib/admin/audit-log";
import { isValidDay } from "@/lib/checks/dates";
import { PageTitle } from "../_components/page-title";
import { FilterButtons, FilterDate, FilterSelect } from "../_components/filters";
import { Pagination } from "../_components/pagination";
import { param } from "@/lib/i18n/names";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.audit"))("title") };
}

const day = (v: string | undefined) => (v && isValidDay(v) ? v : undefined);
const show = (v: unknown) => (v === null || v === undefined ? "—" : JSON.stringify(v, null, 2));

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requireRole("ADMIN");
  const sp = await searchParams;
  const filters = {
    actorId: param(sp.actorId),
    entity: param(sp.entity),
    entityId: param(sp.entityId),
    from: day(param(sp.from)),
    to: day(param(sp.to)),
    cursor: param(sp.cursor),
  };
  const [page, options, t, tc, format, locale, messages] = await Promise.all([
    listAudit(principal, filters),
    auditFilterOptions(principal),
    getTranslations("admin.audit"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
    getMessages(),
  ]);
  const names = await auditSubjectNames(page.rows);
  const entityName = (entity: string) => (isMessageKey(messages, entity, "admin.audit.entities") ? t(`entities.${entity}`) : entity);
  const subject = (row: { entity: string; entityId: string }) => {
    const name = names.get(`${row.entity}:${row.entityId}`);
    return t("subject", { entity: entityName(row.entity), name: name ? (locale === "en" ? name.en : name.zh) : t("removed") });
  };
  return (
    <>
      <PageTitle title={t("title")} intro={t("intro")} />
      <form method="get" className="mb-4 grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4" aria-label={t("filters")}>
        <FilterSelect
          name="actorId"
          label={t("actor")}
          value={filters.actorId}
          any={t("any")}
          options={options.actors.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))}
        />
        <FilterSelect
          name="entity"
          label={t("entity")}
          value={filters.entity}
          any={t("any")}
          options={options.entities.map((e) => ({ value: e, label: entityName(e) }))}
        />
        <FilterDate name="from" label={t("from")} value={filters.from} />
        <FilterDate name="to" label={t("to")} value={filters.to} />
        {filters.entityId && <input type="hidden" name="entityId" value={filters.entityId} />}
        <FilterButtons apply={t("apply")} reset={t("reset")} resetHref="/admin/audit" />
      </form>
      {page.rows.length === 0 ? (
        <p className="text-slate-600">{tc("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {page.rows.map((row) => (
            <li key={String(row.id)} className="rounded-lg bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <time dateTime={row.createdAt.toISOString()} className="text-sm text-slate-600">
                  {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                </time>
                <span className="font-medium">{row.actor?.name ?? t("system")}</span>
                <span>{isMessageKey(messages, row.action, "admin.audit.actions") ? t(`actions.${row.action}`) : row.action}</span>
                <Link
                  href={`/admin/audit?entity=${encodeURIComponent(row.entity)}&entityId=${encodeURIComponent(row.entityId)}`}
                  className="break-words text-sm text-brand-700 underline"
                >
                  {subject(row)}
                </Link>
              </div>
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer text-brand-700">{t("showChange")}</summary>
                <div className="mt-2 grid gap-2 md:grid-cols-2">
                  <div>
                    <p className="font-medium">{t("before")}</p>
                    <pre className="whitespace-pre-wrap break-all rounded bg-slate-50 p-2">{show(row.before)}</pre>
                  </div>
                  <div>
                    <p className="font-medium">{t("after")}</p>
                    <pre className="whitespace-pre-wrap break-all rounded bg-slate-50 p-2">{show(row.after)}</pre>
                  </div>
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/admin/audit" params={filters} nextCursor={page.nextCursor} />
    </>
  );
}
