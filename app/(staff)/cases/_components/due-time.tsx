import { getFormatter, getTranslations } from "next-intl/server";
import { slaState } from "@/lib/sla/working-time";
import { FINISHED, isIn } from "@/lib/workflow/statuses";
import { DueBadge, type DueView } from "./due-badge";

type Format = Awaited<ReturnType<typeof getFormatter>>;
type Words = Awaited<ReturnType<typeof getTranslations<"queue.due">>>;

/** Time left, overdue, or paused while the enterprise is asked; formatted with the request's translator and formatter. */
export function dueView(t: Words, format: Format, d: { dueAt: Date; submittedAt: Date; status: string }, now: Date): DueView {
  const state = d.status === "NEEDS_INFO" ? "paused" : isIn(FINISHED, d.status) ? "done" : slaState(d.dueAt, now, d.submittedAt);
  const when = format.dateTime(d.dueAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const text = state === "done" ? t("done") : state === "paused" ? t("paused") : t(state, { relative: format.relativeTime(d.dueAt, now) });
  return { iso: d.dueAt.toISOString(), when, state, text };
}

/** A due time with what it means now: time left, overdue, or paused while the enterprise is asked. */
export async function DueTime({ dueAt, submittedAt, status, now }: { dueAt: Date; submittedAt: Date; status: string; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("queue.due"), getFormatter()]);
  return <DueBadge due={dueView(t, format, { dueAt, submittedAt, status }, now)} />;
}
