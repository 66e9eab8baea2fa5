import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { pendingRegistrations } from "@/lib/enterprises/verification";
import { DecisionForm } from "./decision-form";

export async function generateMetadata() {
  const t = await getTranslations("enterprise.verify");
  return { title: t("title") };
}

/** Newly registered companies of the officer's township (admins: all), to verify or reject. */
export default async function VerifyPage() {
  const principal = await requireRole("OFFICER", "LEAD", "ADMIN");
  const [pending, t, tr, format, locale] = await Promise.all([
    pendingRegistrations(principal), getTranslations("enterprise.verify"), getTranslations("enterprise.register"), getFormatter(), getLocale(),
  ]);
  const bureau = principal.role !== "ADMIN" && !principal.unit?.townshipId;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-600">{bureau ? t("scopeNone") : t("intro")}</p>
      {!bureau && pending.length === 0 && <p className="text-slate-600">{t("empty")}</p>}
      <ul className="space-y-3">
        {pending.map((e) => {
          const declared = [e.whitelisted && tr("whitelisted"), e.aboveScale && tr("aboveScale")].filter(Boolean);
          return (
            <li key={e.id} className="rounded-lg bg-white p-4 shadow-sm">
              <h2 className="text-lg font-semibold">{e.name}</h2>
              <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
                {[
                  [tr("uscc"), e.uscc],
                  [tr("township"), `${locale === "en" ? e.township.nameEn : e.township.nameZh}${e.park ? ` · ${e.park}` : ""}`],
                  [tr("address"), e.address],
                  [tr("contactName"), `${e.contactName} ${e.contactPhone}`],
                ].map(([k, v]) => (
                  <div key={k}><dt className="text-slate-600">{k}</dt><dd className="break-words font-medium">{v}</dd></div>
                ))}
              </dl>
              <p className="mt-1 text-sm text-slate-600">
                {t("registeredAt", { when: format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
                {e.staff[0] && ` · ${t("registeredBy", { name: e.staff[0].name, email: e.staff[0].email })}`}
                {` · ${t("requests", { count: e._count.requests })}`}
              </p>
              {declared.length > 0 && <p className="mt-1 text-sm">{t("declared")} {declared.join("；")}</p>}
              <DecisionForm enterpriseId={e.id} name={e.name} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
