import { hoursText, percent, scoreText } from "@/lib/stats/format";
import type { StatsReport } from "@/lib/stats/report";
import type { Words } from "@/lib/stats/tables";
import type { MessageKey } from "@/lib/i18n/keys";

type Card = { key: MessageKey<"stats.figures">; value: string | number | null; hint?: string };

/** The headline figures as labelled values (a description list, so each number is read with its name). */
export function FigureCards({ report, words }: { report: StatsReport; words: Words }) {
  const { t } = words;
  const f = report.flow;
  const s = report.satisfaction;
  const cards: Card[] = [
    { key: "received", value: f.received },
    { key: "resolved", value: f.resolved },
    { key: "resolutionRate", value: percent(f.resolutionRate), hint: t("hints.resolutionRate", { accepted: f.accepted, solved: f.acceptedSolved }) },
    { key: "onTimeRate", value: percent(f.onTimeRate), hint: t("hints.onTimeRate", { resolved: f.resolved, onTime: f.onTime }) },
    { key: "overdue", value: report.backlog.overdue, hint: t("hints.overdue", { open: report.backlog.open }) },
    { key: "reopenedShare", value: percent(f.reopenedShare), hint: t("hints.reopenedShare", { reopened: f.reopened }) },
    { key: "satisfactionRate", value: percent(s.rate), hint: t("hints.satisfaction", { ratings: s.ratings, average: scoreText(s.average) ?? "—" }) },
    {
      key: "withdrawals",
      value: report.withdrawals.pending,
      hint: t("hints.withdrawals", { total: report.withdrawals.total, reviewed: report.withdrawals.reviewed }),
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {cards.map((c) => (
        <div key={c.key} className="rounded-lg bg-white p-3 shadow-sm">
          <dt className="text-sm text-slate-600">{t(`figures.${c.key}`)}</dt>
          <dd className="text-2xl font-bold tabular-nums">{c.value ?? t("hints.noValue")}</dd>
          {c.hint && <dd className="text-xs text-slate-600">{c.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}

/** Median and 90th percentile hours, as a small table. */
export function Durations({ report, words }: { report: StatsReport; words: Words }) {
  const { t } = words;
  const rows = [
    ["firstResponse", report.flow.firstResponse],
    ["resolution", report.flow.resolution],
  ] as const;
  return (
    <section aria-labelledby="durations" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="durations" className="mb-2 font-semibold">
        {t("durations.title")}
      </h2>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="border-b border-slate-200 py-1.5 font-medium">
              {t("durations.measure")}
            </th>
            <th scope="col" className="border-b border-slate-200 py-1.5 font-medium">
              {t("durations.median")}
            </th>
            <th scope="col" className="border-b border-slate-200 py-1.5 font-medium">
              {t("durations.p90")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, spread]) => (
            <tr key={key}>
              <th scope="row" className="py-1.5 font-normal">
                {t(`durations.${key}`)}
              </th>
              <td className="py-1.5 tabular-nums">{hoursText(spread.median) ?? "—"}</td>
              <td className="py-1.5 tabular-nums">{hoursText(spread.p90) ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
