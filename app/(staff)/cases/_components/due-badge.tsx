// No server imports here: the queue's rows (a client component) render due times with this too.

export const DUE_TONE = {
  ok: "bg-slate-100 text-slate-800",
  due_soon: "bg-amber-100 text-amber-900",
  overdue: "bg-red-100 text-red-900",
  paused: "bg-sky-100 text-sky-900",
  done: "bg-slate-100 text-slate-600",
} as const;

/** A due time as words and a tone: what the queue's rows and the case page's clock show. */
export type DueView = { iso: string; when: string; state: keyof typeof DUE_TONE; text: string };

/** The markup of a due view. */
export function DueBadge({ due }: { due: DueView }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1 text-sm">
      <time dateTime={due.iso}>{due.when}</time>
      <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${DUE_TONE[due.state]}`}>{due.text}</span>
    </span>
  );
}
