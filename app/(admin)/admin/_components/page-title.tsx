import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The heading of an admin page, with the way back to the overview. */
export async function PageTitle({ title, back = "/admin", intro }: { title: string; back?: string; intro?: string }) {
  const t = await getTranslations("admin");
  return (
    <div className="mb-6">
      <Link href={back} className="text-sm text-brand-700 underline">
        {back === "/admin" ? t("backToOverview") : t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{title}</h1>
      {intro && <p className="mt-1 text-slate-600">{intro}</p>}
    </div>
  );
}
