import { getFormatter, getTranslations } from "next-intl/server";
import type { CaseDetail } from "@/lib/cases/detail";
import { PAUSE_REASONS } from "@/lib/cases/clock";
import { isOneOf } from "@/lib/checks/one-of";
import { DueTime } from "./due-time";

/** Due times with time left, and every pause of the clock with its reason. */
export async function ClockCard({ request, now }: { request: CaseDetail["request"]; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("queue.clock"), getFormatter()]);
  const at = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const hours = (ms: number) => format.number(ms / 3_600_000, { maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="clock-heading" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="clock-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <dl className="mt-2 space-y-2 text-sm">
        <div>
          <dt className="text-slate-600">{t("submitted")}</dt>
          <dd>{at(request.submittedAt)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("firstResponse")}</dt>
          <dd>
            {request.firstResponseAt ? (
              t("respondedAt", { when: at(request.firstResponseAt) })
            ) : (
              <DueTime dueAt={request.firstResponseDueAt} submittedAt={request.submittedAt} status={request.status} now={now} />
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("resolution")}</dt>
          <dd>
            <DueTime dueAt={request.dueAt} submittedAt={request.submittedAt} status={request.status} now={now} />
          </dd>
        </div>
        {request.pausedMs > 0 && (
          <div>
            <dt className="text-slate-600">{t("paused")}</dt>
            <dd>{t("pausedHours", { hours: hours(request.pausedMs) })}</dd>
          </div>
        )}
      </dl>
      {request.firstResponseEscalatedAt && !request.firstResponseAt && (
        <p className="mt-2 rounded bg-red-50 px-2 py-1 text-sm text-red-900">{t("firstResponseEscalated", { when: at(request.firstResponseEscalatedAt) })}</p>
      )}
      {request.escalatedAt && <p className="mt-2 rounded bg-red-50 px-2 py-1 text-sm text-red-900">{t("escalated", { when: at(request.escalatedAt) })}</p>}
      {request.pauses.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm" aria-label={t("pauses")}>
          {request.pauses.map((p) => (
            <li key={p.startedAt.toISOString()} className="rounded bg-sky-50 px-2 py-1">
              {isOneOf(PAUSE_REASONS, p.reason) ? t(`reasons.${p.reason}`) : p.reason} · {at(p.startedAt)} – {p.endedAt ? at(p.endedAt) : t("ongoing")}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
