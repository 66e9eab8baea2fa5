import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { homeFor } from "@/lib/auth/home";
import { getPrincipal } from "@/lib/auth/session";
import { listTownships } from "@/lib/enterprises/register";
import { RegisterForm } from "./register-form";
import { localName } from "@/lib/i18n/names";

export async function generateMetadata() {
  const t = await getTranslations("enterprise.register");
  return { title: t("title") };
}

/** Anonymous company registration: the company (PENDING until verified) and its first staff account. */
export default async function RegisterPage() {
  const principal = await getPrincipal();
  if (principal) redirect(homeFor(principal.role));
  const [townships, t, locale] = await Promise.all([listTownships(), getTranslations("enterprise.register"), getLocale()]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <RegisterForm townships={townships.map((x) => ({ value: x.id, label: localName(x, locale) }))} />
      <p className="mt-6 text-sm">
        {t("haveAccount")}{" "}
        <Link href="/login" className="text-brand-700 underline">
          {t("login")}
        </Link>
      </p>
    </div>
  );
}
