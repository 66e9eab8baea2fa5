import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DetailsList } from "@/components/cases/details-list";
import { FilesCard } from "@/components/cases/side-cards";
import { requireRole } from "@/lib/auth/session";
import { getOwnRequest } from "@/lib/requests/own-request";
import { StatusBadge } from "../_components/status-badge";
import { OwnTimeline } from "./own-timeline";
import { AddFilesForm, AnswerForm, ConfirmForm, ReopenForm, ReplyForm, WithdrawForm } from "./request-actions";
import { localName } from "@/lib/i18n/names";
import { typeWords } from "@/lib/messages/request-type-words";
import { isOneOf } from "@/lib/checks/one-of";

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  return { title: decodeURIComponent((await params).reference) };
}

const DONE = ["answered", "withdrawn", "confirmed", "reopened", "replied", "filesAdded"] as const;

/** A request of the person's own enterprise: its fields, progress, files, and what they can do next. */
export default async function OwnRequestPage({ params, searchParams }: Props) {
  const principal = await requireRole("ENTERPRISE");
  const [{ reference }, search] = await Promise.all([params, searchParams]);
  const req = await getOwnRequest(principal, decodeURIComponent(reference));
  if (!req) notFound();
  const [t, tc, format, locale] = await Promise.all([getTranslations("enterprise"), getTranslations("common"), getFormatter(), getLocale()]);
  const done = isOneOf(DONE, search.done) ? t(`feedback.${search.done}`) : search.filed ? t("list.filed", { reference: req.reference }) : null;
  const target = { reference: req.reference, version: req.version };
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/requests" className="text-brand-700 underline">
          {t("request.back")}
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          <span className="font-mono">{req.reference}</span> · {typeWords(locale, req.type).label}
        </h1>
        <p className="flex flex-wrap items-center gap-2">
          <StatusBadge status={req.status} label={tc(`status.${req.status}`)} />
          <span className="text-sm text-slate-700">{tc(`priority.${req.priority}`)}</span>
          {req.unverified && <span className="text-sm text-amber-800">{tc("unverified")}</span>}
        </p>
      </header>
      <div role="status" className="empty:hidden">
        {done && <p className="rounded border border-green-300 bg-green-50 p-3 text-green-900">{done}</p>}
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {req.actions.includes("answer") && <AnswerForm target={target} question={req.question} />}
          {req.actions.includes("confirm") && <ConfirmForm target={target} />}
          <section aria-labelledby="details-heading" className="rounded-lg bg-white p-4 shadow-sm">
            <h2 id="details-heading" className="mb-3 text-lg font-semibold">
              {t("request.details")}
            </h2>
            <DetailsList type={req.type} fields={req.fields} />
          </section>
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="mb-2 text-lg font-semibold">
              {t("request.timeline")}
            </h2>
            <OwnTimeline events={req.events} attachments={req.attachments} />
          </section>
          {req.open && <ReplyForm target={target} />}
        </div>
        <aside className="space-y-4">
          <section className="rounded-lg bg-white p-4 shadow-sm">
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-slate-600">{t("request.unit")}</dt>
                <dd className="font-medium">{localName(req.unit, locale)}</dd>
              </div>
              {req.assignee && (
                <div>
                  <dt className="text-slate-600">{t("request.assignee")}</dt>
                  <dd className="font-medium">{req.assignee.name}</dd>
                </div>
              )}
              <div>
                <dt className="text-slate-600">{t("request.submittedAt")}</dt>
                <dd>{when(req.submittedAt)}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("request.dueAt")}</dt>
                {req.status === "NEEDS_INFO" ? (
                  <dd className="mt-1 rounded bg-sky-100 px-2 py-1 font-medium text-sky-950">{t("request.pausedForYou")}</dd>
                ) : (
                  <dd>{when(req.dueAt)}</dd>
                )}
              </div>
              {req.rating && (
                <div>
                  <dt className="text-slate-600">{t("request.rating", { score: req.rating.score })}</dt>
                  {req.rating.comment && <dd>{req.rating.comment}</dd>}
                </div>
              )}
            </dl>
          </section>
          <FilesCard attachments={req.attachments} />
          {req.open && <AddFilesForm target={target} />}
          {req.actions.includes("reopen") && <ReopenForm target={target} />}
          {req.actions.includes("withdraw") && <WithdrawForm target={target} />}
        </aside>
      </div>
    </div>
  );
}
