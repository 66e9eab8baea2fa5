import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      {/* not-found.tsx takes no metadata export; React hoists this into <head>, so the tab stops naming the page before. */}
      <title>{t("title")}</title>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-600">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block rounded bg-brand-700 px-4 py-2 text-white">
        {t("home")}
      </Link>
    </div>
  );
}
