import { notFound } from "next/navigation";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { loadCaseDetail } from "@/lib/cases/detail";
import { ActionPanel } from "../_components/action-panel";
import { CaseForm } from "../_components/case-form";
import { ClockCard } from "../_components/clock-card";
import { DetailsList } from "@/components/cases/details-list";
import { EnterpriseCard } from "../_components/enterprise-card";
import { CoHandlingCard, FilesCard } from "@/components/cases/side-cards";
import { Timeline } from "../_components/timeline";
import { localName } from "@/lib/i18n/names";
import { isMessageKey } from "@/lib/i18n/keys";
import { typeWords } from "@/lib/messages/request-type-words";

export async function generateMetadata({ params }: { params: Promise<{ reference: string }> }) {
  return { title: decodeURIComponent((await params).reference) };
}

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CasePage({ params, searchParams }: Props) {
  const principal = await requireRole("OFFICER", "LEAD", "ADMIN");
  const [{ reference }, search] = await Promise.all([params, searchParams]);
  const now = new Date();
  const detail = await loadCaseDetail(principal, decodeURIComponent(reference), now);
  if (!detail) notFound();
  const [t, tc, locale, messages] = await Promise.all([getTranslations("queue"), getTranslations("common"), getLocale(), getMessages()]);
  const { request } = detail;
  const unitName = (u: { nameZh: string; nameEn: string }) => localName(u, locale);
  const unitNames = new Map([[request.unit.id, unitName(request.unit)], ...request.coHandlings.map((c): [string, string] => [c.unit.id, unitName(c.unit)])]);
  const conflict = typeof search.conflict === "string";
  const done = typeof search.done === "string" && /^[a-zA-Z]+$/.test(search.done) ? search.done : null;
  const common = { reference: request.reference, version: request.version };

  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <p className="flex flex-wrap gap-4 text-sm">
          <a href="/queue" className="text-brand-700 underline">
            {t("case.back")}
          </a>
          <a href={`/cases/${encodeURIComponent(request.reference)}/print`} className="text-brand-700 underline">
            {t("print.link")}
          </a>
        </p>
        <h1 className="font-mono text-2xl font-bold">{request.reference}</h1>
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{typeWords(locale, request.type).label}</span>
          <span className="rounded bg-slate-100 px-2 py-0.5 text-sm" data-testid="case-status">
            {tc(`status.${request.status}`)}
          </span>
          <span className="rounded bg-slate-100 px-2 py-0.5 text-sm">{tc(`priority.${request.priority}`)}</span>
          {request.unverified && <span className="rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-900">{tc("unverified")}</span>}
        </p>
        <p className="text-sm text-slate-600">{t("case.owner", { unit: unitName(request.unit), assignee: request.assignee?.name ?? t("case.unassigned") })}</p>
        {detail.coHandling && <p className="rounded bg-sky-50 px-3 py-2 text-sm text-sky-900">{t("case.coHandlingNotice")}</p>}
        <div aria-live="polite">
          {conflict && (
            <p role="status" className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-amber-900">
              {t("conflict.stale")}
            </p>
          )}
          {done && !conflict && (
            <p role="status" className="rounded border border-green-400 bg-green-50 px-3 py-2 text-green-900">
              {isMessageKey(messages, done, "queue.done") ? t(`done.${done}`) : t("done.other")}
            </p>
          )}
        </div>
      </header>

      {/* On a phone the actions come first, right under the title; from lg up they head the side column. */}
      <div className="grid gap-4 lg:grid-cols-[1fr_22rem] lg:grid-rows-[auto_1fr]">
        <div className="lg:col-start-2 lg:row-start-1">
          <ActionPanel detail={detail} principal={principal} now={now} />
        </div>
        <div className="min-w-0 space-y-4 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <section aria-labelledby="details-heading" className="rounded-lg bg-white p-4 shadow-sm">
            <h2 id="details-heading" className="mb-3 text-lg font-semibold">
              {t("case.details")}
            </h2>
            <DetailsList type={request.type} fields={detail.fields} />
            {detail.identifiers.masked && (
              <div className="mt-4 border-t border-slate-200 pt-3">
                <CaseForm
                  {...common}
                  intent="reveal"
                  submitLabel={t("actions.reveal")}
                  fields={[{ name: "reason", label: t("actions.revealReason"), kind: "text", required: true, hint: t("actions.revealHint") }]}
                />
              </div>
            )}
          </section>
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">
              {t("case.timeline")}
            </h2>
            <Timeline events={detail.events} unitNames={unitNames} people={detail.people} />
          </section>
          <section aria-labelledby="reply-heading" className="rounded-lg bg-white p-4 shadow-sm">
            <h2 id="reply-heading" className="mb-3 text-lg font-semibold">
              {t("case.reply")}
            </h2>
            <CaseForm
              {...common}
              intent="reply"
              submitLabel={t("actions.post")}
              fields={[
                { name: "body", label: t("actions.replyBody"), kind: "textarea", required: true },
                {
                  name: "visibility",
                  label: t("actions.visibility"),
                  kind: "radio",
                  defaultValue: "INTERNAL",
                  options: [
                    { value: "PUBLIC", label: t("actions.public") },
                    { value: "INTERNAL", label: t("actions.internal") },
                  ],
                },
                { name: "files", label: t("actions.files"), kind: "files", hint: t("actions.filesHint") },
              ]}
            />
          </section>
        </div>
        <aside className="space-y-4 lg:col-start-2 lg:row-start-2">
          <ClockCard request={request} now={now} />
          <EnterpriseCard enterprise={request.enterprise} />
          <CoHandlingCard coHandlings={request.coHandlings} />
          <FilesCard attachments={request.attachments} />
        </aside>
      </div>
    </div>
  );
}
