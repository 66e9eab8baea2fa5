import { getTranslations } from "next-intl/server";
import type { QueueFilters } from "@/lib/cases/queue-filters";

/** The search box, always in sight above the tabs; a search keeps the view's other filters (and restarts paging). */
export async function QueueSearch({ filters }: { filters: QueueFilters }) {
  const t = await getTranslations("queue.filters");
  const kept = Object.entries(filters).filter(([k, v]) => k !== "q" && k !== "cursor" && typeof v === "string" && v);
  return (
    <form method="get" action="/queue" role="search" aria-label={t("searchLabel")} className="flex flex-wrap items-end gap-2">
      {kept.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v as string} />
      ))}
      <div className="min-w-0 flex-1 basis-56">
        <label htmlFor="queue-q" className="block text-sm font-medium">
          {t("q")}
        </label>
        <input
          id="queue-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          placeholder={t("qPlaceholder")}
          className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5"
        />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800">
        {t("search")}
      </button>
    </form>
  );
}
