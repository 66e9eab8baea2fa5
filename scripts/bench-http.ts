// `npm run bench:http [-- --n 10000 --big 200000 --duration 5 --rounds 3 --connections 10 --no-build]`:
// the pages people open, measured over HTTP against `next start` on N generated requests (scripts/bench-data.ts),
// interleaved in rounds so a noisy machine slows every page alike. CPU per request (Node from /proc, PostgreSQL
// from its processes' /proc) moves far less with load from elsewhere than req/s does, so the ratios use it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { ROOT } from "../lib/db/schema-engine";
import { sourceHash } from "./setup/build-hash";
import { hashPassword } from "../lib/auth/password";
import { encodeCursor } from "../lib/paging/cursor";
import { generate, grow } from "./bench-data";
import { median } from "./bench-report";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} wants a number`);
  return v;
}
const N = flag("n", 10_000);
const BIG = flag("big", 200_000);
const DURATION = flag("duration", 5);
const ROUNDS = flag("rounds", 3);
const CONNECTIONS = flag("connections", 10);
const DEEP_PAGE = flag("deep", 40);
const BUILD = !process.argv.includes("--no-build");
// --cpu-prof: next start runs under Node's sampling profiler; the top frames by self time are printed and kept.
const PROFILE = process.argv.includes("--cpu-prof");
// --keep-prof: the raw .cpuprofile files are kept in bench/profiles/<time>/ (not committed) for a closer look.
const KEEP_PROFILE = process.argv.includes("--keep-prof");
// --dump <dir>: keeps each page's body as served, to see where its bytes go.
const DUMP = process.argv.includes("--dump") ? process.argv[process.argv.indexOf("--dump") + 1] : null;
// --only <regex>: measures only the pages whose name matches (while iterating on one page).
const ONLY = process.argv.includes("--only") ? new RegExp(process.argv[process.argv.indexOf("--only") + 1]!) : null;
// What Chromium sends: pages travel compressed (next start gzips), and the bytes that count are those a browser receives.
const BROWSER_ENCODING = "gzip, deflate, br, zstd";
const PROFILE_DIR = path.join(os.tmpdir(), `rd-bench-prof-${process.pid}`);
const PG_PORT = Number(process.env.BENCH_PGPORT ?? 25490);
const PORT = Number(process.env.BENCH_HTTP_PORT ?? Number(process.env.PORT ?? 3000) + 90);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PASSWORD = "bench-pass-1";
const TICK_MS = 1000 / Number(spawnSync("getconf", ["CLK_TCK"]).stdout.toString().trim() || 100);

// ---- CPU from /proc: a process's own time and that of the children it has reaped -------------------------

function stat(pid: number): { ppid: number; own: number; reaped: number } | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
    // Fields after the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    return { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), reaped: Number(f[13]) + Number(f[14]) };
  } catch {
    return null;
  }
}

/** CPU milliseconds used so far by a process and everything below it (live or already exited and reaped). */
function treeCpuMs(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (s) children.set(s.ppid, [...(children.get(s.ppid) ?? []), Number(name)]);
  }
  let ticks = 0;
  const visit = (pid: number, top: boolean) => {
    const s = stat(pid);
    if (!s) return;
    ticks += s.own + (top ? s.reaped : 0);
    for (const c of children.get(pid) ?? []) visit(c, false);
  };
  visit(root, true);
  return ticks * TICK_MS;
}

// ---- the database ---------------------------------------------------------------------------------------

const dir = mkdtempSync(path.join(os.tmpdir(), "rd-bench-http-"));
chmodSync(dir, 0o755);
const dataDir = path.join(dir, "pg");
let server: ChildProcess | null = null;
let stopDb: (() => Promise<void>) | null = null;

async function stopApp() {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
}

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };

/**
 * The frames that used the most CPU themselves, as a share of busy samples over the whole run (every page);
 * `byFile` adds them up per script (a bundle, a package, a Node module) instead.
 */
function topFrames(limit = 15, byFile = false): { frame: string; self_pct: number }[] {
  if (!existsSync(PROFILE_DIR)) return [];
  const self = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(PROFILE_DIR).filter((f) => f.endsWith(".cpuprofile"))) {
    const prof = JSON.parse(readFileSync(path.join(PROFILE_DIR, file), "utf8")) as { nodes: ProfileNode[]; samples: number[] };
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    for (const id of prof.samples) {
      const f = byId.get(id)!.callFrame;
      if (f.functionName === "(idle)") continue; // share of the time Node was busy, not of the wall clock
      const where = f.url ? `${f.url.replace(/^.*\/(node_modules|\.next)\//, "$1/")}:${f.lineNumber + 1}` : "";
      const key = byFile ? where.replace(/:\d+$/, "") || f.functionName : `${f.functionName || "(anonymous)"} ${where}`.trim();
      self.set(key, (self.get(key) ?? 0) + 1);
      total++;
    }
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([frame, n]) => ({ frame, self_pct: Math.round((n / total) * 1000) / 10 }));
}

async function cleanup() {
  await stopApp();
  await stopDb?.().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
  if (KEEP_PROFILE && existsSync(PROFILE_DIR)) {
    const kept = path.join("bench", "profiles", new Date().toISOString().replace(/[:.]/g, "-"));
    cpSync(PROFILE_DIR, kept, { recursive: true });
    console.log(`profiles kept in ${kept}`);
  }
  rmSync(PROFILE_DIR, { recursive: true, force: true });
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

type Accounts = { officer: string; lead: string; admin: string; enterprise: string };

/** Bench users that can sign in: unit u1's lead and an officer (bench-data), and an administrator. */
async function accounts(sql: pg.Client): Promise<Accounts> {
  const hash = await hashPassword(PASSWORD);
  await sql.query(`INSERT INTO "User"(id, email, name, role, "updatedAt") VALUES ('admin-bench', 'admin@bench', '管理员', 'ADMIN', now())`);
  await sql.query(`UPDATE "User" SET "passwordHash" = $1 WHERE id IN ('o-u1-1', 'o-u1-2', 'admin-bench', 'eu1')`, [hash]);
  // The submit action files thousands of requests from one account; the hourly filing allowance
  // (lib/limits/action-rate.ts) would refuse all but 20. Its statements still run, each finding its window
  // already over: this scratch database's rows keep a window start far in the past.
  await sql.query(`CREATE FUNCTION bench_open_window() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."windowStart" := '2000-01-01'; RETURN NEW; END $$`);
  await sql.query(`CREATE TRIGGER bench_open_window BEFORE INSERT OR UPDATE ON "ActionRate" FOR EACH ROW EXECUTE FUNCTION bench_open_window()`);
  return { lead: "o1@T1.bench".toLowerCase(), officer: "o2@T1.bench".toLowerCase(), admin: "admin@bench", enterprise: "staff1@bench" };
}

async function filedBy(sql: pg.Client, userId: string): Promise<number> {
  const { rows } = await sql.query<{ n: string }>(`SELECT count(*) n FROM "Request" WHERE "createdById" = $1`, [userId]);
  return Number(rows[0]!.n);
}

async function lowerEmails(sql: pg.Client) {
  await sql.query(`UPDATE "User" SET email = lower(email)`);
}

// ---- the app --------------------------------------------------------------------------------------------

/** The stats rollups of generated data, as after a bulk import (`npm run stats:rebuild`), not folded by the first page view. */
function rebuildStats(url: string) {
  const out = spawnSync("npx", ["tsx", "--import", path.join(ROOT, "scripts/setup/server-only-hook.mjs"), path.join(ROOT, "scripts/stats-rebuild.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "inherit",
  });
  if (out.status !== 0) throw new Error("stats:rebuild failed");
}

function build(env: NodeJS.ProcessEnv) {
  const stamp = path.join(ROOT, ".next", "source-hash");
  const hash = sourceHash(ROOT);
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return console.log("build is current");
  console.log("building…");
  const out = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], { cwd: ROOT, env, stdio: "inherit" });
  if (out.status !== 0) throw new Error("next build failed");
  writeFileSync(stamp, hash);
}

async function startApp(env: NodeJS.ProcessEnv): Promise<number> {
  const profile = PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  server = spawn(process.execPath, [...profile, path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    await new Promise((r) => setTimeout(r, 500));
    if (server.exitCode !== null) throw new Error("next start exited");
    try {
      if ((await fetch(`${ORIGIN}/login`)).ok) return server.pid!;
    } catch {
      // not listening yet
    }
  }
  throw new Error("next start did not answer within a minute");
}

function cookieHeader(setCookies: string[], jar: Map<string, string>) {
  for (const c of setCookies) {
    const [pair] = c.split(";");
    const eq = pair!.indexOf("=");
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** Signs in through Auth.js' own credentials endpoint, as the login form does; returns the Cookie header. */
async function signIn(email: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${ORIGIN}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  let cookie = cookieHeader(csrf.headers.getSetCookie(), jar);
  const res = await fetch(`${ORIGIN}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: `${ORIGIN}/` }).toString(),
  });
  cookie = cookieHeader(res.headers.getSetCookie(), jar);
  if (!jar.has("authjs.session-token")) throw new Error(`sign-in failed for ${email} (${res.status})`);
  return cookie;
}

// ---- pages ----------------------------------------------------------------------------------------------

/** A POST (the submit action): a fresh body for every request, as each filing has its own idempotency key. */
type Post = { headers: Record<string, string>; body: () => string };
type Page = { name: string; path: string; cookie?: string; post?: Post };
type Sample = { rps: number; p50: number; p99: number; kb: number; nodeCpuMs: number; pgCpuMs: number; non2xx: number };

const pageHeaders = (page: Page): Record<string, string> => ({ ...(page.cookie ? { cookie: page.cookie } : {}), ...page.post?.headers });

/**
 * The submit action as the browser posts it: React's encoding of the action's arguments (the form state
 * and the FormData, whose fields get the "_1_" prefix, as React 19.2's encodeReply writes it) as multipart, with Next's action headers.
 */
function submitPost(actionId: string, cookie: string): Post {
  const boundary = "----benchFormBoundary7MA4YWxkTrZu0gW";
  const part = (name: string, value: string, file = false) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? '; filename=""\r\nContent-Type: application/octet-stream' : ""}\r\n\r\n${value}\r\n`;
  return {
    headers: {
      cookie,
      accept: "text/x-component",
      origin: ORIGIN,
      "next-action": actionId,
      "next-router-state-tree": encodeURIComponent(
        JSON.stringify([
          "",
          { children: ["requests", { children: ["new", { children: [["type", "general", "d"], { children: ["__PAGE__", {}] }] }] }] },
          null,
          null,
          true,
        ]),
      ),
      "content-type": `multipart/form-data; boundary=${boundary}`,
    },
    body: () =>
      part("_1_type", "GENERAL") +
      part("_1_idempotencyKey", randomUUID()) +
      part("_1_subject", "复工用工缺口") +
      part("_1_description", "节后返岗人数不足，希望协调技工招聘渠道。") +
      part("_1_files", "", true) +
      part("0", '[{},"$K1"]') +
      `--${boundary}--\r\n`,
  };
}

/** The submit action's id, from the build's server-reference manifest. */
function submitActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(
    ([, v]) => v.filename?.endsWith("requests/new/[type]/actions.ts") && v.exportedName === "submitRequestAction",
  )?.[0];
  if (!id) throw new Error("the submit action is not in the build's server-reference manifest");
  return id;
}

// A fixed number of requests, not a fixed time: a timed run stops with requests in flight whose CPU is
// spent but not counted, which inflates CPU per request exactly when the machine is slow.
async function measure(page: Page, pids: { node: number; pg: number }, amount: number): Promise<Sample> {
  const node0 = treeCpuMs(pids.node);
  const pg0 = treeCpuMs(pids.pg);
  const headers = { "accept-encoding": BROWSER_ENCODING, ...pageHeaders(page) };
  const post = page.post;
  const started = performance.now();
  let lastAnswer = started;
  const run = autocannon({
    url: ORIGIN + page.path,
    connections: CONNECTIONS,
    amount,
    headers,
    ...(post
      ? { method: "POST" as const, body: post.body(), requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: post.body() }) }] }
      : {}),
  });
  // autocannon notices that `amount` is reached only at its next one-second tick, so its own duration (and
  // req/s) rounds up to whole seconds; the time of the last answer is what the server took.
  run.on("response", () => (lastAnswer = performance.now()));
  const r = await run;
  const node = treeCpuMs(pids.node) - node0;
  const pgMs = treeCpuMs(pids.pg) - pg0;
  const n = Math.max(1, r.requests.total);
  return {
    rps: r.requests.total / Math.max((lastAnswer - started) / 1000, 0.001),
    p50: r.latency.p50,
    p99: r.latency.p99,
    kb: r.throughput.total / n / 1024,
    nodeCpuMs: node / n,
    pgCpuMs: pgMs / n,
    non2xx: r.non2xx + r.errors + r.timeouts,
  };
}

/** kb: bytes per response as a browser receives them (compressed); raw_kb: the same body uncompressed. */
function summarise(samples: Sample[], rawKb: number) {
  const m = (k: keyof Sample) => Math.round(median(samples.map((s) => s[k])) * 10) / 10;
  return {
    rps: m("rps"),
    p50_ms: m("p50"),
    p99_ms: m("p99"),
    kb: m("kb"),
    raw_kb: Math.round(rawKb * 10) / 10,
    node_cpu_ms: m("nodeCpuMs"),
    pg_cpu_ms: m("pgCpuMs"),
    non2xx: samples.reduce((a, s) => a + s.non2xx, 0),
  };
}
type Summary = ReturnType<typeof summarise>;

async function rounds(pages: Page[], pids: { node: number; pg: number }, label = ""): Promise<Record<string, Summary>> {
  const amounts = new Map<string, number>();
  const raw = new Map<string, number>();
  for (const page of pages) {
    // fetch asks for gzip and unpacks it: the body read here is the page uncompressed.
    const check = await fetch(ORIGIN + page.path, {
      headers: pageHeaders(page),
      redirect: "manual",
      ...(page.post && { method: "POST", body: page.post.body() }),
    });
    if (check.status !== 200) throw new Error(`${page.name}: ${page.path} answered ${check.status}`);
    // The session is opened, never re-issued, by a page (lib/http/request-guard.ts, lib/auth/session-token.ts).
    if (page.cookie && check.headers.getSetCookie().some((c) => c.includes("session-token"))) throw new Error(`${page.name} re-issued the session cookie`);
    const body = Buffer.from(await check.arrayBuffer());
    raw.set(page.name, body.length / 1024);
    if (DUMP) {
      mkdirSync(DUMP, { recursive: true });
      writeFileSync(path.join(DUMP, `${(page.name + label).replace(/[^a-z0-9]+/gi, "_")}.html`), body);
    }
    // Warm-up (compiled routes, pools, plans, then about two seconds for the JIT), which also sizes each round
    // to about DURATION seconds. Sized from the cold first requests alone, rounds were a second long and
    // mostly measured the JIT warming up.
    const size = (rps: number, seconds: number) => Math.max(CONNECTIONS * 2, Math.min(5000, Math.round(rps * seconds)));
    const cold = await measure(page, pids, CONNECTIONS * 2);
    const warm = await measure(page, pids, size(cold.rps, 2));
    amounts.set(page.name, size(warm.rps, DURATION));
  }
  const samples = new Map<string, Sample[]>();
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`round ${round}/${ROUNDS}${label}`);
    for (const page of pages) samples.set(page.name, [...(samples.get(page.name) ?? []), await measure(page, pids, amounts.get(page.name)!)]);
  }
  return Object.fromEntries(pages.map((p) => [p.name + label, summarise(samples.get(p.name)!, raw.get(p.name)!)]));
}

/** The cursor of the page `page` of a view (the row just before it), found the slow way once. */
async function deepCursor(sql: pg.Client, where: string, page: number): Promise<string | undefined> {
  const { rows } = await sql.query<{ n: string }>(`SELECT count(*) n FROM "Request" r WHERE ${where}`);
  const deep = Math.max(2, Math.min(page, Math.floor(Number(rows[0]!.n) / 25)));
  const { rows: last } = await sql.query<{ id: string; dueAt: Date }>(
    `SELECT id, "dueAt" FROM "Request" r WHERE ${where} ORDER BY "dueAt", id OFFSET ${(deep - 1) * 25 - 1} LIMIT 1`,
  );
  return last[0] ? encodeCursor(last[0].dueAt, last[0].id) : undefined;
}

function table(pages: Record<string, Summary>) {
  const head = "| page | req/s | p50 ms | p99 ms | KB (gzip) | KB raw | Node CPU ms/req | PostgreSQL CPU ms/req |";
  const rows = Object.entries(pages).map(
    ([k, s]) =>
      `| ${k} | ${s.rps} | ${s.p50_ms} | ${s.p99_ms} | ${s.kb} | ${s.raw_kb} | ${s.node_cpu_ms} | ${s.pg_cpu_ms} |${s.non2xx ? ` ${s.non2xx} non-2xx` : ""}`,
  );
  return [head, "|---|---|---|---|---|---|---|---|", ...rows].join("\n");
}

async function main() {
  console.log(
    `bench:http — ${N} requests (growth to ${BIG || "skipped"}), ${ROUNDS} rounds × ${DURATION} s, ${CONNECTIONS} connections, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`,
  );
  const db = await startEmbeddedPostgres({ dataDir, port: PG_PORT, persistent: false });
  stopDb = db.stop;
  const pgPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  await applyMigrations(db.url);
  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  sql.on("error", () => {}); // the database stops under it when a run fails
  console.log("generating data…");
  await generate(sql, N);
  rebuildStats(db.url);
  await lowerEmails(sql);
  const who = await accounts(sql);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    AUTH_TRUST_HOST: "true",
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
    WORKER: "off",
    APP_URL: ORIGIN,
  };
  if (BUILD) build(env);
  const nodePid = await startApp(env);
  const pids = { node: nodePid, pg: pgPid };
  const [officer, lead, admin, enterprise] = await Promise.all([signIn(who.officer), signIn(who.lead), signIn(who.admin), signIn(who.enterprise)]);

  const OPEN = `status IN ('SUBMITTED','ACCEPTED','IN_PROGRESS','NEEDS_INFO')`;
  const officerDeep = await deepCursor(sql, `"unitId" = 'u1' AND ${OPEN}`, DEEP_PAGE);
  const adminDeep = await deepCursor(sql, "true", DEEP_PAGE);
  const {
    rows: [kase],
  } = await sql.query<{ reference: string }>(`SELECT reference FROM "Request" WHERE "unitId" = 'u1' AND ${OPEN} ORDER BY "dueAt" LIMIT 1`);
  const yearAgo = new Date(Date.now() - 365 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  const chunk = readdirSync(path.join(ROOT, ".next/static/chunks")).find((f) => f.endsWith(".js"));

  const pages: Page[] = [
    { name: "static asset", path: `/_next/static/chunks/${chunk}` },
    { name: "/login", path: "/login" },
    ...(process.env.BENCH_EXTRA ?? "")
      .split(",")
      .filter(Boolean)
      .map((x) => ({ name: x, path: x })),
    { name: "/queue officer", path: "/queue", cookie: officer },
    { name: "/queue officer deep", path: `/queue?cursor=${officerDeep}`, cookie: officer },
    { name: "/queue?tab=all admin", path: "/queue?tab=all", cookie: admin },
    { name: "/queue?tab=all admin deep", path: `/queue?tab=all&cursor=${adminDeep}`, cookie: admin },
    { name: "/cases/<ref> officer", path: `/cases/${kase!.reference}`, cookie: officer },
    { name: "/stats lead", path: "/stats", cookie: lead },
    { name: "/stats admin", path: "/stats", cookie: admin },
    { name: "/stats admin year", path: `/stats?period=since&from=${yearAgo}`, cookie: admin },
    { name: "/stats/export CSV lead", path: "/stats/export?table=summary", cookie: lead },
    { name: "submit action (enterprise files a request)", path: "/requests/new/general", post: submitPost(submitActionId(), enterprise) },
  ].filter((p) => !ONLY || ONLY.test(p.name));
  const filedBefore = await filedBy(sql, "eu1");
  const results = await rounds(pages, pids);
  // Each POST filed a request of its own (a fresh idempotency key each), or the action measured nothing.
  const filed = (await filedBy(sql, "eu1")) - filedBefore;
  if (pages.some((p) => p.post)) {
    console.log(`submit action: ${filed} requests filed`);
    if (filed === 0) throw new Error("the submit action filed nothing");
  }

  let grown: Record<string, Summary> = {};
  if (BIG > N) {
    console.log(`growing to ${BIG} requests…`);
    await grow(sql, N, BIG);
    rebuildStats(db.url);
    const growthPages = pages.filter((p) => ["/queue officer", "/queue?tab=all admin", "/stats lead", "/stats admin"].includes(p.name));
    grown = await rounds(growthPages, pids, ` @${BIG}`);
  }
  await sql.end();

  const all = { ...results, ...grown };
  const at = (name: string) => all[name] ?? { node_cpu_ms: NaN, kb: NaN, raw_kb: NaN, p50_ms: NaN };
  const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.1)) * 100) / 100;
  const ratios = {
    queue_cpu_ms: Math.max(at("/queue officer").node_cpu_ms, at("/queue?tab=all admin").node_cpu_ms),
    queue_kb: Math.max(at("/queue officer").kb, at("/queue?tab=all admin").kb),
    queue_raw_kb: Math.max(at("/queue officer").raw_kb, at("/queue?tab=all admin").raw_kb),
    case_kb: at("/cases/<ref> officer").kb,
    case_raw_kb: at("/cases/<ref> officer").raw_kb,
    case_cpu_ms: at("/cases/<ref> officer").node_cpu_ms,
    stats_cpu_ms: Math.max(at("/stats lead").node_cpu_ms, at("/stats admin").node_cpu_ms),
    deep_vs_first: Math.max(
      ratio(at("/queue officer deep").p50_ms, at("/queue officer").p50_ms),
      ratio(at("/queue?tab=all admin deep").p50_ms, at("/queue?tab=all admin").p50_ms),
    ),
    growth_10k_to_200k:
      BIG > N
        ? Math.max(
            ratio(at(`/queue officer @${BIG}`).p50_ms, at("/queue officer").p50_ms),
            ratio(at(`/queue?tab=all admin @${BIG}`).p50_ms, at("/queue?tab=all admin").p50_ms),
          )
        : null,
    stats_growth:
      BIG > N
        ? Math.max(ratio(at(`/stats lead @${BIG}`).p50_ms, at("/stats lead").p50_ms), ratio(at(`/stats admin @${BIG}`).p50_ms, at("/stats admin").p50_ms))
        : null,
  };
  await stopApp();
  const frames = topFrames();
  const files = topFrames(12, true);
  console.log(`\n${table(all)}\n`);
  if (frames.length) console.log("top frames by self time (whole run):\n" + frames.map((f) => `  ${f.self_pct}%  ${f.frame}`).join("\n"));
  if (files.length) console.log("self time by script:\n" + files.map((f) => `  ${f.self_pct}%  ${f.frame}`).join("\n"));
  console.log(ratios);
  const outDir = path.join(ROOT, "bench", "results");
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model, loadavg: os.loadavg(), node: process.version };
  writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        n: N,
        big: BIG,
        rounds: ROUNDS,
        duration_s: DURATION,
        connections: CONNECTIONS,
        machine,
        pages: all,
        ratios,
        ...(frames.length ? { top_frames: frames, self_time_by_script: files } : {}),
      },
      null,
      2,
    ) + "\n",
  );
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

main()
  .then(() => cleanup())
  .catch(async (err) => {
    console.error(err);
    await cleanup();
    process.exit(1);
  });
