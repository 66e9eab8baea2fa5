import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { loadCaseDetail } from "@/lib/cases/detail";
import { DetailsList } from "@/components/cases/details-list";
import { FilesCard } from "@/components/cases/side-cards";
import { localName } from "@/lib/i18n/names";
import { typeWords } from "@/lib/messages/request-type-words";
import { SHANGHAI_TZ } from "@/lib/time/shanghai";
import { ClockCard } from "../../_components/clock-card";
import { PrintButton } from "../../_components/print-button";
import { Timeline } from "../../_components/timeline";

export async function generateMetadata({ params }: { params: Promise<{ reference: string }> }) {
  return { title: decodeURIComponent((await params).reference) };
}

/**
 * A case on paper for the unit's ledger (台账): details, clock, timeline and the list of files, with no
 * navigation and no forms. The same access as the case page (someone else's case is a 404); numbers
 * stay masked unless this person sees them there.
 */
export default async function CasePrintPage({ params }: { params: Promise<{ reference: string }> }) {
  const principal = await requireRole("OFFICER", "LEAD", "ADMIN");
  const { reference } = await params;
  const now = new Date();
  const detail = await loadCaseDetail(principal, decodeURIComponent(reference), now);
  if (!detail) notFound();
  const [t, tc, locale, format] = await Promise.all([getTranslations("queue"), getTranslations("common"), getLocale(), getFormatter()]);
  const { request } = detail;
  const unitName = (u: { nameZh: string; nameEn: string }) => localName(u, locale);
  const unitNames = new Map([[request.unit.id, unitName(request.unit)], ...request.coHandlings.map((c): [string, string] => [c.unit.id, unitName(c.unit)])]);
  const casePath = `/cases/${encodeURIComponent(request.reference)}`;

  return (
    <article data-print-view className="mx-auto max-w-3xl space-y-4 bg-white p-4 print:max-w-none print:p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <a href={casePath} className="text-brand-700 underline">
          {t("print.back")}
        </a>
        <PrintButton label={t("print.button")} />
      </div>
      <div className="space-y-1">
        <h1 className="font-mono text-2xl font-bold">{request.reference}</h1>
        <p className="font-medium">
          {typeWords(locale, request.type).label} · {tc(`status.${request.status}`)} · {tc(`priority.${request.priority}`)}
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
          <dt className="text-slate-600">{t("print.enterprise")}</dt>
          <dd>
            {request.enterprise.name}（{request.enterprise.uscc}）· {request.enterprise.contactName} {request.enterprise.contactPhone}
          </dd>
          <dt className="text-slate-600">{t("print.unit")}</dt>
          <dd>{unitName(request.unit)}</dd>
          <dt className="text-slate-600">{t("print.assignee")}</dt>
          <dd>{request.assignee?.name ?? t("case.unassigned")}</dd>
        </dl>
        <p className="text-xs text-slate-600">
          {t("print.printedAt", { when: format.dateTime(now, { dateStyle: "medium", timeStyle: "short", timeZone: SHANGHAI_TZ }) })}
        </p>
      </div>
      <section aria-labelledby="details-heading" className="break-inside-avoid">
        <h2 id="details-heading" className="mb-2 text-lg font-semibold">
          {t("case.details")}
        </h2>
        <DetailsList type={request.type} fields={detail.fields} />
      </section>
      <ClockCard request={request} now={now} />
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="mb-2 text-lg font-semibold">
          {t("case.timeline")}
        </h2>
        <Timeline events={detail.events} unitNames={unitNames} people={detail.people} />
      </section>
      <FilesCard attachments={request.attachments} />
    </article>
  );
}
