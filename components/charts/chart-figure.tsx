import type { ReactNode } from "react";

export type LegendItem = { label: string; color: string };

type Props = {
  id: string;
  title: string;
  /** One sentence a screen reader hears for the picture, e.g. "8 weeks, 120 received, 98 resolved". */
  summary: string;
  showTableLabel: string;
  header: string[];
  rows: (string | number)[][];
  legend?: LegendItem[];
  children: ReactNode;
};

/**
 * A chart with its caption, legend and the same data as a table (collapsed, for screen readers and
 * for anyone who wants the exact numbers). The picture itself is announced as one image with `summary`.
 */
export function ChartFigure({ id, title, summary, showTableLabel, header, rows, legend, children }: Props) {
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded-lg bg-white p-4 shadow-sm">
      <figcaption id={`${id}-title`} className="mb-2 font-semibold">
        {title}
      </figcaption>
      <div role="img" aria-label={summary} className="w-full">
        {children}
      </div>
      {legend && (
        <ul className="mt-2 flex flex-wrap gap-4 text-sm" aria-hidden="true">
          {legend.map((l) => (
            <li key={l.label} className="flex items-center gap-1.5">
              <span className="inline-block h-3 w-3 rounded-sm" style={{ background: l.color }} />
              {l.label}
            </li>
          ))}
        </ul>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700 underline">{showTableLabel}</summary>
        <div className="mt-2 overflow-x-auto">
          {/* Cell styles set once on the table, not on each of its cells: the page carries the markup twice (HTML and RSC). */}
          <table className="min-w-full text-left [&_td]:px-2 [&_td]:py-1 [&_td]:tabular-nums [&_th]:px-2 [&_th]:py-1 [&_thead_th]:border-b [&_thead_th]:border-slate-200 [&_thead_th]:font-medium [&_tbody_th]:font-normal">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {header.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {c}
                      </th>
                    ) : (
                      <td key={j}>{c}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
