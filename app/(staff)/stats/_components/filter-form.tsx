import { PERIOD_KINDS } from "@/lib/stats/period";
import type { StatsReport } from "@/lib/stats/report";
import type { Words } from "@/lib/stats/tables";
import { localName } from "@/lib/i18n/names";

const field = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5";

/** A plain GET form: works without JavaScript, and the address it leads to can be bookmarked or shared. */
export function FilterForm({ report, words }: { report: StatsReport; words: Words }) {
  const { t, locale } = words;
  const { period, scope, options } = report;
  const name = (o: { nameZh: string; nameEn: string }) => localName(o, locale);
  return (
    <form method="get" action="/stats" className="rounded-lg bg-white p-4 shadow-sm">
      <fieldset>
        <legend className="mb-2 font-semibold">{t("filters.legend")}</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <label className="block text-sm">
            {t("filters.period")}
            <select name="period" defaultValue={period.kind} className={field}>
              {PERIOD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`filters.periods.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm">
            {t("filters.from")}
            <input type="date" name="from" defaultValue={period.firstDay} className={field} />
          </label>
          <label className="block text-sm">
            {t("filters.to")}
            <input type="date" name="to" defaultValue={period.lastDay} className={field} />
          </label>
          <Choice
            label={t("filters.type")}
            name="type"
            value={scope.scope.type}
            all={t("filters.allTypes")}
            options={options.types.map((type) => [type, words.typeLabel(type)])}
          />
          {scope.unitLocked ? (
            <p className="self-end text-sm text-slate-600">{t("filters.unitLocked")}</p>
          ) : (
            <Choice
              label={t("filters.unit")}
              name="unit"
              value={scope.unit?.code}
              all={t("filters.allUnits")}
              options={options.units.map((u) => [u.code, name(u)])}
            />
          )}
          {!scope.unit?.townshipId && (
            <Choice
              label={t("filters.township")}
              name="township"
              value={scope.township?.code}
              all={t("filters.allTownships")}
              options={options.townships.map((o) => [o.code, name(o)])}
            />
          )}
        </div>
        <button type="submit" className="mt-3 w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 sm:w-auto">
          {t("filters.apply")}
        </button>
      </fieldset>
    </form>
  );
}

/** A filter that is either one of `options` ([value, label]) or everything. */
function Choice({
  label,
  name,
  value,
  all,
  options,
}: {
  label: string;
  name: string;
  value: string | null | undefined;
  all: string;
  options: [string, string][];
}) {
  return (
    <label className="block text-sm">
      {label}
      <select name={name} defaultValue={value ?? ""} className={field}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
