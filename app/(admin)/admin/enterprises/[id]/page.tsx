import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { getEnterpriseForStaff, liaisonCandidates } from "@/lib/admin/enterprises";
import { canManageEnterprise } from "@/lib/admin/enterprise-scope";
import { RequestList } from "@/components/request-list";
import { PageTitle } from "../../_components/page-title";
import { localName } from "@/lib/i18n/names";
import { FlagsForm, LiaisonForm } from "./enterprise-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.enterprises"))("title") };
}

type Json = Record<string, unknown> | null;

export default async function EnterprisePage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requireRole("OFFICER", "LEAD", "ADMIN");
  const { id } = await params;
  const e = await getEnterpriseForStaff(principal, id);
  if (!e) notFound();
  const manage = canManageEnterprise(principal, e);
  const [candidates, t, tc, locale, format] = await Promise.all([
    manage ? liaisonCandidates(e.townshipId) : Promise.resolve([]),
    getTranslations("admin.enterprises"),
    getTranslations("common"),
    getLocale(),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const yesNo = (b: boolean) => (b ? t("yes") : t("no"));
  const describe = (action: string, after: Json) => {
    if (action === "enterprise.liaison") {
      const id = after?.liaisonId;
      return t("history.liaison", { name: typeof id === "string" ? (e.names[id] ?? "?") : t("noLiaison") });
    }
    if (action === "enterprise.flags") {
      return t("history.flags", { whitelisted: yesNo(after?.whitelisted === true), aboveScale: yesNo(after?.aboveScale === true) });
    }
    return action;
  };
  return (
    <div className="max-w-4xl">
      <PageTitle title={e.name} back="/admin/enterprises" />
      <dl className="grid gap-x-6 gap-y-2 rounded-lg bg-white p-4 shadow-sm max-sm:gap-y-0 max-sm:[&>dd]:mb-3 max-sm:[&>dt]:text-sm max-sm:[&>dt]:text-slate-600 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("uscc")}</dt>
        <dd className="font-mono">{e.uscc}</dd>
        <dt className="font-medium">{t("status")}</dt>
        <dd>
          {t(`statuses.${e.status}`)}
          {e.verifiedAt && e.verifiedBy ? ` · ${t("verifiedBy", { name: e.verifiedBy.name, when: when(e.verifiedAt) })}` : ""}
          {e.status === "REJECTED" && e.rejectReason ? ` · ${e.rejectReason}` : ""}
        </dd>
        <dt className="font-medium">{t("township")}</dt>
        <dd>
          {localName(e.township, locale)}
          {e.park ? ` · ${e.park}` : ""}
        </dd>
        <dt className="font-medium">{t("address")}</dt>
        <dd>{e.address}</dd>
        <dt className="font-medium">{t("contact")}</dt>
        <dd>
          {e.contactName} · {e.contactPhone}
        </dd>
        <dt className="font-medium">{t("whitelisted")}</dt>
        <dd>{yesNo(e.whitelisted)}</dd>
        <dt className="font-medium">{t("aboveScale")}</dt>
        <dd>{yesNo(e.aboveScale)}</dd>
        <dt className="font-medium">{t("liaison")}</dt>
        <dd>{e.liaison?.name ?? t("noLiaison")}</dd>
      </dl>
      {manage && (
        <div className="mt-6 grid gap-4 md:grid-cols-2">
          <FlagsForm enterpriseId={e.id} whitelisted={e.whitelisted} aboveScale={e.aboveScale} />
          <LiaisonForm
            enterpriseId={e.id}
            liaisonId={e.liaison?.id ?? ""}
            candidates={candidates.map((c) => ({ value: c.id, label: `${c.name}（${tc(`roles.${c.role}`)}）` }))}
          />
        </div>
      )}
      <section className="mt-6" aria-labelledby="history-title">
        <h2 id="history-title" className="text-lg font-semibold">
          {t("historyTitle")}
        </h2>
        {e.history.length === 0 ? (
          <p className="text-slate-600">{t("noHistory")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
            {e.history.map((h) => (
              <li key={String(h.id)} className="flex flex-wrap gap-x-4 px-4 py-2 text-sm">
                <time dateTime={h.createdAt.toISOString()} className="text-slate-600">
                  {when(h.createdAt)}
                </time>
                <span className="font-medium">{h.actor?.name ?? "—"}</span>
                <span>{describe(h.action, h.after as Json)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="mt-6" aria-labelledby="staff-title">
        <h2 id="staff-title" className="text-lg font-semibold">
          {t("staffTitle")}
        </h2>
        {principal.role === "ADMIN" && (
          <Link href={`/admin/users?enterpriseId=${e.id}`} className="text-sm text-brand-700 underline">
            {t("staffInPeople")}
          </Link>
        )}
        <ul className="mt-2 divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
          {e.staff.map((s) => (
            <li key={s.id} className="flex flex-wrap gap-x-4 px-4 py-2">
              {principal.role === "ADMIN" ? (
                <Link href={`/admin/users/${s.id}`} className="text-brand-700 underline">
                  {s.name}
                </Link>
              ) : (
                <span>{s.name}</span>
              )}
              <span className="break-all text-sm text-slate-600">{s.email}</span>
              {!s.active && <span className="text-sm text-red-700">{t("staffDisabled")}</span>}
            </li>
          ))}
        </ul>
      </section>
      <section className="mt-6" aria-labelledby="requests-title">
        <h2 id="requests-title" className="mb-2 text-lg font-semibold">
          {t("requestsTitle")}
        </h2>
        <RequestList rows={e.requests} hrefBase="/cases" />
      </section>
    </div>
  );
}
