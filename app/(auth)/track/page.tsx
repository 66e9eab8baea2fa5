import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TrackForm } from "./track-form";

export async function generateMetadata() {
  const t = await getTranslations("auth.track");
  return { title: t("title") };
}

/** Public: where a case stands, for anyone holding its reference and the contact mobile's last digits. */
export default async function TrackPage() {
  const t = await getTranslations("auth.track");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <TrackForm />
      <p className="mt-6 text-sm">
        {t("signInInstead")}{" "}
        <Link href="/login" className="text-brand-700 underline">{t("signIn")}</Link>
      </p>
    </div>
  );
}
