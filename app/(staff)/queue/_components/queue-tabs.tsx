import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { COUNT_CAP } from "@/lib/cases/queue";
import { cappedCount } from "@/lib/paging/capped-count";
import { QUEUE_TABS, queueHref, type QueueFilters, type QueueTab } from "@/lib/cases/queue-filters";

/** The queue's views with how many cases each holds under the current filters ("99+" past the cap: counting stops there). */
export async function QueueTabs({ filters, counts }: { filters: QueueFilters; counts: Record<QueueTab, number> }) {
  const t = await getTranslations("queue.tabs");
  return (
    // One line that scrolls sideways on a phone (three wrapped lines pushed the cases off the first screen);
    // every tab is a link, so the strip is reachable and scrollable by keyboard too.
    <nav aria-label={t("label")} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex w-max min-w-full gap-x-1 border-b border-slate-200 whitespace-nowrap sm:w-auto sm:flex-wrap">
        {QUEUE_TABS.map((tab) => {
          const current = tab === filters.tab;
          return (
            <li key={tab}>
              <Link
                href={queueHref(filters, { tab })}
                aria-current={current ? "page" : undefined}
                className={`block rounded-t px-3 py-2 text-sm ${current ? "border-b-2 border-brand-700 font-semibold text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
              >
                {t(tab)} <span className="ml-1 rounded-full bg-slate-100 px-1.5 text-xs">{cappedCount(counts[tab], COUNT_CAP)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
