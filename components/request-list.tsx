import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { typeWords } from "@/lib/messages/request-type-words";
import type { Status } from "@/lib/workflow/state-machine";

type Row = { id: string; reference: string; type: string; status: Status; submittedAt: Date; enterprise: { name: string } };

export async function RequestList({ rows, hrefBase, showEnterprise }: { rows: Row[]; hrefBase: string; showEnterprise?: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  if (rows.length === 0) return <p className="text-slate-600">{t("common.empty")}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
      {rows.map((r) => (
        <li key={r.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
          <Link href={`${hrefBase}/${r.reference}`} className="font-mono text-brand-700 underline">
            {r.reference}
          </Link>
          <span>{typeWords(locale, r.type).label}</span>
          {showEnterprise && <span className="text-slate-600">{r.enterprise.name}</span>}
          <span className="rounded bg-slate-100 px-2 py-0.5 text-sm">{t(`common.status.${r.status}`)}</span>
          <time dateTime={r.submittedAt.toISOString()} className="ml-auto text-sm text-slate-500">
            {format.dateTime(r.submittedAt, { dateStyle: "medium", timeStyle: "short" })}
          </time>
        </li>
      ))}
    </ul>
  );
}
