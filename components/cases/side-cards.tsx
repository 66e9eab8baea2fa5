import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CaseDetail } from "@/lib/cases/detail";
import { localName } from "@/lib/i18n/names";

/** The units helping on the case (协办) and whether each has finished its part. */
export async function CoHandlingCard({ coHandlings }: { coHandlings: CaseDetail["request"]["coHandlings"] }) {
  const [t, locale, format] = await Promise.all([getTranslations("queue.coHandling"), getLocale(), getFormatter()]);
  return (
    <section aria-labelledby="cohandling-heading" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="cohandling-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {coHandlings.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-2 text-sm">
          {coHandlings.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{localName(c.unit, locale)}</span>
              {c.doneAt ? (
                <span className="rounded bg-green-100 px-1.5 text-xs text-green-900">
                  {t("done", { when: format.dateTime(c.doneAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }) })}
                </span>
              ) : (
                <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t("working")}</span>
              )}
              {c.doneNote && <span className="w-full text-slate-600">{c.doneNote}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Files the enterprise and the units attached; downloads are checked again by the file route. */
export async function FilesCard({ attachments }: { attachments: CaseDetail["request"]["attachments"] }) {
  const [t, format] = await Promise.all([getTranslations("queue.files"), getFormatter()]);
  return (
    <section aria-labelledby="files-heading" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="files-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {attachments.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {attachments.map((a) => (
            <li key={a.id} className="flex flex-wrap gap-2">
              <a href={`/files/${a.id}`} className="break-all text-brand-700 underline">
                {a.originalName}
              </a>
              <span className="text-slate-500">{format.number(a.size / 1024, { maximumFractionDigits: 0 })} KB</span>
              {a.visibility === "INTERNAL" && <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t("internal")}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
