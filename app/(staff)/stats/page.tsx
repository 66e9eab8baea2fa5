import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { isStatementTimeout } from "@/lib/db";
import { MAX_PERIOD_DAYS } from "@/lib/stats/period";
import { servedStats } from "@/lib/stats/report";
import { effectiveParams, parseStatsParams, statsQuery } from "@/lib/stats/scope";
import { scopeLabel, statsTables, type TableKey } from "@/lib/stats/tables";
import { FigureCards, Durations } from "./_components/figure-cards";
import { FilterForm } from "./_components/filter-form";
import { BacklogCharts, TrendChart } from "./_components/charts";
import { CsvLinks, StatsTableView } from "./_components/stats-table";
import { statsWords } from "./words";
import { shanghaiDayStart } from "@/lib/time/shanghai";

export async function generateMetadata() {
  return { title: (await getTranslations("stats"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DEFINITIONS = ["received", "accepted", "resolutionRate", "resolved", "onTimeRate", "durations", "overdue", "pauses", "satisfaction", "withdrawals"];

export default async function StatsPage({ searchParams }: Props) {
  const principal = await requireRole("LEAD", "ADMIN");
  const params = parseStatsParams(await searchParams);
  const report = await servedStats(principal, params, new Date()).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    if (isStatementTimeout(err)) return null;
    throw err;
  });
  const [words, format] = await Promise.all([statsWords(), getFormatter()]);
  if (!report) {
    // PostgreSQL cut the view off (PAGE_STATEMENT_TIMEOUT_MS): say so instead of an error page.
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{words.t("title")}</h1>
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">{words.t("limits.tooSlow")}</p>
        <Link href="/stats" className="text-brand-700 underline">{words.t("limits.backToDefault")}</Link>
      </div>
    );
  }
  const { t } = words;
  const tables = new Map(statsTables(report, words).map((x) => [x.key, x]));
  const effective = effectiveParams(report);
  const csvHref = (table: { key: TableKey }) => `/stats/export?${statsQuery(effective, { table: table.key })}`;
  const day = (d: string) => format.dateTime(shanghaiDayStart(d), { dateStyle: "long" });
  const { period } = report;
  const headline = period.endsNow
    ? t("headline.since", { date: day(period.firstDay), count: report.flow.resolved })
    : t("headline.range", { from: day(period.firstDay), to: day(period.lastDay), count: report.flow.resolved });
  const tableView = (key: TableKey, hideTitle = false) => {
    const table = tables.get(key);
    return table && <StatsTableView table={table} empty={words.t("hints.noValue")} hideTitle={hideTitle} />;
  };
  const w = report.withdrawals;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-600">{t("scope.label", { scope: scopeLabel(report, words) })}</p>
      </div>
      <FilterForm report={report} words={words} />
      <CsvLinks tables={[...tables.values()]} href={csvHref} title={t("csv.title")} label={t("csv.download")} />
      {report.periodAdjusted && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          {report.periodTooLong ? t("limits.periodTooLong", { days: MAX_PERIOD_DAYS }) : t("filters.adjusted")}
        </p>
      )}

      <section aria-labelledby="overview" className="space-y-3">
        <h2 id="overview" className="sr-only">{t("sections.overview")}</h2>
        <p className="text-xl font-semibold text-brand-800" data-testid="stats-headline">
          {headline}
        </p>
        {/* Figures are served up to a minute old: say when they were computed, and how close the read percentiles are. */}
        <p className="text-sm text-slate-600" data-testid="stats-as-of">
          {t("computedAt", { time: format.dateTime(report.asOf, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }) })}{" "}
          {t("spreadPrecision")}
        </p>
        <FigureCards report={report} words={words} />
        <div className="grid gap-4 lg:grid-cols-2">
          <Durations report={report} words={words} />
          {/* Says what it holds while collapsed: a heading, a sentence, then the definitions on demand. */}
          <section aria-labelledby="definitions-heading" className="rounded-lg bg-white p-4 text-sm shadow-sm">
            <h3 id="definitions-heading" className="font-semibold">{t("definitions.title")}</h3>
            <p className="mt-1 text-slate-700">{t("definitions.intro")}</p>
            <details className="mt-2">
              <summary className="cursor-pointer text-brand-700 underline">{t("definitions.show", { count: DEFINITIONS.length })}</summary>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {DEFINITIONS.map((k) => (
                  <li key={k}>{t(`definitions.${k}`)}</li>
                ))}
              </ul>
            </details>
          </section>
        </div>
        {tableView("summary")}
      </section>

      <section aria-labelledby="trend" className="space-y-3">
        <h2 id="trend" className="text-lg font-semibold">{t("sections.trend")}</h2>
        <TrendChart report={report} words={words} tables={tables} />
      </section>

      <section aria-labelledby="backlog" className="space-y-3">
        <h2 id="backlog" className="text-lg font-semibold">{t("sections.backlog")}</h2>
        <BacklogCharts report={report} words={words} tables={tables} />
        {tableView("status")}
      </section>

      <section aria-labelledby="pauses" className="space-y-3">
        <h2 id="pauses" className="text-lg font-semibold">{t("sections.pauses")}</h2>
        {tableView("pauses", true)}
      </section>

      {(tables.has("units") || tables.has("townships")) && (
        <section aria-labelledby="compare" className="space-y-3">
          <h2 id="compare" className="text-lg font-semibold">{t("sections.compare")}</h2>
          <div className="grid gap-4 xl:grid-cols-2">
            {tableView("units")}
            {tableView("townships")}
          </div>
        </section>
      )}

      {tables.has("officers") ? (
        tableView("officers")
      ) : (
        <p className="text-sm text-slate-600">{t("sections.workloadPickUnit")}</p>
      )}

      <div id="withdrawals" className="space-y-2">
        {tableView("withdrawals")}
        <p className="flex flex-wrap gap-4 text-sm text-slate-600">
          <span>{t("sections.withdrawalsShown", { total: w.total })}</span>
          {params.after && <Link href={`/stats?${statsQuery(effective)}#withdrawals`} className="text-brand-700 underline">{t("sections.withdrawalsFirst")}</Link>}
          {w.next && <Link href={`/stats?${statsQuery(effective, { after: w.next })}#withdrawals`} className="text-brand-700 underline">{t("sections.withdrawalsMore")}</Link>}
        </p>
      </div>
    </div>
  );
}
