import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { listTownships, listUnitsWithLoad } from "@/lib/admin/units";
import { PageTitle } from "../_components/page-title";
import { localName } from "@/lib/i18n/names";
import { CreateTownshipForm, CreateUnitForm, MoveCaseForm, RenameTownshipForm } from "./unit-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.units"))("title") };
}

export default async function UnitsPage() {
  const principal = await requireRole("ADMIN");
  const [units, townships, t, locale] = await Promise.all([
    listUnitsWithLoad(principal, new Date()),
    listTownships(),
    getTranslations("admin.units"),
    getLocale(),
  ]);
  const freeTownships = townships.filter((tw) => tw.units.length === 0).map((tw) => ({ value: tw.id, label: localName(tw, locale) }));
  return (
    <>
      <PageTitle title={t("title")} intro={t("intro")} />
      <ul className="grid gap-4 md:grid-cols-2">
        {units.map((u) => {
          const leads = u.members.filter((m) => m.role === "LEAD").length;
          return (
            <li key={u.id} className="rounded-lg bg-white p-4 shadow-sm">
              <h2 className="text-lg font-semibold">
                <Link href={`/admin/units/${u.id}`} className="text-brand-700 underline">
                  {localName(u, locale)}
                </Link>
              </h2>
              <p className="text-sm text-slate-600">
                {t(`kinds.${u.kind}`)} · {u.code}
                {u.township ? ` · ${localName(u.township, locale)}` : ""}
              </p>
              <dl className="mt-2 grid grid-cols-3 gap-2 text-center">
                <div>
                  <dt className="text-xs text-slate-600">{t("members")}</dt>
                  <dd className="text-lg font-semibold">{u.members.length}</dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-600">{t("open")}</dt>
                  <dd className="text-lg font-semibold">{u.openCount}</dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-600">{t("overdue")}</dt>
                  <dd className={`text-lg font-semibold ${u.overdueCount ? "text-red-700" : ""}`}>{u.overdueCount}</dd>
                </div>
              </dl>
              {leads === 0 && <p className="mt-2 text-sm text-red-700">{t("noLead")}</p>}
            </li>
          );
        })}
      </ul>
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <CreateUnitForm townships={freeTownships} />
        <CreateTownshipForm />
        <div className="lg:col-span-2">
          <RenameTownshipForm townships={townships.map((tw) => ({ value: tw.id, label: `${localName(tw, locale)} (${tw.code})` }))} />
        </div>
        <div className="lg:col-span-2">
          <MoveCaseForm units={units.filter((u) => u.active).map((u) => ({ value: u.id, label: localName(u, locale) }))} />
        </div>
      </div>
    </>
  );
}
