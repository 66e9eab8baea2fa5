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
import { foldDirtyDays, rebuildRollups } from "../lib/stats/rollup";
import type { ResolvedScope } from "../lib/stats/scope";
import { generate } from "./bench-data";
import { explain, formatPlan, median, ratio } from "./bench-report";
import { OPEN, SOLVED } from "../lib/workflow/statuses";

const args = process.argv.slice(2);
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 200_000);
const PORT = Number(process.env.BENCH_PGPORT ?? 25490);
const DEEP = 500;
if (!Number.isInteger(N) || N < 1000) throw new Error("usage: npm run bench -- [number of requests ≥ 1000]");

// BENCH_PGDATA keeps the generated database between runs (1,000,000 requests take a while to generate):
// a folder that already holds N requests is migrated and reused as it is.
const KEPT = process.env.BENCH_PGDATA ? path.resolve(process.env.BENCH_PGDATA) : null;
const dir = KEPT ?? mkdtempSync(path.join(os.tmpdir(), "rd-bench-"));
if (!KEPT) chmodSync(dir, 0o755);
let server = await startEmbeddedPostgres({ dataDir: KEPT ?? path.join(dir, "pg"), port: PORT, persistent: KEPT !== null });
let sql = new pg.Client({ connectionString: server.url });
const queries: { query: string; params: string }[] = [];
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: server.url }), log: [{ emit: "event", level: "query" }] });
prisma.$on("query", (e) => queries.push({ query: e.query, params: e.params }));
// The app's own query code takes a client; this one logs, so the bench can EXPLAIN what a page sent.
const client = prisma as unknown as Db;

async function cleanup() {
  await prisma.$disconnect().catch(() => {});
  await sql.end().catch(() => {});
  await server.stop().catch(() => {});
  if (!KEPT) rmSync(dir, { recursive: true, force: true });
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
    const where = { AND: [visibleRequests(lead), await tabFilter(tab)] };
    const [last] = await prisma.request.findMany({
      where,
      orderBy: order,
      skip: Math.max(0, (deep - 1) * PAGE_SIZE - 1),
      take: 1,
      select: { id: true, dueAt: true },
    });
    const deepFilters = parseQueueFilters({ tab, cursor: last && deep > 1 ? encodeCursor(last.dueAt, last.id) : undefined });
    const runs = {
      "page 1": () => queuePage(lead, filters, new Date(), client),
      "keyset deep": () => queuePage(lead, deepFilters, new Date(), client),
      "offset deep": () => prisma.request.findMany({ where, orderBy: order, skip: (deep - 1) * PAGE_SIZE, take: PAGE_SIZE + 1, select: { id: true } }),
    };
    const times: Record<string, number> = {};
    for (const [label, run] of Object.entries(runs)) times[label] = await timed(run);
    console.log(
      `  tab "${tab}" (${total} rows, deep page ${deep}): page 1 ${times["page 1"].toFixed(1)} ms · keyset deep ${times["keyset deep"].toFixed(1)} ms (${ratio(times["keyset deep"], times["page 1"])} page 1) · offset deep rows alone ${times["offset deep"].toFixed(1)} ms (${ratio(times["offset deep"], times["page 1"])} page 1)`,
    );
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
      console.log(
        `    ${label}: ${reads.length} statements, ${touched} Request rows touched${seq ? " · ⚠ WHOLE-TABLE SEQ SCAN" : ""} · ${[...nodes].join(" | ")}`,
      );
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

// Tables that grow with the requests: no stats plan may read one of them whole. (StatsDay and StatsPauseDay
// hold a row per day, unit, township, type (and pause reason): a few tens of thousands however many requests,
// so reading half of one for a year is cheaper by a sequential scan and is allowed.)
const BIG_TABLES = ["Request", "Event", "SlaPause", "Rating", "StatsHistogram"];
const wholeTableScans: string[] = [];

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
    // The first run of the year's query on a cold cache (each query reads its own rows once), then the median.
    const cold = performance.now();
    await sql.query(y.sql.text, y.sql.values as unknown[]);
    const coldMs = performance.now() - cold;
    const tw = await timed(() => sql.query(w.sql.text, w.sql.values as unknown[]), 3);
    const ty = await timed(() => sql.query(y.sql.text, y.sql.values as unknown[]), 3);
    week += tw;
    year += ty;
    const plan = await explain(sql, y.sql.text, y.sql.values as unknown[]);
    const weekPlan = await explain(sql, w.sql.text, w.sql.values as unknown[]);
    const share = (rows: number) => `${((100 * rows) / total).toFixed(1)}%`;
    const big = plan.seqScans.filter((t) => BIG_TABLES.includes(t));
    if (big.length) wholeTableScans.push(`${label} / ${y.name}: ${big.join(", ")}`);
    console.log(
      `  ${y.name.padEnd(18)} week ${tw.toFixed(1).padStart(7)} ms · year ${ty.toFixed(1).padStart(8)} ms (first run ${coldMs.toFixed(1)} ms) · rows touched: week ${weekPlan.rowsTouched} (Request ${share(weekPlan.requestRows)}), year ${plan.rowsTouched} (Request ${share(plan.requestRows)})`,
    );
    console.log(`    year plan: ${big.length ? `⚠ SEQ SCAN ON ${big.join(", ")} · ` : ""}${formatPlan(plan)}`);
  }
  console.log(
    `  whole page's queries: week ${week.toFixed(1)} ms, year ${year.toFixed(1)} ms, year/week ${ratio(year, week)} (a year holds ~52× the rows of a week)`,
  );
}

/** The rollups: a full rebuild, then a fold of one changed day (what a view after a change pays). */
async function rollupBench() {
  const started = performance.now();
  await rebuildRollups(client, new Date());
  await sql.query('VACUUM ANALYZE "StatsDay", "StatsHistogram", "StatsPauseDay"');
  const rebuild = performance.now() - started;
  const rows = (t: string) => sql.query(`SELECT count(*)::int AS n FROM "${t}"`).then((r) => r.rows[0].n as number);
  console.log(
    `\nRollups: rebuilt in ${(rebuild / 1000).toFixed(1)} s — StatsDay ${await rows("StatsDay")} rows, StatsHistogram ${await rows("StatsHistogram")}, StatsPauseDay ${await rows("StatsPauseDay")}`,
  );
  const fold = await timed(async () => {
    await sql.query(`INSERT INTO "StatsDirtyDay"(day) VALUES (rd_stats_day(now() AT TIME ZONE 'UTC'))`);
    await foldDirtyDays(client);
  }, 3);
  console.log(`  fold of one changed day (today): ${fold.toFixed(1)} ms`);
}

try {
  await applyMigrations(server.url);
  await sql.connect();
  const started = performance.now();
  const have = Number((await sql.query('SELECT count(*) FROM "Request"')).rows[0].count);
  if (have === 0) {
    await generate(sql, N);
    await sql.query("VACUUM ANALYZE");
    console.log(`Generated ${N} requests in ${((performance.now() - started) / 1000).toFixed(1)} s (PostgreSQL on port ${PORT}, ${dir})`);
  } else if (have !== N) throw new Error(`${dir} holds ${have} requests, not ${N}: use another BENCH_PGDATA`);
  else console.log(`Reusing ${have} requests in ${dir} (PostgreSQL on port ${PORT})`);
  const lead = { id: "o-u1-1", role: "LEAD", unitId: "u1", enterpriseId: null } as Principal;
  // --stats: only the rollups and the stats queries (the queue's part takes minutes at 1,000,000).
  if (!args.includes("--stats")) {
    await queueBench(lead, "lead of unit u1");
    // The admin's city-wide view: no unit or status filter, seeks Request(dueAt, id).
    await queueBench({ id: "admin", role: "ADMIN", unitId: null, enterpriseId: null } as Principal, "admin, city-wide");
  }
  const u1 = { id: "u1", code: "T1", nameZh: "镇1服务团", nameEn: "Team 1", townshipId: "t1" };
  await rollupBench();
  if (KEPT) {
    // PostgreSQL restarted: the stats reads below start without its shared buffers (the OS file cache stays).
    await prisma.$disconnect();
    await sql.end();
    await server.stop();
    server = await startEmbeddedPostgres({ dataDir: KEPT, port: PORT, persistent: true });
    sql = new pg.Client({ connectionString: server.url });
    await sql.connect();
    console.log("PostgreSQL restarted: the first run of each stats query below reads outside its shared buffers");
  }
  await statsBench({ scope: { unitId: "u1", townshipId: null, type: null }, unit: u1, township: null, unitLocked: true }, "lead of unit u1");
  await statsBench({ scope: { unitId: null, townshipId: null, type: null }, unit: null, township: null, unitLocked: false }, "admin, city-wide");
  if (wholeTableScans.length) {
    console.error(`\n✗ whole-table scans in stats plans:\n  ${wholeTableScans.join("\n  ")}`);
    process.exitCode = 1;
  } else console.log("\n✓ no stats plan reads a big table whole (Seq Scan on none of: " + BIG_TABLES.join(", ") + ")");
} finally {
  await cleanup();
}
