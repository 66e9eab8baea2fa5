import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getProfile } from "@/lib/account/profile";
import { isLocale } from "@/lib/i18n/locales";
import { PasswordForm, ProfileForm, SessionsForm } from "./account-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const principal = await requireUser();
  const [profile, t, tc, format] = await Promise.all([getProfile(principal), getTranslations("account"), getTranslations("common"), getFormatter()]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 break-all text-slate-600">
        {profile.email} · {tc(`roles.${profile.role}`)}
        {profile.lastLoginAt ? ` · ${t("lastLogin", { when: format.dateTime(profile.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) })}` : ""}
      </p>
      <div className="mt-6 space-y-6">
        <ProfileForm name={profile.name} phone={profile.phone ?? ""} locale={isLocale(profile.locale) ? profile.locale : "zh-CN"} />
        <PasswordForm />
        <SessionsForm />
      </div>
    </div>
  );
}
