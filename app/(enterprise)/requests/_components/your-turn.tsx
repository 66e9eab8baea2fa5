import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { typeWords } from "@/lib/messages/request-type-words";
import type { ownTurn } from "@/lib/requests/own-requests";

type Row = Awaited<ReturnType<typeof ownTurn>>[number];

/** "需要您处理": what the service team waits for, on top of the list, not only in the bell. */
export async function YourTurn({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <section aria-labelledby="your-turn-heading" className="mb-4 rounded-lg border-2 border-amber-400 bg-amber-50 p-4">
      <h2 id="your-turn-heading" className="text-lg font-semibold text-amber-950">
        {t("enterprise.list.yourTurn")} <span className="ml-1 rounded-full bg-amber-200 px-2 text-sm">{rows.length}</span>
      </h2>
      <p className="mt-1 text-sm text-amber-950">{t("enterprise.list.yourTurnIntro")}</p>
      <ul className="mt-3 space-y-2">
        {rows.map((r) => (
          <li key={r.id} className="rounded bg-white p-3 shadow-sm">
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-950">
                {r.status === "NEEDS_INFO" ? t("enterprise.list.toAnswer") : t("enterprise.list.toConfirm")}
              </span>
              <Link
                href={`/requests/${r.reference}`}
                className="font-mono text-brand-700 underline"
                aria-label={t("enterprise.list.open", { reference: r.reference })}
              >
                {r.reference}
              </Link>
              <span>{typeWords(locale, r.type).label}</span>
            </p>
            {r.summary && <p className="mt-1 break-words text-sm text-slate-700">{r.summary}</p>}
            {r.question && <p className="mt-1 break-words text-sm">{t("enterprise.list.question", { question: r.question })}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
