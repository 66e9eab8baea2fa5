import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ASSIGNEE_FILTERS, PRIORITIES, queueHref, type QueueFilters } from "@/lib/cases/queue-filters";
import { requestTypeKeys } from "@/lib/request-types/registry";
import { STATUSES } from "@/lib/workflow/state-machine";
import { localName } from "@/lib/i18n/names";
import { typeWords } from "@/lib/messages/request-type-words";

type Option = { code: string; nameZh: string; nameEn: string };

/** A plain GET form: the filters land in the address, so a view can be bookmarked and shared. */
export async function QueueFiltersForm({ filters, townships, units }: { filters: QueueFilters; townships: Option[]; units: Option[] }) {
  const [t, tc, locale] = await Promise.all([getTranslations("queue.filters"), getTranslations("common"), getLocale()]);
  const name = (o: Option) => localName(o, locale);
  const active = Boolean(filters.status || filters.type || filters.priority || filters.overdue || filters.assignee || filters.township || filters.unit);
  const select = (id: keyof QueueFilters, label: string, options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`f-${id}`} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={`f-${id}`}
        name={id}
        defaultValue={(filters[id] as string | undefined) ?? ""}
        className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5"
      >
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <details open={active} className="rounded-lg bg-white p-3 shadow-sm">
      <summary className="cursor-pointer font-medium">{t("title")}</summary>
      <form method="get" action="/queue" aria-label={t("title")} className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <input type="hidden" name="tab" value={filters.tab} />
        {filters.q && <input type="hidden" name="q" value={filters.q} />}
        {select(
          "status",
          t("status"),
          STATUSES.map((s) => ({ value: s, label: tc(`status.${s}`) })),
        )}
        {select(
          "type",
          t("type"),
          requestTypeKeys().map((k) => ({ value: k, label: typeWords(locale, k).label })),
        )}
        {select(
          "priority",
          t("priority"),
          PRIORITIES.map((p) => ({ value: p, label: tc(`priority.${p}`) })),
        )}
        {select(
          "assignee",
          t("assignee"),
          ASSIGNEE_FILTERS.filter((a) => a !== "any").map((a) => ({ value: a, label: t(`assignees.${a}`) })),
        )}
        {select(
          "township",
          t("township"),
          townships.map((o) => ({ value: o.code, label: name(o) })),
        )}
        {units.length > 0 &&
          select(
            "unit",
            t("unit"),
            units.map((o) => ({ value: o.code, label: name(o) })),
          )}
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue === "1"} />
          {t("overdue")}
        </label>
        <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
            {t("apply")}
          </button>
          <Link href={queueHref({ tab: filters.tab, q: filters.q })} className="px-2 py-2 text-brand-700 underline">
            {t("clear")}
          </Link>
        </div>
      </form>
    </details>
  );
}
