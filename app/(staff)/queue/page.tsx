import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { requireRole } from "@/lib/auth/session";
import { queueView } from "@/lib/cases/queue";
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
  const [{ page, options, assignees, lead }, t, tc] = await Promise.all([
    queueView(principal, filters, now),
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
      {/* Officers get no client catalog on the queue; a lead's selection form gets the queue's words. */}
      {lead && page.rows.length > 0 ? (
        <ClientMessages namespaces={["common", "queue.bulk", "queue.actions.choose", "queue.feedback"]}>
          <BulkForm assignees={assignees}>{list}</BulkForm>
        </ClientMessages>
      ) : (
        list
      )}
      <nav aria-label={tc("pagination.label")} className="flex flex-wrap gap-4">
        {filters.cursor && (
          <Link href={queueHref(filters)} className="text-brand-700 underline">
            {tc("pagination.first")}
          </Link>
        )}
        {page.nextCursor && (
          <Link href={queueHref(filters, { cursor: page.nextCursor })} className="text-brand-700 underline">
            {tc("pagination.next")}
          </Link>
        )}
      </nav>
      {/* A download, not a page: a plain link so the browser saves it. */}
      <p>
        <a href={queueHref(filters).replace(/^\/queue/, "/queue/export")} className="text-brand-700 underline" download>
          {t("export.link")}
        </a>
      </p>
    </div>
  );
}
