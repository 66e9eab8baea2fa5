import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { lookupInvitation } from "@/lib/enterprises/invitations";
import { AcceptInvitationForm } from "./invite-form";

// The address holds a secret: keep it out of search engines and out of the Referer of any link followed from here.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("enterprise.invite.accept");
  return { title: t("pageTitle"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, t] = await Promise.all([lookupInvitation(token), getTranslations("enterprise.invite.accept")]);
  if (!invitation) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">{t("invalidTitle")}</h1>
        <div className="mt-4 space-y-3 rounded-lg bg-white p-6 shadow-sm">
          <p>{t("invalid")}</p>
          <Link href="/login" className="text-brand-700 underline">
            {t("toLogin")}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t("title", { enterprise: invitation.enterpriseName })}</h1>
      <p className="mt-2 text-slate-600">{t("intro", { email: invitation.email })}</p>
      <AcceptInvitationForm token={token} email={invitation.email} />
    </div>
  );
}
