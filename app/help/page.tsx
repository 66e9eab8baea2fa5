import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AUDIENCES } from "@/lib/help/content";

export async function generateMetadata() {
  return { title: (await getTranslations("help"))("title") };
}

/** Help for everyone: pick who you are. Open without signing in. */
export default async function HelpPage() {
  const t = await getTranslations("help");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      <ul className="mt-6 grid gap-4 md:grid-cols-3">
        {AUDIENCES.map((a) => (
          <li key={a}>
            <Link href={`/help/${a}`} className="block h-full rounded-lg bg-white p-4 shadow-sm hover:ring-2 hover:ring-brand-600">
              <h2 className="text-lg font-semibold text-brand-700">{t(`audiences.${a}.title`)}</h2>
              <p className="mt-1">{t(`audiences.${a}.body`)}</p>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6">{t("careTip")}</p>
    </>
  );
}
