import type { getFormatter } from "next-intl/server";
import type { StatsReport } from "@/lib/stats/report";
import { statsQuery, effectiveParams } from "@/lib/stats/scope";
import { MAX_PERIOD_DAYS } from "@/lib/stats/period";
import { scopeLabel, statsTables, type StatsTable, type TableKey, type Words } from "@/lib/stats/tables";
import { shanghaiDayStart } from "@/lib/time/shanghai";
import { staticMarkup } from "@/components/static/markup";
import { BacklogCharts, TrendChart } from "./charts";
import { Durations, FigureCards } from "./figure-cards";
import { FilterForm } from "./filter-form";
import { CsvLinks, StatsTableView } from "./stats-table";

type Format = Awaited<ReturnType<typeof getFormatter>>;

const DEFINITIONS = [
  "received",
  "accepted",
  "resolutionRate",
  "resolved",
  "onTimeRate",
  "durations",
  "overdue",
  "pauses",
  "satisfaction",
  "withdrawals",
] as const;

// Everyone served the same report (lib/stats/report.ts keeps one per scope, period and filters for up to a
// minute) sees the same page: its markup is rendered once per report and language and reused.
const rendered = new WeakMap<StatsReport, Map<string, string>>();

/**
 * Everything a stats view shows (title, filters, CSV links and figures) as HTML, rendered once per served
 * report and language: none of it depends on who asks beyond the report they were served.
 */
export function statsMarkup(report: StatsReport, words: Words, format: Format): string {
  const byLocale = rendered.get(report) ?? new Map<string, string>();
  rendered.set(report, byLocale);
  let markup = byLocale.get(words.locale);
  if (markup === undefined) {
    markup = staticMarkup(<StatsBody report={report} words={words} format={format} />);
    byLocale.set(words.locale, markup);
  }
  return markup;
}

function StatsBody({ report, words, format }: { report: StatsReport; words: Words; format: Format }) {
  const tables = new Map<TableKey, StatsTable>(statsTables(report, words).map((x) => [x.key, x]));
  const effective = effectiveParams(report);
  const csvHref = (table: { key: TableKey }) => `/stats/export?${statsQuery(effective, { table: table.key })}`;
  const { t } = words;
  return (
    <>
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
      <div className="space-y-6">
        <Figures report={report} words={words} format={format} tables={tables} />
      </div>
    </>
  );
}

function Figures({ report, words, format, tables }: { report: StatsReport; words: Words; format: Format; tables: Map<TableKey, StatsTable> }) {
  const { t } = words;
  const effective = effectiveParams(report);
  const day = (d: string) => format.dateTime(shanghaiDayStart(d), { dateStyle: "long" });
  const { period, params } = report;
  const headline = period.endsNow
    ? t("headline.since", { date: day(period.firstDay), count: report.flow.resolved })
    : t("headline.range", { from: day(period.firstDay), to: day(period.lastDay), count: report.flow.resolved });
  const tableView = (key: TableKey, hideTitle = false) => {
    const table = tables.get(key);
    return table && <StatsTableView table={table} empty={words.t("hints.noValue")} hideTitle={hideTitle} />;
  };
  const w = report.withdrawals;
  return (
    <>
      <section aria-labelledby="overview" className="space-y-3">
        <h2 id="overview" className="sr-only">
          {t("sections.overview")}
        </h2>
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
            <h3 id="definitions-heading" className="font-semibold">
              {t("definitions.title")}
            </h3>
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
        <h2 id="trend" className="text-lg font-semibold">
          {t("sections.trend")}
        </h2>
        <TrendChart report={report} words={words} tables={tables} />
      </section>

      <section aria-labelledby="backlog" className="space-y-3">
        <h2 id="backlog" className="text-lg font-semibold">
          {t("sections.backlog")}
        </h2>
        <BacklogCharts report={report} words={words} tables={tables} />
        {tableView("status")}
      </section>

      <section aria-labelledby="pauses" className="space-y-3">
        <h2 id="pauses" className="text-lg font-semibold">
          {t("sections.pauses")}
        </h2>
        {tableView("pauses", true)}
      </section>

      {(tables.has("units") || tables.has("townships")) && (
        <section aria-labelledby="compare" className="space-y-3">
          <h2 id="compare" className="text-lg font-semibold">
            {t("sections.compare")}
          </h2>
          <div className="grid gap-4 xl:grid-cols-2">
            {tableView("units")}
            {tableView("townships")}
          </div>
        </section>
      )}

      {tables.has("officers") ? tableView("officers") : <p className="text-sm text-slate-600">{t("sections.workloadPickUnit")}</p>}

      <div id="withdrawals" className="space-y-2">
        {tableView("withdrawals")}
        <p className="flex flex-wrap gap-4 text-sm text-slate-600">
          <span>{t("sections.withdrawalsShown", { total: w.total })}</span>
          {params.after && (
            <a href={`/stats?${statsQuery(effective)}#withdrawals`} className="text-brand-700 underline">
              {t("sections.withdrawalsFirst")}
            </a>
          )}
          {w.next && (
            <a href={`/stats?${statsQuery(effective, { after: w.next })}#withdrawals`} className="text-brand-700 underline">
              {t("sections.withdrawalsMore")}
            </a>
          )}
        </p>
      </div>
    </>
  );
}
