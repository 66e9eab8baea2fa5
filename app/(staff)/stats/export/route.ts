import { getPrincipal } from "@/lib/auth/session";
import { NotFoundError, isStatementTimeout } from "@/lib/errors";
import { toCsv } from "@/lib/stats/csv";
import { MAX_PERIOD_DAYS } from "@/lib/stats/period";
import { MAX_CSV_ROWS, servedStats } from "@/lib/stats/report";
import { parseStatsParams } from "@/lib/stats/scope";
import { statsTables, TABLE_KEYS, type TableKey } from "@/lib/stats/tables";
import { statsWords } from "../words";

/** A request for more than one view may compute: 422 with the reason, fast, instead of minutes of work. */
const tooMuch = (text: string) => new Response(text, { status: 422, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * One stats table as CSV. Whoever may not see /stats gets the same 404 as for a page that does not
 * exist; a lead gets their own unit whatever the address says (the scope is decided in lib/stats).
 */
export async function GET(request: Request): Promise<Response> {
  const principal = await getPrincipal();
  if (!principal || (principal.role !== "LEAD" && principal.role !== "ADMIN")) return notFound();
  const url = new URL(request.url);
  const key = (url.searchParams.get("table") ?? "summary") as TableKey;
  if (!TABLE_KEYS.includes(key)) return notFound();
  const params = parseStatsParams(url.searchParams);
  let report;
  try {
    // The CSV lists every withdrawal of the period, not one page of them.
    report = await servedStats(principal, { ...params, after: undefined }, new Date(), { allWithdrawals: true });
  } catch (err) {
    if (err instanceof NotFoundError) return notFound();
    if (isStatementTimeout(err)) return tooMuch((await statsWords()).t("limits.tooSlow"));
    throw err;
  }
  const words = await statsWords();
  if (report.periodTooLong) return tooMuch(words.t("limits.periodTooLong", { days: MAX_PERIOD_DAYS }));
  const table = statsTables(report, words).find((x) => x.key === key);
  if (!table) return notFound();
  // At most MAX_CSV_ROWS withdrawals; the file says when there were more.
  if (key === "withdrawals" && report.withdrawals.next) table.rows.push([words.t("limits.csvTruncated", { max: MAX_CSV_ROWS })]);
  const scope = report.scope.unit?.code ?? "city";
  const filename = `stats-${key}-${scope}-${report.period.firstDay}_${report.period.lastDay}.csv`;
  return new Response(toCsv(table.header, table.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
