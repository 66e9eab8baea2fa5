import { niceAxis } from "./scale";

export type Bar = { label: string; value: number };

const W = 360;
const ROW = 40;
const PAD = { top: 4, right: 40, left: 4 };

/** Horizontal bars with the label above each bar and the value at its end; height fixed by the bar count. */
export function BarChart({ bars, color = "#1e40af" }: { bars: Bar[]; color?: string }) {
  const { max } = niceAxis(Math.max(0, ...bars.map((b) => b.value)));
  const H = PAD.top + bars.length * ROW + 4;
  const plotW = W - PAD.left - PAD.right;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ aspectRatio: `${W} / ${H}` }} aria-hidden="true" focusable="false" className="block h-auto max-w-xl">
      {bars.map((b, i) => {
        const top = PAD.top + i * ROW;
        const w = (b.value / max) * plotW;
        return (
          <g key={b.label}>
            <text x={PAD.left} y={top + 13} fontSize="13" fill="#334155">
              {b.label}
            </text>
            <rect x={PAD.left} y={top + 19} width={plotW} height={14} fill="#f1f5f9" />
            <rect x={PAD.left} y={top + 19} width={Math.max(b.value > 0 ? 2 : 0, w)} height={14} fill={color} />
            <text x={PAD.left + Math.max(w, 0) + 4} y={top + 31} fontSize="13" fill="#0f172a">
              {b.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
