import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { adminOverview } from "@/lib/admin/overview";
import { DeliverySummary } from "./_components/delivery-summary";

export async function generateMetadata() {
  const t = await getTranslations("admin.overview");
  return { title: t("title") };
}

export default async function AdminPage() {
  const principal = await requireRole("ADMIN");
  const [counts, t] = await Promise.all([adminOverview(principal), getTranslations("admin.overview")]);
  const sections = [
    { href: "/admin/users", key: "users", figure: counts.activeUsers },
    { href: "/admin/units", key: "units", figure: counts.units },
    { href: "/admin/enterprises", key: "enterprises", figure: counts.pendingEnterprises },
    { href: "/admin/calendar", key: "calendar", figure: null },
    { href: "/admin/outbox", key: "outbox", figure: counts.failedOutbox },
    { href: "/admin/audit", key: "audit", figure: counts.auditEntries },
    { href: "/admin/sign-in-locks", key: "signInLocks", figure: counts.signInLocks },
    { href: "/admin/api-keys", key: "apiKeys", figure: null },
  ] as const;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((s) => (
          <li key={s.key}>
            <Link href={s.href} className="block h-full rounded-lg bg-white p-4 shadow-sm hover:ring-2 hover:ring-brand-600">
              <h2 className="text-lg font-semibold text-brand-700">{t(`${s.key}.title`)}</h2>
              <p className="mt-1 text-sm text-slate-600">{t(`${s.key}.body`)}</p>
              {s.figure !== null && <p className="mt-2 text-sm font-medium">{t(`${s.key}.figure`, { count: s.figure })}</p>}
            </Link>
          </li>
        ))}
      </ul>
      <DeliverySummary principal={principal} />
    </>
  );
}
