import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { deliveryProviders } from "@/lib/notifications/providers";
import { SendCodeForm, TrackForm } from "./track-form";

export async function generateMetadata() {
  const t = await getTranslations("auth.track");
  return { title: t("title") };
}

/** Public: where a case stands, for anyone holding its reference and the contact mobile's last digits. */
export default async function TrackPage() {
  const t = await getTranslations("auth.track");
  const codes = deliveryProviders().SMS !== null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <TrackForm codes={codes} />
      {codes && <SendCodeForm />}
      <p className="mt-6 text-sm">
        {t("signInInstead")}{" "}
        <Link href="/login" className="text-brand-700 underline">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
