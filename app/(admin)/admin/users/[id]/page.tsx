import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { getUserForAdmin, unitOptions } from "@/lib/admin/users";
import { STAFF_ROLES_MANAGED } from "@/lib/admin/user-schemas";
import { PageTitle } from "../../_components/page-title";
import { localName } from "@/lib/i18n/names";
import { ActiveForm, PasswordLinkForm, RoleForm } from "./user-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requireRole("ADMIN");
  const { id } = await params;
  const user = await getUserForAdmin(principal, id);
  if (!user) notFound();
  const [units, t, tc, locale, format] = await Promise.all([
    unitOptions(),
    getTranslations("admin.users"),
    getTranslations("common"),
    getLocale(),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const lastLink = user.tokens[0];
  return (
    <div className="max-w-3xl">
      <PageTitle title={user.name} back="/admin/users" />
      <dl className="grid gap-x-6 gap-y-2 rounded-lg bg-white p-4 shadow-sm max-sm:gap-y-0 max-sm:[&>dd]:mb-3 max-sm:[&>dt]:text-sm max-sm:[&>dt]:text-slate-600 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("email")}</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-medium">{t("role")}</dt>
        <dd>{tc(`roles.${user.role}`)}</dd>
        <dt className="font-medium">{user.enterprise ? t("enterprise") : t("unit")}</dt>
        <dd>
          {user.enterprise ? (
            <Link href={`/admin/enterprises/${user.enterprise.id}`} className="text-brand-700 underline">
              {user.enterprise.name}
            </Link>
          ) : user.unit ? (
            localName(user.unit, locale)
          ) : (
            tc("city")
          )}
        </dd>
        <dt className="font-medium">{t("phone")}</dt>
        <dd>{user.phone ?? "—"}</dd>
        <dt className="font-medium">{t("state")}</dt>
        <dd>{user.active ? t("active") : t("disabled")}</dd>
        <dt className="font-medium">{t("created")}</dt>
        <dd>{when(user.createdAt)}</dd>
        <dt className="font-medium">{t("lastLoginLabel")}</dt>
        <dd>{user.lastLoginAt ? when(user.lastLoginAt) : t("neverLoggedIn")}</dd>
        <dt className="font-medium">{t("lastLinkLabel")}</dt>
        <dd>
          {!lastLink
            ? "—"
            : lastLink.usedAt
              ? t("linkUsed", { when: when(lastLink.usedAt) })
              : lastLink.expiresAt > new Date()
                ? t("linkOpen", { when: when(lastLink.expiresAt) })
                : t("linkExpired", { when: when(lastLink.expiresAt) })}
        </dd>
        {user.liaisonOf.length > 0 && (
          <>
            <dt className="font-medium">{t("liaisonOf")}</dt>
            <dd>
              <ul>
                {user.liaisonOf.map((e) => (
                  <li key={e.id}>
                    <Link href={`/admin/enterprises/${e.id}`} className="text-brand-700 underline">
                      {e.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <div className="mt-6 space-y-4">
        {user.role !== "ENTERPRISE" && (
          <RoleForm
            userId={user.id}
            role={user.role}
            unitId={user.unit?.id ?? ""}
            roles={STAFF_ROLES_MANAGED.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
            units={units.map((u) => ({ value: u.id, label: localName(u, locale) }))}
          />
        )}
        {user.active && <PasswordLinkForm userId={user.id} />}
        <ActiveForm userId={user.id} active={user.active} />
      </div>
    </div>
  );
}
