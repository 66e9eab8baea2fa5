// `npm run bench [-- N]`: N generated requests (default 200 000) in a scratch embedded PostgreSQL, then
// the queue page (keyset vs offset at a deep page) and the stats page (a week vs a year), printed as
// ratios with the plan nodes each query used. Ratios, not absolute times, are what carry across machines.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";
import type { Principal } from "../lib/auth/types";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { visibleRequests } from "../lib/requests/access";
import { overdueWhere } from "../lib/cases/overdue";
import { PAGE_SIZE, queuePage } from "../lib/cases/queue";
import { parseQueueFilters } from "../lib/cases/queue-filters";
import { encodeCursor } from "../lib/paging/cursor";
import type { Db } from "../lib/db";
import { resolvePeriod } from "../lib/stats/period";
import { statsPageQueries } from "../lib/stats/report";
import { periodFigures } from "../lib/stats/snapshot";
import type { Breakdown } from "../lib/stats/flow";
import type { ResolvedScope } from "../lib/stats/scope";
import { generate } from "./bench-data";
import { explain, formatPlan, median, ratio } from "./bench-report";
import { OPEN, SOLVED } from "../lib/workflow/statuses";

const args = process.argv.slice(2);
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 200_000);
const PORT = Number(process.env.BENCH_PGPORT ?? 25490);
const DEEP = 500;
if (!Number.isInteger(N) || N < 1000) throw new Error("usage: npm run bench -- [number of requests ≥ 1000]");


const dir = mkdtempSync(path.join(os.tmpdir(), "rd-bench-"));
chmodSync(dir, 0o755);
const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: PORT, persistent: false });
const sql = new pg.Client({ connectionString: server.url });
const queries: { query: string; params: string }[] = [];
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: server.url }), log: [{ emit: "event", level: "query" }] });
prisma.$on("query", (e) => queries.push({ query: e.query, params: e.params }));
// The app's own query code takes a client; this one logs, so the bench can EXPLAIN what a page sent.
const client = prisma as unknown as Db;

async function cleanup() {
  await prisma.$disconnect().catch(() => {});
  await sql.end().catch(() => {});
  await server.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

async function timed(run: () => Promise<unknown>, runs = 5): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * The queue page as people get it (lib/cases/queue.ts: rows of each visible part plus the tab counts), on
 * page 1 and deep by keyset, against what offset paging of the same view would cost at that depth.
 */
async function queueBench(lead: Principal, label: string) {
  const order = [{ dueAt: "asc" as const }, { id: "asc" as const }];
  console.log(`\nQueue — ${label}, ${PAGE_SIZE} a page, deep page ${DEEP} = after ${(DEEP - 1) * PAGE_SIZE} rows`);
  for (const tab of ["all", "resolved", "open", "overdue"] as const) {
    const filters = parseQueueFilters({ tab });
    // The page's own tab counts stop at 100: the depth comes from a real count.
    const total = await prisma.request.count({ where: { AND: [visibleRequests(lead), await tabFilter(tab)] } });
    const deep = Math.min(DEEP, Math.max(1, Math.floor(total / PAGE_SIZE)));
    // The row before the deep page, found once the slow way, gives that page's cursor.
    const where = { AND: [visibleRequests(lead), (await tabFilter(tab))] };
    const [last] = await prisma.request.findMany({ where, orderBy: order, skip: Math.max(0, (deep - 1) * PAGE_SIZE - 1), take: 1, select: { id: true, dueAt: true } });
    const deepFilters = parseQueueFilters({ tab, cursor: last && deep > 1 ? encodeCursor(last.dueAt, last.id) : undefined });
    const runs = {
      "page 1": () => queuePage(lead, filters, new Date(), client),
      "keyset deep": () => queuePage(lead, deepFilters, new Date(), client),
      "offset deep": () => prisma.request.findMany({ where, orderBy: order, skip: (deep - 1) * PAGE_SIZE, take: PAGE_SIZE + 1, select: { id: true } }),
    };
    const times: Record<string, number> = {};
    for (const [label, run] of Object.entries(runs)) times[label] = await timed(run);
    console.log(`  tab "${tab}" (${total} rows, deep page ${deep}): page 1 ${times["page 1"].toFixed(1)} ms · keyset deep ${times["keyset deep"].toFixed(1)} ms (${ratio(times["keyset deep"], times["page 1"])} page 1) · offset deep rows alone ${times["offset deep"].toFixed(1)} ms (${ratio(times["offset deep"], times["page 1"])} page 1)`);
    for (const [label, run] of Object.entries(runs)) {
      queries.length = 0;
      await run();
      // Every statement the page sent that reads Request rows (its row queries and its tab counts).
      const reads = queries.filter((x) => /FROM "(public"\.")?Request"/.test(x.query));
      let touched = 0;
      const nodes = new Set<string>();
      let seq = false;
      for (const q of reads) {
        const plan = await explain(sql, q.query, JSON.parse(q.params));
        touched += plan.requestRows;
        seq ||= plan.seqScanOnRequest;
        plan.nodes.filter((n) => n.includes("Request")).forEach((n) => nodes.add(n));
      }
      console.log(`    ${label}: ${reads.length} statements, ${touched} Request rows touched${seq ? " · ⚠ WHOLE-TABLE SEQ SCAN" : ""} · ${[...nodes].join(" | ")}`);
    }
  }
}

/** The tab's own condition, for the offset baseline (the overdue tab asks the database which cases are late). */
async function tabFilter(tab: "all" | "resolved" | "open" | "overdue"): Promise<Prisma.RequestWhereInput> {
  if (tab === "resolved") return { status: { in: [...SOLVED] } };
  if (tab === "open") return { status: { in: [...OPEN] } };
  if (tab === "overdue") return overdueWhere(new Date(), client);
  return {};
}

async function statsBench(scope: ResolvedScope, label: string) {
  const now = new Date();
  const day = (offset: number) => new Date(now.getTime() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
  const periods = {
    week: resolvePeriod({ kind: "range", from: day(-7), to: day(-1) }, now).period,
    year: resolvePeriod({ kind: "range", from: day(-365), to: day(-1) }, now).period,
  };
  const total = Number((await sql.query('SELECT count(*) FROM "Request"')).rows[0].count);
  console.log(`\nStats — ${label}: a week (${periods.week.firstDay}…) vs a year (${periods.year.firstDay}…) of ${total} requests`);
  let week = 0;
  let year = 0;
  const weekQueries = statsPageQueries(scope, periods.week, now);
  const yearQueries = statsPageQueries(scope, periods.year, now);
  for (let i = 0; i < weekQueries.length; i++) {
    const w = weekQueries[i];
    const y = yearQueries[i];
    const tw = await timed(() => sql.query(w.sql.text, w.sql.values as unknown[]), 3);
    const ty = await timed(() => sql.query(y.sql.text, y.sql.values as unknown[]), 3);
    week += tw;
    year += ty;
    const plan = await explain(sql, y.sql.text, y.sql.values as unknown[]);
    const weekPlan = await explain(sql, w.sql.text, w.sql.values as unknown[]);
    const share = (rows: number) => `${((100 * rows) / total).toFixed(1)}%`;
    console.log(`  ${w.name.padEnd(18)} week ${tw.toFixed(1).padStart(7)} ms · year ${ty.toFixed(1).padStart(8)} ms · year/week ${ratio(ty, tw)} · Request rows touched: week ${share(weekPlan.requestRows)}, year ${share(plan.requestRows)}`);
    console.log(`    year plan: ${formatPlan(plan)}`);
  }
  console.log(`  whole page computed live: week ${week.toFixed(1)} ms, year ${year.toFixed(1)} ms, year/week ${ratio(year, week)} (a year holds ~52× the rows of a week)`);
  // What a page view of the year costs with the snapshot (lib/stats/snapshot.ts): the first view computes
  // and stores the period figures, later views read one row while the job keeps it fresh.
  const by: Breakdown[] = scope.scope.unitId ? [] : ["unit", "township"];
  await client.statsSnapshot.deleteMany({});
  const computeAndStore = await timed(async () => { await client.statsSnapshot.deleteMany({}); await periodFigures(client, scope.scope, by, periods.year, now); }, 3);
  const fromSnapshot = await timed(() => periodFigures(client, scope.scope, by, periods.year, now));
  console.log(`  year period figures via snapshot: first view ${computeAndStore.toFixed(1)} ms (computes, stores) · later views ${fromSnapshot.toFixed(2)} ms (one row) · ${ratio(computeAndStore, fromSnapshot)} less per view`);
}

try {
  await applyMigrations(server.url);
  await sql.connect();
  const started = performance.now();
  await generate(sql, N);
  await sql.query("VACUUM ANALYZE");
  console.log(`Generated ${N} requests in ${((performance.now() - started) / 1000).toFixed(1)} s (PostgreSQL on port ${PORT}, ${dir})`);
  const lead = { id: "o-u1-1", role: "LEAD", unitId: "u1", enterpriseId: null } as Principal;
  await queueBench(lead, "lead of unit u1");
  // The admin's city-wide view: no unit or status filter, seeks Request(dueAt, id).
  await queueBench({ id: "admin", role: "ADMIN", unitId: null, enterpriseId: null } as Principal, "admin, city-wide");
  const u1 = { id: "u1", code: "T1", nameZh: "镇1服务团", nameEn: "Team 1", townshipId: "t1" };
  await statsBench({ scope: { unitId: "u1", townshipId: null, type: null }, unit: u1, township: null, unitLocked: true }, "lead of unit u1");
  await statsBench({ scope: { unitId: null, townshipId: null, type: null }, unit: null, township: null, unitLocked: false }, "admin, city-wide");
} finally {
  await cleanup();
}
