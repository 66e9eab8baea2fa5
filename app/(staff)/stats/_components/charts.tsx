import { BarChart } from "@/components/charts/bar-chart";
import { ChartFigure } from "@/components/charts/chart-figure";
import { ColumnChart } from "@/components/charts/column-chart";
import { shortDay } from "@/components/charts/scale";
import type { StatsReport } from "@/lib/stats/report";
import type { StatsTable, TableKey, Words } from "@/lib/stats/tables";

const RECEIVED = "#1d4ed8";
const RESOLVED = "#15803d";

type Props = { report: StatsReport; words: Words; tables: Map<TableKey, StatsTable> };

function parts({ tables }: Props, key: TableKey) {
  const table = tables.get(key)!;
  return {
    header: table.header,
    rows: table.rows.map((r) => r.map((c) => c ?? "—")),
    bars: table.rows.map((r) => ({ label: String(r[0]), value: Number(r[1]) })),
  };
}

/** Received vs resolved per week, with its table. */
export function TrendChart(props: Props) {
  const { report, words } = props;
  const { t } = words;
  const trend = report.trend;
  const p = parts(props, "trend");
  const columns = {
    categories: trend.map((w) => shortDay(w.week)),
    series: [
      { label: t("series.received"), color: RECEIVED, values: trend.map((w) => w.received) },
      { label: t("series.resolved"), color: RESOLVED, values: trend.map((w) => w.resolved) },
    ],
  };
  return (
    <div>
      <ChartFigure
        id="chart-trend"
        title={t("charts.trend")}
        summary={t("charts.trendSummary", { weeks: trend.length, received: report.flow.received, resolved: report.flow.resolved })}
        showTableLabel={t("charts.showTable")}
        header={p.header}
        rows={p.rows}
        legend={[
          { label: t("series.received"), color: RECEIVED },
          { label: t("series.resolved"), color: RESOLVED },
        ]}
      >
        {/* One drawing per shape: compact on a phone, wide enough to fill the card from lg up. */}
        <ColumnChart className="max-w-xl lg:hidden" {...columns} />
        <ColumnChart size="wide" className="hidden lg:block" {...columns} />
      </ChartFigure>
    </div>
  );
}

/** The open backlog by age band and by request type, each with its table. */
export function BacklogCharts(props: Props) {
  const { t } = props.words;
  const open = props.report.backlog.open;
  const age = parts(props, "age");
  const types = parts(props, "types");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div>
        <ChartFigure
          id="chart-age"
          title={t("charts.age")}
          summary={t("charts.ageSummary", { open })}
          showTableLabel={t("charts.showTable")}
          header={age.header}
          rows={age.rows}
        >
          <BarChart bars={age.bars} />
        </ChartFigure>
      </div>
      <div>
        <ChartFigure
          id="chart-types"
          title={t("charts.types")}
          summary={t("charts.typesSummary", { open })}
          showTableLabel={t("charts.showTable")}
          header={types.header}
          rows={types.rows}
        >
          <BarChart bars={types.bars} color="#7c3aed" />
        </ChartFigure>
      </div>
    </div>
  );
}
