import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPrincipal } from "@/lib/auth/session";
import { homeFor, safeCallback } from "@/lib/auth/home";
import { LoginForm } from "./login-form";

export async function generateMetadata() {
  const t = await getTranslations("auth.login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; registered?: string }> }) {
  const { callbackUrl, registered } = await searchParams;
  const principal = await getPrincipal();
  if (principal) redirect(safeCallback(callbackUrl) ?? homeFor(principal.role));
  const t = await getTranslations("auth.login");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      {registered === "1" && (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("registered")}
        </p>
      )}
      <LoginForm callbackUrl={safeCallback(callbackUrl) ?? ""} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          {t("forgot")}
        </Link>
      </p>
      <p className="mt-2 text-sm">
        {t("noAccount")}{" "}
        <Link href="/register" className="text-brand-700 underline">
          {t("register")}
        </Link>
      </p>
      <p className="mt-2 text-sm">
        <Link href="/track" className="text-brand-700 underline">
          {t("track")}
        </Link>
      </p>
    </div>
  );
}
