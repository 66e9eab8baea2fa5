import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requestTypes } from "@/lib/request-types/registry";
import { deliveryProviders } from "@/lib/notifications/providers";
import { SendCodeForm, TrackForm } from "./track-form";

export async function generateMetadata() {
  const t = await getTranslations("auth.track");
  return { title: t("title") };
}

/** Public: where a case stands, for anyone holding its reference and the contact mobile's last digits. */
export default async function TrackPage() {
  const [t, locale] = await Promise.all([getTranslations("auth.track"), getLocale()]);
  // Every type's name, for whichever case is looked up (a type is data: see lib/messages/type-words.ts).
  const typeLabels = Object.fromEntries(requestTypes().map((def) => [def.key, def.messages[locale].label]));
  const codes = deliveryProviders().SMS !== null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <TrackForm codes={codes} typeLabels={typeLabels} />
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
