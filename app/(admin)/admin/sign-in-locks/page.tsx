import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { listSignInLocks } from "@/lib/admin/sign-in-locks";
import { PageTitle } from "../_components/page-title";
import { LiftButton } from "./lift-button";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.signInLocks"))("title") };
}

/** Accounts and addresses held back after failed sign-ins, and the way to let a person back in. */
export default async function SignInLocksPage() {
  const principal = await requireRole("ADMIN");
  const [locks, t, tc, format] = await Promise.all([
    listSignInLocks(principal),
    getTranslations("admin.signInLocks"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <>
      <PageTitle title={t("title")} intro={t("intro")} />
      {locks.length === 0 ? (
        <p className="text-slate-600">{tc("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {locks.map((l) => (
            <li key={l.key} className="rounded-lg bg-white p-4 shadow-sm">
              <p className="break-all font-medium">{t(`kind.${l.kind}`, { subject: l.subject })}</p>
              <p className="text-sm text-slate-600">{t("detail", { failures: l.failures, until: when(l.lockedUntil), last: when(l.lastFailureAt) })}</p>
              <div className="mt-2">
                <LiftButton lockKey={l.key} subject={l.subject} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
