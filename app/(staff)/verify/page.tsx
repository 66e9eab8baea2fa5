import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { pendingRegistrations } from "@/lib/enterprises/verification";
import { DecisionForm } from "./decision-form";
import { localName } from "@/lib/i18n/names";

export async function generateMetadata() {
  const t = await getTranslations("enterprise.verify");
  return { title: t("title") };
}

/** Newly registered companies of the officer's township (admins: all), to verify or reject. */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const principal = await requireRole("OFFICER", "LEAD", "ADMIN");
  const { done } = await searchParams;
  const [pending, t, tr, format, locale] = await Promise.all([
    pendingRegistrations(principal),
    getTranslations("enterprise"),
    getTranslations("enterprise.register"),
    getFormatter(),
    getLocale(),
  ]);
  const bureau = principal.role !== "ADMIN" && !principal.unit?.townshipId;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("verify.title")}</h1>
      <p className="text-slate-600">{bureau ? t("verify.scopeNone") : t("verify.intro")}</p>
      <div role="status" className="empty:hidden">
        {(done === "verified" || done === "rejected") && (
          <p className="rounded border border-green-300 bg-green-50 p-3 text-green-900">{t(`feedback.${done}`)}</p>
        )}
      </div>
      {!bureau && pending.length === 0 && <p className="text-slate-600">{t("verify.empty")}</p>}
      <ul className="space-y-3">
        {pending.map((e) => {
          const declared = [e.whitelisted && tr("whitelisted"), e.aboveScale && tr("aboveScale")].filter(Boolean);
          return (
            <li key={e.id} className="rounded-lg bg-white p-4 shadow-sm">
              <h2 className="text-lg font-semibold">{e.name}</h2>
              <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
                {[
                  [tr("uscc"), e.uscc],
                  [tr("township"), `${localName(e.township, locale)}${e.park ? ` · ${e.park}` : ""}`],
                  [tr("address"), e.address],
                  [tr("contactName"), `${e.contactName} ${e.contactPhone}`],
                ].map(([k, v]) => (
                  <div key={k}>
                    <dt className="text-slate-600">{k}</dt>
                    <dd className="break-words font-medium">{v}</dd>
                  </div>
                ))}
              </dl>
              <p className="mt-1 text-sm text-slate-600">
                {t("verify.registeredAt", { when: format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
                {e.staff[0] && ` · ${t("verify.registeredBy", { name: e.staff[0].name, email: e.staff[0].email })}`}
                {` · ${t("verify.requests", { count: e._count.requests })}`}
              </p>
              {declared.length > 0 && (
                <p className="mt-1 text-sm">
                  {t("verify.declared")} {declared.join(locale === "en" ? "; " : "；")}
                </p>
              )}
              <DecisionForm enterpriseId={e.id} name={e.name} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
