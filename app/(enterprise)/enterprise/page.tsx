import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { pendingInvitations } from "@/lib/enterprises/invitations";
import { getOwnEnterprise } from "@/lib/enterprises/profile";
import { StandingBanner } from "../_components/standing-banner";
import { InviteForm, PreferenceForm } from "./profile-forms";
import { localName } from "@/lib/i18n/names";

export async function generateMetadata() {
  const t = await getTranslations("enterprise.profile");
  return { title: t("title") };
}

/** The company as registered, its contact preference (editable by its staff), its accounts and invitations. */
export default async function EnterpriseProfilePage() {
  const principal = await requireRole("ENTERPRISE");
  const [ent, invitations, t, format, locale] = await Promise.all([
    getOwnEnterprise(principal),
    pendingInvitations(principal),
    getTranslations("enterprise"),
    getFormatter(),
    getLocale(),
  ]);
  const flags =
    [ent.whitelisted && t("profile.whitelisted"), ent.aboveScale && t("profile.aboveScale")].filter(Boolean).join(locale === "en" ? ", " : "、") ||
    t("profile.none");
  const rows: [string, string][] = [
    [t("profile.uscc"), ent.uscc],
    [t("profile.township"), localName(ent.township, locale)],
    [t("profile.park"), ent.park ?? "—"],
    [t("profile.address"), ent.address],
    [t("profile.flags"), flags],
    [t("profile.liaison"), ent.liaison ? ent.liaison.name : t("profile.none")],
    ...(ent.verifiedAt ? [[t("profile.verifiedAt"), format.dateTime(ent.verifiedAt, { dateStyle: "medium" })] satisfies [string, string]] : []),
  ];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("profile.title")}</h1>
      <StandingBanner principal={principal} />
      <section aria-labelledby="company-heading" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="company-heading" className="text-lg font-semibold">
          {ent.name}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {rows.map(([k, v]) => (
            <div key={k}>
              <dt className="text-sm text-slate-600">{k}</dt>
              <dd className="break-words font-medium">{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      <PreferenceForm
        current={{
          contactChannel: ent.contactChannel,
          contactHours: ent.contactHours,
          onsiteWelcome: ent.onsiteWelcome,
          urgentTextsAnyHour: ent.urgentTextsAnyHour,
          contactName: ent.contactName,
          contactPhone: ent.contactPhone,
          contactEmail: ent.contactEmail,
        }}
      />
      <section aria-labelledby="staff-heading" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="staff-heading" className="text-lg font-semibold">
          {t("profile.staff")}
        </h2>
        <ul className="mt-2 space-y-1">
          {ent.staff.map((s) => (
            <li key={s.id}>
              {s.name} <span className="text-sm text-slate-600">{s.email}</span>
            </li>
          ))}
        </ul>
        {invitations.length > 0 && (
          <>
            <h3 className="mt-4 font-medium">{t("invite.pending")}</h3>
            <ul className="mt-1 space-y-1 text-sm text-slate-700">
              {invitations.map((i) => (
                <li key={i.id}>
                  {t("invite.pendingItem", {
                    email: i.email ?? "",
                    name: i.issuedBy?.name ?? "—",
                    until: format.dateTime(i.expiresAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <InviteForm />
    </div>
  );
}
