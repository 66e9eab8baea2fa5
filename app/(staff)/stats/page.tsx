import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { NotFoundError, isStatementTimeout } from "@/lib/errors";
import { servedStats } from "@/lib/stats/report";
import { parseStatsParams } from "@/lib/stats/scope";
import { statsMarkup } from "./_components/figures";
import { statsWords } from "./words";

export async function generateMetadata() {
  return { title: (await getTranslations("stats"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StatsPage({ searchParams }: Props) {
  const principal = await requireRole("LEAD", "ADMIN");
  const params = parseStatsParams(await searchParams);
  const report = await servedStats(principal, params, new Date()).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    if (isStatementTimeout(err)) return null;
    throw err;
  });
  const [words, format] = await Promise.all([statsWords(), getFormatter()]);
  if (!report) {
    // PostgreSQL cut the view off (PAGE_STATEMENT_TIMEOUT_MS): say so instead of an error page.
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{words.t("title")}</h1>
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
          {words.t("limits.tooSlow")}
        </p>
        <Link href="/stats" className="text-brand-700 underline">
          {words.t("limits.backToDefault")}
        </Link>
      </div>
    );
  }
  // Rendered once per served report and language (figures.tsx), then sent as it is.
  return <div className="space-y-6" dangerouslySetInnerHTML={{ __html: statsMarkup(report, words, format) }} />;
}
