// The stats as tables of words and figures: the page shows them and the CSV export writes them, so
// a download always holds exactly the numbers on screen.
import type { Cell } from "./csv";
import type { FlowFigures } from "./flow";
import { AGE_BUCKETS, type OpenCount } from "./backlog";
import { OPEN as OPEN_STATUSES } from "@/lib/workflow/statuses";
import { hoursText, percentNumber, scoreText } from "./format";
import type { StatsReport } from "./report";
import { localName } from "@/lib/i18n/names";
import type { MessageKey } from "@/lib/i18n/keys";
import { STATUSES, type Status } from "@/lib/workflow/state-machine";
import { isOneOf } from "@/lib/checks/one-of";
import { shanghaiDateTime } from "@/lib/time/shanghai";

export const TABLE_KEYS = ["summary", "trend", "age", "status", "types", "pauses", "units", "townships", "officers", "withdrawals"] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

export type StatsTable = {
  key: TableKey;
  title: string;
  header: string[];
  rows: Cell[][];
  /** Where the first cell of each row links to (the case of a withdrawal), if anywhere. */
  links?: (string | null)[];
};

/** A translator over the `stats` namespace plus the request-type and status catalogs. */
export type Words = {
  t: (key: MessageKey<"stats">, values?: Record<string, string | number>) => string;
  typeLabel: (type: string) => string;
  statusLabel: (status: Status) => string;
  /** A pause reason read from the rows, by its own name when the catalog has no words for it. */
  pauseReason: (reason: string) => string;
  locale: string;
};

/** The scope in words: "赤岸镇助企服务团 · 2026-09-21 – 2026-10-11 · 其他需求". */
export function scopeLabel(r: StatsReport, w: Words): string {
  const parts = [r.scope.unit ? localName(r.scope.unit, w.locale) : w.t("scope.city"), `${r.period.firstDay} – ${r.period.lastDay}`];
  if (r.scope.township) parts.push(localName(r.scope.township, w.locale));
  if (r.scope.scope.type) parts.push(w.typeLabel(r.scope.scope.type));
  return parts.join(" · ");
}

function summary(r: StatsReport, w: Words): StatsTable {
  const f = r.flow;
  const s = r.satisfaction;
  const row = (key: Figure, value: Cell): Cell[] => [w.t(`figures.${key}`), value];
  // A rate is a number in the table and the CSV; its label says it is in percent.
  const rate = (key: Figure, value: number | null): Cell[] => [inPercent(w, key), percentNumber(value)];
  return {
    key: "summary",
    title: w.t("tables.summary"),
    header: [w.t("columns.figure"), w.t("columns.value")],
    rows: [
      [w.t("columns.scope"), scopeLabel(r, w)],
      row("received", f.received),
      row("accepted", f.accepted),
      row("acceptedSolved", f.acceptedSolved),
      rate("resolutionRate", f.resolutionRate),
      row("resolved", f.resolved),
      row("onTime", f.onTime),
      rate("onTimeRate", f.onTimeRate),
      rate("reopenedShare", f.reopenedShare),
      row("open", r.backlog.open),
      row("overdue", r.backlog.overdue),
      row("firstResponseMedian", hoursText(f.firstResponse.median)),
      row("firstResponseP90", hoursText(f.firstResponse.p90)),
      row("resolutionMedian", hoursText(f.resolution.median)),
      row("resolutionP90", hoursText(f.resolution.p90)),
      row("ratings", s.ratings),
      rate("satisfactionRate", s.rate),
      row("averageScore", scoreText(s.average)),
      row("withdrawn", r.withdrawals.total),
      row("withdrawals", r.withdrawals.pending),
      row("withdrawalsReviewed", r.withdrawals.reviewed),
      row("outcomeVoluntary", r.withdrawals.voluntary),
      row("outcomePushed", r.withdrawals.pushed),
      row("outcomeOther", r.withdrawals.other),
    ],
  };
}

type Figure = MessageKey<"stats.figures">;

const inPercent = (w: Words, key: Figure) => w.t("columns.inPercent", { name: w.t(`figures.${key}`) });

const flowColumns = (w: Words) =>
  (["received", "accepted", "resolved", "resolutionRate", "onTimeRate", "open", "overdue"] as const).map((k) =>
    k.endsWith("Rate") ? inPercent(w, k) : w.t(`figures.${k}`),
  );

function flowCells(f: FlowFigures | undefined, open: OpenCount | undefined): Cell[] {
  return [
    f?.received ?? 0,
    f?.accepted ?? 0,
    f?.resolved ?? 0,
    percentNumber(f?.resolutionRate ?? null),
    percentNumber(f?.onTimeRate ?? null),
    open?.open ?? 0,
    open?.overdue ?? 0,
  ];
}

/** Every unit (or township) side by side, those with nothing to show included. */
function breakdown(key: "units" | "townships", r: StatsReport, w: Words): StatsTable | null {
  const flows = key === "units" ? r.byUnit : r.byTownship;
  if (!flows) return null;
  const places = key === "units" ? r.options.units : r.options.townships;
  const open = key === "units" ? r.backlog.byUnit : r.backlog.byTownship;
  const byKey = new Map(flows.map((f) => [f.key, f]));
  return {
    key,
    title: w.t(`tables.${key}`),
    header: [w.t(key === "units" ? "columns.unit" : "columns.township"), ...flowColumns(w)],
    rows: places.map((p) => [localName(p, w.locale), ...flowCells(byKey.get(p.id), open.get(p.id))]),
  };
}

/** Every table the report has, in page order (units, townships and officers only where they apply). */
export function statsTables(r: StatsReport, w: Words): StatsTable[] {
  const tables: (StatsTable | null)[] = [
    summary(r, w),
    {
      key: "trend",
      title: w.t("tables.trend"),
      header: [w.t("columns.week"), w.t("series.received"), w.t("series.resolved")],
      rows: r.trend.map((x) => [x.week, x.received, x.resolved]),
    },
    {
      key: "age",
      title: w.t("tables.age"),
      header: [w.t("columns.age"), w.t("figures.open")],
      rows: AGE_BUCKETS.map((b) => [w.t(`age.${b}`), r.backlog.byAge[b]]),
    },
    {
      key: "status",
      title: w.t("tables.status"),
      header: [w.t("columns.status"), w.t("figures.open")],
      rows: OPEN_STATUSES.map((s) => [w.statusLabel(s), r.backlog.byStatus[s]]),
    },
    {
      key: "types",
      title: w.t("tables.types"),
      header: [w.t("columns.type"), w.t("figures.open"), w.t("figures.overdue")],
      rows: r.options.types.map((type) => {
        const x = r.backlog.byType.find((b) => b.type === type);
        return [w.typeLabel(type), x?.open ?? 0, x?.overdue ?? 0];
      }),
    },
    {
      key: "pauses",
      title: w.t("tables.pauses"),
      header: (["reason", "count", "stillOpen", "hours", "averageHours"] as const).map((k) => w.t(`columns.${k}`)),
      rows: r.pauses.map((p) => [w.pauseReason(p.reason), p.count, p.stillOpen, hoursText(p.hours), hoursText(p.averageHours)]),
    },
    breakdown("units", r, w),
    breakdown("townships", r, w),
    r.workload && {
      key: "officers",
      title: w.t("tables.officers"),
      header: (["officer", "assignedOpen", "overdue", "waiting", "resolved", "onTime"] as const).map((k) => w.t(`columns.${k}`)),
      rows: r.workload.map((o) => [o.name ?? w.t("columns.unassigned"), o.open, o.overdue, o.waiting, o.resolved, o.onTime]),
    },
    {
      key: "withdrawals",
      title: w.t("tables.withdrawals"),
      header: (["reference", "enterprise", "type", "withdrawnAt", "fromStatus", "withdrawReason", "reviewOutcome", "reviewNote"] as const).map((k) =>
        w.t(`columns.${k}`),
      ),
      rows: r.withdrawals.rows.map((x) => [
        x.reference,
        x.enterpriseName,
        w.typeLabel(x.type),
        shanghaiDateTime(x.withdrawnAt),
        isOneOf(STATUSES, x.fromStatus) ? w.statusLabel(x.fromStatus) : x.fromStatus,
        x.reason,
        w.t(`outcomes.${x.outcome ?? "PENDING"}`),
        x.reviewNote,
      ]),
      links: r.withdrawals.rows.map((x) => `/cases/${x.reference}`),
    },
  ];
  return tables.filter((x): x is StatsTable => x !== null);
}
