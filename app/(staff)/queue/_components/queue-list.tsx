import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Principal } from "@/lib/auth/types";
import type { QueueRow } from "@/lib/cases/queue";
import { findRequestType } from "@/lib/request-types/registry";
import { dueView } from "../../cases/_components/due-time";
import { localName } from "@/lib/i18n/names";
import { typeWords } from "@/lib/messages/request-type-words";
import { isIn, RUNNING } from "@/lib/workflow/statuses";
import { QueueRows, type ShownRow } from "./queue-rows";
import { detailsOf } from "@/lib/request-types/details";

/** The cases of the page, put into words here (one translator and formatter for all rows) and drawn by QueueRows. */
export async function QueueList({ rows, principal, selectable, now }: { rows: QueueRow[]; principal: Principal; selectable: boolean; now: Date }) {
  const [t, tc, td, format, locale] = await Promise.all([
    getTranslations("queue.list"),
    getTranslations("common"),
    getTranslations("queue.due"),
    getFormatter(),
    getLocale(),
  ]);
  if (rows.length === 0) return <p className="rounded-lg bg-white p-4 text-slate-600 shadow-sm">{t("empty")}</p>;
  const shown = rows.map((r): ShownRow => ({
    reference: r.reference,
    type: typeWords(locale, r.type).label,
    status: tc(`status.${r.status}`),
    priority: r.priority,
    priorityLabel: tc(`priority.${r.priority}`),
    // Escalated for its resolution time, or for waiting to be accepted past its first-response time.
    escalated: Boolean((r.escalatedAt && isIn(RUNNING, r.status)) || (r.firstResponseEscalatedAt && !r.firstResponseAt && r.status === "SUBMITTED")),
    coHandling: principal.role !== "ADMIN" && r.unitId !== principal.unitId,
    enterprise: r.enterprise.name,
    unverified: r.unverified,
    township: localName(r.township, locale),
    ...(principal.role === "ADMIN" && { unit: localName(r.unit, locale) }),
    assignee: r.assignee ? t("assignedTo", { name: r.assignee.name }) : t("unassigned"),
    summary: findRequestType(r.type)?.summary(detailsOf(r.details)) ?? "",
    due: dueView(td, format, r, now),
    ...(selectable && { select: t("select", { reference: r.reference }) }),
  }));
  return (
    <QueueRows
      rows={shown}
      words={{ label: t("label"), escalated: t("escalated"), coHandling: t("coHandling"), unverified: tc("unverified"), due: t("due") }}
    />
  );
}
