import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** On every page: where to find help (and, for other systems, the API). */
export async function SiteFooter() {
  const t = await getTranslations("help.footer");
  return (
    <footer className="mx-auto max-w-7xl border-t border-slate-200 px-4 py-4 text-sm">
      <nav aria-label={t("label")} className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/help" className="text-brand-700 underline">
          {t("help")}
        </Link>
        <Link href="/developers" className="text-brand-700 underline">
          {t("developers")}
        </Link>
      </nav>
    </footer>
  );
}
