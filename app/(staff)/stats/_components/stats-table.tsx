import type { StatsTable } from "@/lib/stats/tables";

/**
 * Every table's CSV in one place (not under each table and chart): the visible name is the table's,
 * a screen reader hears "下载CSV：<table>".
 */
export function CsvLinks({ tables, href, title, label }: { tables: StatsTable[]; href: (table: StatsTable) => string; title: string; label: string }) {
  return (
    <section aria-labelledby="csv-heading" className="rounded-lg bg-white p-4 text-sm shadow-sm">
      <h2 id="csv-heading" className="font-semibold">
        {title}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
        {tables.map((table) => (
          <li key={table.key}>
            <a href={href(table)} download aria-label={`${label}：${table.title}`} className="text-brand-700 underline">
              {table.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

const CELLS =
  "[&_td]:px-2 [&_td]:py-1.5 [&_td]:tabular-nums [&_th]:px-2 [&_th]:py-1.5 [&_thead_th]:border-b [&_thead_th]:border-slate-200 [&_thead_th]:font-medium [&_thead_th]:whitespace-nowrap [&_tbody_th]:font-normal";

/** One stats table as on the page; its CSV (in CsvLinks) holds exactly these cells. */
export function StatsTableView({ table, empty, hideTitle }: { table: StatsTable; empty: string; hideTitle?: boolean }) {
  const id = `table-${table.key}`;
  return (
    // min-w-0: inside a grid the card would otherwise grow to the table's width and push the page sideways.
    <div className="min-w-0 rounded-lg bg-white p-4 shadow-sm">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className={hideTitle ? "sr-only" : "font-semibold"}>
          {table.title}
        </h2>
      </div>
      {table.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={id}>
          {/* Wide tables keep readable columns on a phone and scroll sideways inside their own box. */}
          {/* Cell styles set once on the table, not on each of its cells: the page carries the markup twice (HTML and RSC). */}
          <table className={`${CELLS} w-full text-left text-sm ${table.header.length > 4 ? "min-w-[40rem]" : ""}`}>
            <thead>
              <tr>
                {table.header.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {table.links?.[i] ? (
                          // A plain link: this table is rendered once as static markup (figures.tsx).
                          <a href={table.links[i]!} className="font-mono text-brand-700 underline">
                            {cell}
                          </a>
                        ) : (
                          cell
                        )}
                      </th>
                    ) : (
                      <td key={j}>{cell ?? "—"}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
