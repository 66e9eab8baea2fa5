import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotForm } from "./forgot-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth.forgot"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgot");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <ForgotForm />
      <p className="mt-6 text-sm">
        <Link href="/login" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
