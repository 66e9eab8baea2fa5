import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { TelLink } from "@/components/tel-link";
import { countryName } from "@/lib/checks/countries";
import type { DetailField } from "@/lib/cases/detail";
import { typeWords } from "@/lib/messages/request-type-words";

/** The type's own fields, labelled and formatted from the type's messages; masked or erased numbers say so. */
export async function DetailsList({ type, fields }: { type: string; fields: DetailField[] }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const words = typeWords(locale, type);
  const show = (f: DetailField): string => {
    const v = f.value;
    if (v === undefined || v === null || v === "") return "—";
    switch (f.kind) {
      case "checkbox":
        return v ? t("queue.case.yes") : t("queue.case.no");
      case "datetime":
        return typeof v === "string" && !Number.isNaN(Date.parse(v))
          ? format.dateTime(new Date(v), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" })
          : String(v);
      case "country":
        return countryName(String(v), locale === "en" ? "en" : "zh-CN");
      case "select":
        return words.option(f.name, String(v));
      default:
        return String(v);
    }
  };
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
      {fields.map((f) => (
        <div key={f.name}>
          <dt className="text-sm text-slate-600">{words.field(f.name)}</dt>
          <dd className="break-words font-medium">
            {f.kind === "tel" && typeof f.value === "string" && f.value ? <TelLink phone={f.value} /> : show(f)}
            {f.masked && <span className="ml-2 text-xs font-normal text-slate-500">{t("queue.case.masked")}</span>}
            {f.erased && <span className="ml-2 text-xs font-normal text-slate-500">{t("queue.case.erased")}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
