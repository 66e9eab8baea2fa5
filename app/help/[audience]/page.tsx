import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AUDIENCES, type Audience } from "@/lib/help/content";
import { isOneOf } from "@/lib/checks/one-of";
import { ReachSection, StatusesSection, TypesSection } from "../_components/sections";

type Props = { params: Promise<{ audience: string }> };

function audienceOf(raw: string): Audience {
  if (!isOneOf(AUDIENCES, raw)) notFound();
  return raw;
}

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("help");
  return { title: t(`audiences.${audienceOf((await params).audience)}.title`) };
}

/** Help for one audience, generated from the request types, their SLAs and the life of a request. */
export default async function AudienceHelpPage({ params }: Props) {
  const audience = audienceOf((await params).audience);
  const t = await getTranslations("help");
  return (
    <article className="space-y-8">
      <header>
        <Link href="/help" className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t(`audiences.${audience}.title`)}</h1>
        <p className="mt-2">{t(`audiences.${audience}.intro`)}</p>
      </header>
      <TypesSection audience={audience} />
      <StatusesSection audience={audience} />
      <ReachSection audience={audience} />
    </article>
  );
}
