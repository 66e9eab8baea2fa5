import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Principal } from "@/lib/auth/types";
import type { QueueRow } from "@/lib/cases/queue";
import { findRequestType } from "@/lib/requests/registry";
import { DueTime } from "../../cases/_components/due-time";
import { localName } from "@/lib/i18n/names";
import { isIn, RUNNING } from "@/lib/workflow/statuses";
import { detailsOf } from "@/lib/requests/details";

const PRIORITY_TONE: Record<string, string> = { URGENT: "bg-red-100 text-red-900", HIGH: "bg-amber-100 text-amber-900", NORMAL: "bg-slate-100", LOW: "bg-slate-50 text-slate-600" };

/** The cases, one card per row (readable at 390 px); leads get a checkbox per case for bulk actions. */
export async function QueueList({ rows, principal, selectable, now }: { rows: QueueRow[]; principal: Principal; selectable: boolean; now: Date }) {
  const [t, tc, tt, locale] = await Promise.all([getTranslations("queue.list"), getTranslations("common"), getTranslations("types"), getLocale()]);
  const summary = (r: QueueRow) => findRequestType(r.type)?.summary(detailsOf(r.details)) ?? "";
  if (rows.length === 0) return <p className="rounded-lg bg-white p-4 text-slate-600 shadow-sm">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm" aria-label={t("label")}>
      {rows.map((r) => (
        <li key={r.id} className="flex gap-3 px-4 py-3">
          {selectable && (
            <input type="checkbox" name="references" value={r.reference} aria-label={t("select", { reference: r.reference })} className="mt-1.5 h-4 w-4 shrink-0" />
          )}
          <div className="min-w-0 flex-1 space-y-1">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <Link href={`/cases/${r.reference}`} className="font-mono font-medium text-brand-700 underline">{r.reference}</Link>
              <span>{tt.has(`${r.type}.label`) ? tt(`${r.type}.label`) : r.type}</span>
              <span className="rounded bg-slate-100 px-2 py-0.5 text-xs">{tc(`status.${r.status}`)}</span>
              <span className={`rounded px-2 py-0.5 text-xs ${PRIORITY_TONE[r.priority]}`}>{tc(`priority.${r.priority}`)}</span>
              {/* Escalated for its resolution time, or for waiting to be accepted past its first-response time. */}
              {((r.escalatedAt && isIn(RUNNING, r.status)) || (r.firstResponseEscalatedAt && !r.firstResponseAt && r.status === "SUBMITTED")) && <span className="rounded bg-red-600 px-2 py-0.5 text-xs text-white">{t("escalated")}</span>}
              {principal.role !== "ADMIN" && r.unitId !== principal.unitId && <span className="rounded bg-sky-100 px-2 py-0.5 text-xs text-sky-900">{t("coHandling")}</span>}
            </div>
            <div className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
              <span className="break-words">{r.enterprise.name}</span>
              {r.unverified && <span className="text-amber-800">{tc("unverified")}</span>}
              <span className="text-slate-500">{localName(r.township, locale)}</span>
              {principal.role === "ADMIN" && <span className="text-slate-500">{localName(r.unit, locale)}</span>}
              <span>{r.assignee ? t("assignedTo", { name: r.assignee.name }) : t("unassigned")}</span>
            </div>
            {summary(r) && <p className="break-words text-sm font-medium text-slate-900">{summary(r)}</p>}
            <p className="flex flex-wrap items-center gap-x-1 text-sm">
              <span className="text-slate-600">{t("due")}</span>
              <DueTime dueAt={r.dueAt} submittedAt={r.submittedAt} status={r.status} now={now} />
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
