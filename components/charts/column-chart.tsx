import { labelEvery, niceAxis } from "./scale";

export type Series = { label: string; color: string; values: number[] };

// A drawing size per shape: the SVG scales with its box but keeps its aspect ratio, so nothing moves as it
// loads. "compact" suits a phone or half a page; "wide" fills a desktop card at a readable text size.
const SIZES = { compact: { W: 360, H: 200 }, wide: { W: 900, H: 240 } } as const;
const PAD = { top: 10, right: 8, bottom: 26, left: 34 };

/** Grouped columns, one group per category (e.g. weeks), one column per series. Decorative: see ChartFigure. */
export function ColumnChart({
  categories,
  series,
  size = "compact",
  className = "max-w-xl",
}: {
  categories: string[];
  series: Series[];
  size?: keyof typeof SIZES;
  className?: string;
}) {
  const { W, H } = SIZES[size];
  const { max, ticks } = niceAxis(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  // A few categories keep a sensible width instead of stretching across the whole chart.
  const band = Math.min(plotW / Math.max(1, categories.length), W / 7.5);
  const colW = (band * 0.8) / Math.max(1, series.length);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const every = labelEvery(categories.length, 8);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ aspectRatio: `${W} / ${H}` }}
      aria-hidden="true"
      focusable="false"
      className={`block h-auto ${className}`}
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
          <text x={PAD.left - 4} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#475569">
            {t}
          </text>
        </g>
      ))}
      {categories.map((c, i) => (
        <g key={c}>
          {series.map((s, j) => {
            const v = s.values[i] ?? 0;
            return (
              <rect key={s.label} x={PAD.left + i * band + band * 0.1 + j * colW} y={y(v)} width={Math.max(1, colW - 1)} height={y(0) - y(v)} fill={s.color}>
                <title>{`${c} ${s.label}: ${v}`}</title>
              </rect>
            );
          })}
          {i % every === 0 && (
            <text x={PAD.left + i * band + band / 2} y={H - PAD.bottom + 14} textAnchor="middle" fontSize="11" fill="#475569">
              {c}
            </text>
          )}
        </g>
      ))}
      <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#64748b" />
    </svg>
  );
}
