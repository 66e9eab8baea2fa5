// Bulk data for `npm run bench`: N requests over the two years before now, written by generate_series
// in a handful of statements (no row-by-row inserts), with the shapes the stats and queue read.
import type pg from "pg";

export const BENCH_UNITS = { township: 5, bureau: "uEXIT", officersPerUnit: 6, enterprises: 2000 } as const;

/** Units u1…u5 (township teams of t1…t5) and the Exit-Entry bureau, their staff, enterprises and their users. */
async function people(c: pg.Client): Promise<void> {
  const { township, officersPerUnit, enterprises } = BENCH_UNITS;
  await c.query(`INSERT INTO "Township"(id, code, "nameZh", "nameEn") SELECT 't'||i, 'T'||i, '镇'||i, 'Town '||i FROM generate_series(1, ${township}) i`);
  await c.query(`INSERT INTO "Unit"(id, code, kind, "nameZh", "nameEn", "townshipId")
    SELECT 'u'||i, 'T'||i, 'TOWNSHIP'::"UnitKind", '镇'||i||'服务团', 'Team '||i, 't'||i FROM generate_series(1, ${township}) i
    UNION ALL SELECT 'uEXIT', 'EXIT_ENTRY', 'BUREAU'::"UnitKind", '出入境管理局', 'Exit-Entry', NULL`);
  await c.query(`INSERT INTO "User"(id, email, name, role, "unitId", "updatedAt")
    SELECT 'o-'||u.id||'-'||k, 'o'||k||'@'||u.code||'.bench', '人员'||k, CASE WHEN k = 1 THEN 'LEAD' ELSE 'OFFICER' END::"Role", u.id, now()
    FROM "Unit" u, generate_series(1, ${officersPerUnit}) k`);
  await c.query(`INSERT INTO "Enterprise"(id, name, uscc, "townshipId", address, "contactName", "contactPhone", status, "updatedAt")
    SELECT 'e'||i, '企业'||i, lpad(i::text, 18, '0'), 't'||(1 + i % ${township}), '地址', '联系人', '13800000000', 'VERIFIED', now()
    FROM generate_series(1, ${enterprises}) i`);
  await c.query(`INSERT INTO "User"(id, email, name, role, "enterpriseId", "updatedAt")
    SELECT 'eu'||i, 'staff'||i||'@bench', '员工'||i, 'ENTERPRISE', 'e'||i, now() FROM generate_series(1, ${enterprises}) i`);
}

/**
 * Requests: types and statuses in roughly the demo's proportions; the last two weeks hold the open
 * backlog, older ones are mostly closed. Times are UTC `timestamp(3)` like Prisma writes them.
 */
async function requests(c: pg.Client, from: number, to: number): Promise<void> {
  const { township, officersPerUnit, enterprises } = BENCH_UNITS;
  await c.query(`
    INSERT INTO "Request"(id, reference, type, details, status, priority, "enterpriseId", "townshipId", "createdById", "unitId", "assigneeId",
      "submittedAt", "firstResponseDueAt", "dueAt", "firstResponseAt", "resolvedAt", "firstResolvedAt", "closedAt", "withdrawnAt", "withdrawReason",
      "pausedMs", "reopenCount", "updatedAt", "searchText")
    SELECT 'r'||g, 'YW-B-'||lpad(g::text, 9, '0'), type, '{}', status::"RequestStatus", 'NORMAL', 'e'||e, 't'||(1 + e % ${township}), 'eu'||e, unit,
      CASE WHEN status = 'SUBMITTED' THEN NULL ELSE 'o-'||unit||'-'||(1 + g % ${officersPerUnit}) END,
      sub, sub + interval '1 day', sub + (1 + floor(r3 * 7)) * interval '1 day',
      CASE WHEN status = 'SUBMITTED' THEN NULL ELSE sub + r3 * interval '20 hours' END,
      CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN sub + r4 * interval '9 days' END,
      CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN sub + r4 * interval '8 days' END,
      CASE WHEN status = 'CLOSED' THEN sub + r4 * interval '9 days' + interval '2 days' END,
      CASE WHEN status = 'WITHDRAWN' THEN sub + interval '5 hours' END,
      CASE WHEN status = 'WITHDRAWN' THEN '企业已自行解决' END,
      CASE WHEN r3 < 0.2 THEN floor(r4 * 86400000)::bigint ELSE 0 END,
      CASE WHEN r2 < 0.03 THEN 1 ELSE 0 END, sub,
      -- Four Chinese characters drawn from the 3,000 most used: words as varied as real goods and names.
      -- (g in the series bound makes the subquery run per row rather than once.)
      'yw-b-'||lpad(g::text, 9, '0')||' '||(SELECT string_agg(chr(19968 + floor(random() * 3000)::int), '') FROM generate_series(1, 4 + g * 0))
    FROM (
      SELECT g, e, sub, r2, r3, r4,
        CASE WHEN r1 < 0.35 THEN 'SUPPLY_CHAIN_HANDOFF' WHEN r1 < 0.55 THEN 'VISA_EXTENSION' WHEN r1 < 0.8 THEN 'PASSPORT_EXPEDITE' ELSE 'GENERAL' END AS type,
        CASE WHEN r1 >= 0.35 AND r1 < 0.8 THEN 'uEXIT' ELSE 'u'||(1 + e % ${township}) END AS unit,
        CASE WHEN sub > (now() AT TIME ZONE 'UTC') - interval '14 days' THEN
               CASE WHEN r2 < 0.15 THEN 'SUBMITTED' WHEN r2 < 0.3 THEN 'ACCEPTED' WHEN r2 < 0.55 THEN 'IN_PROGRESS' WHEN r2 < 0.7 THEN 'NEEDS_INFO' WHEN r2 < 0.85 THEN 'RESOLVED' ELSE 'CLOSED' END
             ELSE CASE WHEN r2 < 0.8 THEN 'CLOSED' WHEN r2 < 0.84 THEN 'RESOLVED' WHEN r2 < 0.9 THEN 'REJECTED' WHEN r2 < 0.96 THEN 'WITHDRAWN' ELSE 'IN_PROGRESS' END
        END AS status
      FROM (
        SELECT g, 1 + (g % ${enterprises}) AS e, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
          (now() AT TIME ZONE 'UTC') - random() * interval '730 days' AS sub
        FROM generate_series(${from}, ${to}) g
      ) raw
    ) x`);
}

/** Timeline, pauses and ratings of requests r<from>…r<to>, in the proportions the stats read. */
async function history(c: pg.Client, from: number, to: number): Promise<void> {
  // Generated ids are r<number>; requests filed through the app meanwhile (the submit action) have cuids.
  const mine = `(CASE WHEN id ~ '^r[0-9]+$' THEN substr(id, 2)::int END) BETWEEN ${from} AND ${to}`;
  await c.query(
    `INSERT INTO "Event"("requestId", kind, "toStatus", "createdAt") SELECT id, 'CREATED', 'SUBMITTED', "submittedAt" FROM "Request" WHERE ${mine}`,
  );
  await c.query(`INSERT INTO "Event"("requestId", kind, "fromStatus", "toStatus", "createdAt")
    SELECT id, 'STATUS', (ARRAY['SUBMITTED','ACCEPTED','IN_PROGRESS'])[1 + floor(random() * 3)]::"RequestStatus", 'WITHDRAWN', "withdrawnAt"
    FROM "Request" WHERE status = 'WITHDRAWN' AND ${mine}`);
  await c.query(`INSERT INTO "SlaPause"(id, "requestId", reason, "startedAt", "endedAt")
    SELECT 'p'||id, id, (ARRAY['QUESTION','AWAITING_DOCUMENTS','ENTERPRISE_UNREACHABLE'])[1 + floor(random() * 3)], "submittedAt" + interval '2 hours',
      CASE WHEN status = 'NEEDS_INFO' THEN NULL ELSE "submittedAt" + interval '2 hours' + "pausedMs" * interval '1 millisecond' END
    FROM "Request" WHERE ("pausedMs" > 0 OR status = 'NEEDS_INFO') AND ${mine}`);
  await c.query(`INSERT INTO "Rating"(id, "requestId", score, "byId", "createdAt")
    SELECT 'g'||id, id, 1 + floor(random() * 5), "createdById", "closedAt" + interval '1 hour' FROM "Request" WHERE status = 'CLOSED' AND random() < 0.6 AND ${mine}`);
}

export async function generate(c: pg.Client, n: number): Promise<void> {
  await c.query("SELECT setseed(0.42)");
  await people(c);
  await requests(c, 1, n);
  await history(c, 1, n);
  await c.query("VACUUM ANALYZE");
}

/** Grows a generated database from `from` to `to` requests (scripts/bench-http.ts measures both sizes in one run). */
export async function grow(c: pg.Client, from: number, to: number): Promise<void> {
  await requests(c, from + 1, to);
  await history(c, from + 1, to);
  await c.query("VACUUM ANALYZE");
}
