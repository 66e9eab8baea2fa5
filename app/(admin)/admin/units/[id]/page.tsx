import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { listTownships, listUnitsWithLoad } from "@/lib/admin/units";
import { PageTitle } from "../../_components/page-title";
import { localName } from "@/lib/i18n/names";
import { UpdateUnitForm } from "../unit-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.units"))("title") };
}

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requireRole("ADMIN");
  const { id } = await params;
  const [units, townships, t, tc, locale] = await Promise.all([
    listUnitsWithLoad(principal, new Date()),
    listTownships(),
    getTranslations("admin.units"),
    getTranslations("common"),
    getLocale(),
  ]);
  const unit = units.find((u) => u.id === id);
  if (!unit) notFound();
  const choices = townships.filter((tw) => tw.units.length === 0 || tw.id === unit.townshipId).map((tw) => ({ value: tw.id, label: localName(tw, locale) }));
  return (
    <div className="max-w-3xl">
      <PageTitle title={localName(unit, locale)} back="/admin/units" intro={`${t(`kinds.${unit.kind}`)} · ${unit.code}`} />
      <p className="mb-4">{t("loadLine", { open: unit.openCount, overdue: unit.overdueCount })}</p>
      <UpdateUnitForm
        unitId={unit.id}
        nameZh={unit.nameZh}
        nameEn={unit.nameEn}
        townshipId={unit.townshipId}
        townships={unit.kind === "TOWNSHIP" ? choices : null}
      />
      <section className="mt-6" aria-labelledby="members-title">
        <h2 id="members-title" className="text-lg font-semibold">
          {t("members")}
        </h2>
        {unit.members.length === 0 ? (
          <p className="text-slate-600">{tc("empty")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
            {unit.members.map((m) => (
              <li key={m.id} className="flex items-center gap-3 px-4 py-2">
                <Link href={`/admin/users/${m.id}`} className="text-brand-700 underline">
                  {m.name}
                </Link>
                <span className="text-sm text-slate-600">{tc(`roles.${m.role}`)}</span>
              </li>
            ))}
          </ul>
        )}
        <Link href={`/admin/users?unitId=${unit.id}`} className="mt-2 inline-block text-brand-700 underline">
          {t("allMembers")}
        </Link>
      </section>
    </div>
  );
}
