import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { bulkAssignees, queueFilterOptions, queuePage } from "@/lib/cases/queue";
import { parseQueueFilters, queueHref } from "@/lib/cases/queue-filters";
import { BulkForm } from "./_components/bulk-form";
import { QueueFiltersForm } from "./_components/queue-filters-form";
import { QueueList } from "./_components/queue-list";
import { QueueSearch } from "./_components/queue-search";
import { QueueTabs } from "./_components/queue-tabs";

export async function generateMetadata() {
  return { title: (await getTranslations("queue"))("title") };
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requireRole("OFFICER", "LEAD", "ADMIN");
  const filters = parseQueueFilters(await searchParams);
  const now = new Date();
  const lead = principal.role === "LEAD" || principal.role === "ADMIN";
  const [page, options, assignees, t, tc] = await Promise.all([
    queuePage(principal, filters, now),
    queueFilterOptions(principal),
    lead ? bulkAssignees(principal, filters) : Promise.resolve([]),
    getTranslations("queue"),
    getTranslations("common"),
  ]);
  const list = <QueueList rows={page.rows} principal={principal} selectable={lead} now={now} />;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <QueueSearch filters={filters} />
      <QueueTabs filters={filters} counts={page.counts} />
      <QueueFiltersForm filters={filters} townships={options.townships} units={options.units} />
      {lead && page.rows.length > 0 ? <BulkForm assignees={assignees}>{list}</BulkForm> : list}
      <nav aria-label={tc("pagination.label")} className="flex flex-wrap gap-4">
        {filters.cursor && <Link href={queueHref(filters)} className="text-brand-700 underline">{tc("pagination.first")}</Link>}
        {page.nextCursor && <Link href={queueHref(filters, { cursor: page.nextCursor })} className="text-brand-700 underline">{tc("pagination.next")}</Link>}
      </nav>
    </div>
  );
}
