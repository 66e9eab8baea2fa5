import { getLocale, getTranslations } from "next-intl/server";
import { TelLink } from "@/components/tel-link";
import type { CaseDetail } from "@/lib/cases/detail";
import { localName } from "@/lib/i18n/names";

/** Who asked, and how they want to be contacted (助企不扰企: come when the enterprise wants you). */
export async function EnterpriseCard({ enterprise }: { enterprise: CaseDetail["request"]["enterprise"] }) {
  const [t, locale] = await Promise.all([getTranslations("queue.enterprise"), getLocale()]);
  const e = enterprise;
  const row = (label: string, value: React.ReactNode): [string, React.ReactNode] => [label, value];
  const rows: [string, React.ReactNode][] = [
    [t("uscc"), e.uscc],
    [t("township"), localName(e.township, locale)],
    ...(e.park ? [row(t("park"), e.park)] : []),
    [t("address"), e.address],
    [
      t("contact"),
      <>
        {e.contactName} · <TelLink phone={e.contactPhone} />
      </>,
    ],
    ...(e.contactEmail ? [row(t("email"), e.contactEmail)] : []),
    [t("channel"), t(`channels.${e.contactChannel}`)],
    [t("hours"), e.contactHours || t("anyTime")],
    [t("onsite"), e.onsiteWelcome ? t("onsiteYes") : t("onsiteNo")],
    ...(e.liaison ? [row(t("liaison"), e.liaison.name)] : []),
  ];
  return (
    <section aria-labelledby="enterprise-heading" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="enterprise-heading" className="text-lg font-semibold">
        {e.name}
      </h2>
      <p className="mt-1 flex flex-wrap gap-1 text-xs">
        <span className={`rounded px-1.5 py-0.5 ${e.status === "VERIFIED" ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}>
          {t(`verification.${e.status}`)}
        </span>
        {e.whitelisted && <span className="rounded bg-brand-50 px-1.5 py-0.5 text-brand-800">{t("whitelisted")}</span>}
        {e.aboveScale && <span className="rounded bg-slate-100 px-1.5 py-0.5">{t("aboveScale")}</span>}
      </p>
      <dl className="mt-3 space-y-2 text-sm">
        {rows.map(([k, v]) => (
          <div key={k} className="grid grid-cols-[7rem_1fr] gap-2">
            <dt className="text-slate-600">{k}</dt>
            <dd className="break-words">{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
