import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { calendarYear } from "@/lib/admin/calendar";
import { isWeekend, monthGrid } from "@/lib/admin/month-grid";
import { isValidDay } from "@/lib/checks/dates";
import { PageTitle } from "../_components/page-title";
import { param } from "@/lib/i18n/names";
import { DayForm } from "./day-form";
import { shanghaiDay } from "@/lib/time/shanghai";

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
// Monday first; the names come from the formatter so they follow the language.
const WEEK_SAMPLE = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"];

export async function generateMetadata() {
  return { title: (await getTranslations("admin.calendar"))("title") };
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requireRole("ADMIN");
  const sp = await searchParams;
  const today = shanghaiDay(new Date());
  const asked = Number(param(sp.year));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(today.slice(0, 4));
  const chosen = param(sp.day);
  const [entries, t, format] = await Promise.all([calendarYear(principal, year), getTranslations("admin.calendar"), getFormatter()]);
  const byDay = new Map(entries.map((e) => [e.day, e]));
  const selected = chosen && isValidDay(chosen) ? chosen : `${year}-01-01`;
  const asDate = (day: string) => new Date(`${day}T12:00:00+08:00`);
  const cellClass = (day: string) => {
    const entry = byDay.get(day);
    if (entry?.kind === "HOLIDAY") return "bg-red-100 text-red-900 font-semibold";
    if (entry?.kind === "WORKDAY") return "bg-blue-100 text-blue-900 font-semibold";
    return isWeekend(day) ? "bg-slate-100 text-slate-600" : "";
  };
  const label = (day: string) => {
    const entry = byDay.get(day);
    const kind = entry ? t(`kinds.${entry.kind}`) : isWeekend(day) ? t("weekend") : t("workingDay");
    return `${format.dateTime(asDate(day), { dateStyle: "full" })}: ${kind}${entry?.note ? `, ${entry.note}` : ""}`;
  };
  return (
    <>
      <PageTitle title={t("title")} intro={t("intro")} />
      <nav aria-label={t("years")} className="mb-4 flex items-center gap-4">
        <Link href={`/admin/calendar?year=${year - 1}`} className="text-brand-700 underline">
          {t("previousYear", { year: year - 1 })}
        </Link>
        <h2 className="text-xl font-semibold">{t("yearTitle", { year })}</h2>
        <Link href={`/admin/calendar?year=${year + 1}`} className="text-brand-700 underline">
          {t("nextYear", { year: year + 1 })}
        </Link>
      </nav>
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded bg-red-100 ring-1 ring-red-300" />
          {t("kinds.HOLIDAY")}
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded bg-blue-100 ring-1 ring-blue-300" />
          {t("kinds.WORKDAY")}
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded bg-slate-100 ring-1 ring-slate-300" />
          {t("weekend")}
        </span>
      </p>
      {/* Keyed by the chosen day, so picking a date in the calendar starts the form afresh with it. */}
      <DayForm key={selected} day={selected} kind={byDay.get(selected)?.kind ?? "HOLIDAY"} note={byDay.get(selected)?.note ?? ""} />
      <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {MONTHS.map((month) => (
          <table key={month} className="w-full table-fixed rounded-lg bg-white text-center text-sm shadow-sm">
            <caption className="py-2 text-left font-semibold">
              {format.dateTime(asDate(`${year}-${String(month).padStart(2, "0")}-15`), { month: "long" })}
            </caption>
            <thead>
              <tr>
                {WEEK_SAMPLE.map((d) => (
                  <th key={d} scope="col" className="py-1 text-xs font-medium text-slate-600">
                    <abbr title={format.dateTime(asDate(d), { weekday: "long" })} className="no-underline">
                      {format.dateTime(asDate(d), { weekday: "narrow" })}
                    </abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthGrid(year, month).map((week, i) => (
                <tr key={i}>
                  {week.map((cell, j) => (
                    <td key={j} className="p-0.5">
                      {cell && (
                        <Link
                          href={`/admin/calendar?year=${year}&day=${cell.day}#day-form`}
                          aria-label={label(cell.day)}
                          title={byDay.get(cell.day)?.note ?? undefined}
                          aria-current={cell.day === today ? "date" : undefined}
                          className={`block rounded py-1 ${cellClass(cell.day)} ${cell.day === selected ? "ring-2 ring-brand-600" : ""}`}
                        >
                          {Number(cell.day.slice(8))}
                        </Link>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <section className="mt-6" aria-labelledby="entries-title">
        <h2 id="entries-title" className="text-lg font-semibold">
          {t("entriesTitle", { year })}
        </h2>
        {entries.length === 0 ? (
          <p className="text-slate-600">{t("noEntries")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
            {entries.map((e) => (
              <li key={e.day} className="flex flex-wrap gap-x-4 px-4 py-2 text-sm">
                <Link href={`/admin/calendar?year=${year}&day=${e.day}#day-form`} className="font-mono text-brand-700 underline">
                  {e.day}
                </Link>
                <span>{t(`kinds.${e.kind}`)}</span>
                {e.note && <span className="text-slate-600">{e.note}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
