import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { checkPasswordLink } from "@/lib/account/set-password";
import { SetPasswordForm } from "./set-password-form";

// The address holds a secret: keep it out of search engines and out of the Referer of any link followed from here.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.setPassword");
  return { title: t("title"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, t] = await Promise.all([checkPasswordLink(token, new Date()), getTranslations("account.setPassword")]);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {link ? (
        <>
          <p className="mt-2 text-slate-600">{t("intro", { email: link.email })}</p>
          <SetPasswordForm token={token} email={link.email} />
        </>
      ) : (
        <div className="mt-4 space-y-3 rounded-lg bg-white p-6 shadow-sm">
          <p>{t("invalid")}</p>
          <Link href="/login" className="text-brand-700 underline">
            {t("toLogin")}
          </Link>
        </div>
      )}
    </div>
  );
}
