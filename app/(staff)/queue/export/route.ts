import { getLocale, getTranslations } from "next-intl/server";
import { getPrincipal } from "@/lib/auth/session";
import { queueExportBatches, type QueueRow } from "@/lib/cases/queue";
import { parseQueueFilters } from "@/lib/cases/queue-filters";
import { BOM, csvRecord, type Cell } from "@/lib/stats/csv";
import { localName } from "@/lib/i18n/names";
import { typeWords } from "@/lib/messages/request-type-words";
import { shanghaiDateTime, shanghaiDay } from "@/lib/time/shanghai";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

const COLUMNS = [
  "reference",
  "type",
  "status",
  "priority",
  "enterprise",
  "township",
  "unit",
  "assignee",
  "submittedAt",
  "firstResponseDueAt",
  "firstResponseAt",
  "dueAt",
] as const;

/**
 * The queue's current view (tab and filters) as CSV for a unit's paper ledger (台账): every row, not one
 * page, streamed a keyset batch at a time. Only unit staff; each sees exactly what their queue shows.
 * Text cells are neutralised against formula injection like the stats CSV.
 */
export async function GET(request: Request): Promise<Response> {
  const principal = await getPrincipal();
  if (!principal || !["OFFICER", "LEAD", "ADMIN"].includes(principal.role)) return notFound();
  let filters;
  try {
    filters = parseQueueFilters(Object.fromEntries(new URL(request.url).searchParams));
  } catch {
    return notFound();
  }
  const [t, tc, locale] = await Promise.all([getTranslations("queue.export"), getTranslations("common"), getLocale()]);
  const now = new Date();
  const row = (r: QueueRow): Cell[] => [
    r.reference,
    typeWords(locale, r.type).label,
    tc(`status.${r.status}`),
    tc(`priority.${r.priority}`),
    r.enterprise.name,
    localName(r.township, locale),
    localName(r.unit, locale),
    r.assignee?.name ?? null,
    shanghaiDateTime(r.submittedAt),
    shanghaiDateTime(r.firstResponseDueAt),
    r.firstResponseAt ? shanghaiDateTime(r.firstResponseAt) : null,
    shanghaiDateTime(r.dueAt),
  ];
  const encoder = new TextEncoder();
  const batches = queueExportBatches(principal, filters, now);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvRecord(COLUMNS.map((c) => t(`columns.${c}`)))));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((r) => csvRecord(row(r))).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const day = shanghaiDay(now);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="queue-${filters.tab}-${day}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
