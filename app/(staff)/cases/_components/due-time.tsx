import { getFormatter, getTranslations } from "next-intl/server";
import { slaState } from "@/lib/sla/working-time";
import { FINISHED, isIn } from "@/lib/workflow/statuses";

const TONE = { ok: "bg-slate-100 text-slate-800", due_soon: "bg-amber-100 text-amber-900", overdue: "bg-red-100 text-red-900", paused: "bg-sky-100 text-sky-900", done: "bg-slate-100 text-slate-600" } as const;

/** A due time with what it means now: time left, overdue, or paused while the enterprise is asked. */
export async function DueTime({ dueAt, submittedAt, status, now }: { dueAt: Date; submittedAt: Date; status: string; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("queue.due"), getFormatter()]);
  const state =
    status === "NEEDS_INFO" ? "paused" : isIn(FINISHED, status) ? "done" : slaState(dueAt, now, submittedAt);
  const when = format.dateTime(dueAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const relative = format.relativeTime(dueAt, now);
  return (
    <span className="inline-flex flex-wrap items-center gap-1 text-sm">
      <time dateTime={dueAt.toISOString()}>{when}</time>
      <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${TONE[state]}`}>
        {state === "done" ? t("done") : state === "paused" ? t("paused") : t(state, { relative })}
      </span>
    </span>
  );
}
