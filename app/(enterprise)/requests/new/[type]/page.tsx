import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { countryOptions } from "@/lib/checks/countries";
import { requireRole } from "@/lib/auth/session";
import { enterpriseStanding } from "@/lib/enterprises/profile";
import { findRequestTypeBySlug } from "@/lib/request-types/registry";
import { StandingBanner } from "../../../_components/standing-banner";
import { RequestForm } from "./request-form";

type Props = { params: Promise<{ type: string }> };

export async function generateMetadata({ params }: Props) {
  const def = findRequestTypeBySlug((await params).type);
  return { title: def ? def.messages[await getLocale()].label : undefined };
}

/** The chosen type's form. Each rendering gets a fresh idempotency key: one submission per intent. */
export default async function NewRequestFormPage({ params }: Props) {
  const principal = await requireRole("ENTERPRISE");
  const def = findRequestTypeBySlug((await params).type);
  if (!def) notFound();
  const [t, standing, locale] = await Promise.all([getTranslations(), enterpriseStanding(principal), getLocale()]);
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/requests/new" className="text-sm text-brand-700 underline">
        {t("enterprise.new.back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{def.messages[locale].label}</h1>
      <p className="mt-1 mb-4 text-slate-600">{def.messages[locale].description}</p>
      <StandingBanner principal={principal} />
      {standing.status === "REJECTED" ? (
        <p className="text-slate-700">{t("enterprise.new.rejectedNoForm")}</p>
      ) : (
        <RequestForm
          type={def.key}
          words={def.messages[locale]}
          fields={def.fields}
          idempotencyKey={randomUUID()}
          countries={def.fields.some((f) => f.kind === "country") ? countryOptions(locale) : []}
        />
      )}
    </div>
  );
}
