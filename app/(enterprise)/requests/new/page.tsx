import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { requestTypes, typeSlug } from "@/lib/request-types/registry";
import { StandingBanner } from "../../_components/standing-banner";

export async function generateMetadata() {
  const t = await getTranslations("enterprise.new");
  return { title: t("title") };
}

/** The type picker: one card per registered type, with a sentence on what it is for. */
export default async function NewRequestPage() {
  const principal = await requireRole("ENTERPRISE");
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("enterprise.new.title")}</h1>
      <p className="mt-1 mb-4 text-slate-600">{t("enterprise.new.intro")}</p>
      <StandingBanner principal={principal} />
      <ul className="grid gap-3 sm:grid-cols-2">
        {requestTypes().map((def) => (
          <li key={def.key}>
            <Link
              href={`/requests/new/${typeSlug(def.key)}`}
              className="block h-full rounded-lg border border-transparent bg-white p-4 shadow-sm hover:border-brand-700 focus-visible:border-brand-700"
            >
              <h2 className="text-lg font-semibold text-brand-800">{def.messages[locale].label}</h2>
              <p className="mt-1 text-sm text-slate-700">{def.messages[locale].description}</p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
