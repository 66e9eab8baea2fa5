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
import { resolvePeriod } from "../lib/stats/period";
import { statsPageQueries } from "../lib/stats/report";
import type { ResolvedScope } from "../lib/stats/scope";
import { generate } from "./bench-data";
import { explain, formatPlan, median, ratio } from "./bench-report";

const args = process.argv.slice(2);
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 200_000);
// --proposed: also create the indexes the report proposes, to compare plans with and without them.
const PROPOSED = args.includes("--proposed");
const PORT = Number(process.env.BENCH_PGPORT ?? 54390);
const PAGE = 25;
const DEEP = 500;
if (!Number.isInteger(N) || N < 1000) throw new Error("usage: npm run bench -- [number of requests ≥ 1000] [--proposed]");

// What the stats and queue would need beyond today's schema (Prisma: @@index([unitId, submittedAt]),
// @@index([unitId, resolvedAt]), @@index([unitId, dueAt, id])).
const PROPOSED_INDEXES = [
  'CREATE INDEX "Request_unitId_submittedAt_idx" ON "Request"("unitId", "submittedAt")',
  'CREATE INDEX "Request_unitId_resolvedAt_idx" ON "Request"("unitId", "resolvedAt")',
  'CREATE INDEX "Request_unitId_dueAt_id_idx" ON "Request"("unitId", "dueAt", "id")',
  "ANALYZE",
];

const dir = mkdtempSync(path.join(os.tmpdir(), "rd-bench-"));
chmodSync(dir, 0o755);
const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: PORT, persistent: false });
const sql = new pg.Client({ connectionString: server.url });
const queries: { query: string; params: string }[] = [];
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: server.url }), log: [{ emit: "event", level: "query" }] });
prisma.$on("query", (e) => queries.push({ query: e.query, params: e.params }));

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

/** The queue's rows query as lib/cases/queue.ts builds it (visibleRequests, order by due time then id). */
async function queueBench(lead: Principal) {
  const order = [{ dueAt: "asc" as const }, { id: "asc" as const }];
  const select = { id: true, reference: true, type: true, status: true, dueAt: true, enterprise: { select: { name: true } }, assignee: { select: { name: true } } };
  const OPEN = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "NEEDS_INFO"] as const;
  const tabs: [string, Prisma.RequestWhereInput][] = [
    ["all", visibleRequests(lead)],
    ["resolved", { AND: [visibleRequests(lead), { status: { in: ["RESOLVED", "CLOSED"] } }] }],
    ["open", { AND: [visibleRequests(lead), { status: { in: [...OPEN] } }] }],
    // The same as "all" without the co-handling OR of visibleRequests: what that OR costs the plan.
    ["all, own unit only", { unitId: lead.unitId! }],
  ];
  console.log(`\nQueue — lead of unit u1, ${PAGE} a page, page ${DEEP} = after ${(DEEP - 1) * PAGE} rows`);
  for (const [name, where] of tabs) {
    const rowsQuery = (extra: Prisma.RequestWhereInput[] = [], skip = 0) =>
      prisma.request.findMany({ where: { AND: [where, ...extra] }, orderBy: order, take: PAGE + 1, skip, select });
    const total = await prisma.request.count({ where });
    const deep = Math.min(DEEP, Math.max(1, Math.floor(total / PAGE)));
    const [last] = await prisma.request.findMany({ where, orderBy: order, skip: (deep - 1) * PAGE - 1, take: 1, select: { id: true, dueAt: true } });
    const keyset = last ? [{ OR: [{ dueAt: { gt: last.dueAt } }, { dueAt: last.dueAt, id: { gt: last.id } }] }] : [];
    const first = await timed(() => rowsQuery());
    const keysetDeep = await timed(() => rowsQuery(keyset));
    const offsetDeep = await timed(() => rowsQuery([], (deep - 1) * PAGE));
    console.log(`  tab "${name}" (${total} rows, deep page ${deep}): page 1 ${first.toFixed(1)} ms · keyset deep ${keysetDeep.toFixed(1)} ms (${ratio(keysetDeep, first)} page 1) · offset deep ${offsetDeep.toFixed(1)} ms (${ratio(offsetDeep, first)} page 1)`);
    for (const [label, run] of [["page 1", () => rowsQuery()], ["keyset deep", () => rowsQuery(keyset)], ["offset deep", () => rowsQuery([], (deep - 1) * PAGE)]] as const) {
      queries.length = 0;
      await run();
      const q = queries.find((x) => x.query.includes('FROM "public"."Request"')) ?? queries[0];
      const plan = await explain(sql, q.query, JSON.parse(q.params));
      console.log(`    ${label} plan (${plan.requestRows} Request rows touched): ${formatPlan(plan)}`);
    }
  }
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
  console.log(`  whole page: week ${week.toFixed(1)} ms, year ${year.toFixed(1)} ms, year/week ${ratio(year, week)} (a year holds ~52× the rows of a week)`);
}

try {
  await applyMigrations(server.url);
  await sql.connect();
  const started = performance.now();
  await generate(sql, N);
  if (PROPOSED) for (const ddl of PROPOSED_INDEXES) await sql.query(ddl);
  console.log(`${PROPOSED ? "With the proposed indexes. " : ""}Generated ${N} requests in ${((performance.now() - started) / 1000).toFixed(1)} s (PostgreSQL on port ${PORT}, ${dir})`);
  const lead = { id: "o-u1-1", role: "LEAD", unitId: "u1", enterpriseId: null } as Principal;
  await queueBench(lead);
  const u1 = { id: "u1", code: "T1", nameZh: "镇1服务团", nameEn: "Team 1", townshipId: "t1" };
  await statsBench({ scope: { unitId: "u1", townshipId: null, type: null }, unit: u1, township: null, unitLocked: true }, "lead of unit u1");
  await statsBench({ scope: { unitId: null, townshipId: null, type: null }, unit: null, township: null, unitLocked: false }, "admin, city-wide");
} finally {
  await cleanup();
}
