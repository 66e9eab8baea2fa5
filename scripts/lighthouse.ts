// `npm run lighthouse`: Lighthouse 12.2.3 (mobile preset: a mid-range phone on a slow 4G link, simulated)
// on /login, /requests/new (enterprise), /queue (officer) and /stats (lead), in Debian's Chromium, against
// `next start` on a fresh demo database (tests' e2e server, its own ports). Prints each page's performance
// and accessibility scores, writes a JSON summary (and each page's full report) to .lighthouse/<time>/, and exits 1 when a page scores below
// performance 98 or accessibility 100. Not part of `npm test`: each page takes ~15 s.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ROOT } from "../lib/db/schema-engine";
import { stopChild } from "./setup/children";
import { CHROMIUM_LAUNCH } from "../tests/e2e/browser";
import { ACCOUNTS, DEMO_PASSWORD } from "../tests/e2e/helpers";
import { E2E_AUTH_SECRET } from "../tests/e2e/secret";

const MIN = { performance: 98, accessibility: 100 };
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3200);
const dir = process.env.LIGHTHOUSE_DIR ?? "/tmp/rd-lighthouse";
const base = `http://127.0.0.1:${port}`;
const PAGES: { path: string; as: string | null }[] = [
  { path: "/login", as: null },
  { path: "/requests/new", as: ACCOUNTS.powertrain },
  { path: "/queue", as: ACCOUNTS.officerChian },
  { path: "/stats", as: ACCOUNTS.leadChian },
];

const server = spawn(
  process.execPath,
  [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "--import", path.join(ROOT, "scripts/setup/server-only-hook.mjs"), "scripts/e2e-server.ts"],
  {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      PGPORT: process.env.LIGHTHOUSE_PGPORT ?? "25440",
      PGDATA_DIR: `${dir}/pg15`,
      UPLOAD_DIR: `${dir}/uploads`,
      AUTH_SECRET: E2E_AUTH_SECRET,
      DEMO_DATA: "on",
      HOSTNAME: "127.0.0.1",
      APP_URL: base,
    },
  },
);

async function ready() {
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${base}/login`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    if (server.exitCode !== null) throw new Error("the app did not start");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error("the app did not answer within 10 minutes");
}

/** The session cookie of a demo account, signed in through the real form. */
async function sessionCookie(email: string): Promise<string> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage({ baseURL: base, locale: "zh-CN" });
    await page.goto("/login");
    await page.getByLabel(/邮箱|Email/).fill(email);
    await page.getByLabel(/密码|Password/).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    return (await page.context().cookies())
      .filter((c) => c.name.includes("session-token"))
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
  } finally {
    await browser.close();
  }
}

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const outDir = path.join(ROOT, ".lighthouse", stamp);

type Result = { page: string; as: string | null; performance: number; accessibility: number; lcpMs: number; tbtMs: number; cls: number; failedA11y: string[] };

async function audit(target: (typeof PAGES)[number]): Promise<Result> {
  const cookie = target.as ? await sessionCookie(target.as) : null;
  const chrome = await chromeLauncher.launch({
    // The full browser, as a person's phone runs it (the e2e tests use the lighter headless shell).
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const run = await lighthouse(`${base}${target.path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      locale: "en-US",
      extraHeaders: { "Accept-Language": "zh-CN", ...(cookie ? { Cookie: cookie } : {}) },
    });
    if (!run) throw new Error(`no result for ${target.path}`);
    // The full report beside the summary, for what to fix (open it in the Lighthouse viewer).
    writeFileSync(path.join(outDir, `${target.path.slice(1).replace(/\//g, "-")}.json`), run.report as string);
    const { categories, audits, finalDisplayedUrl } = run.lhr;
    if (new URL(finalDisplayedUrl).pathname !== target.path) throw new Error(`${target.path} ended on ${finalDisplayedUrl}: not signed in?`);
    const failedA11y = (categories.accessibility?.auditRefs ?? [])
      .filter((r) => r.weight > 0 && audits[r.id]?.score !== 1 && audits[r.id]?.score !== null)
      .map((r) => r.id);
    return {
      page: target.path,
      as: target.as,
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
      tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
      cls: Number((audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
      failedA11y,
    };
  } finally {
    chrome.kill();
  }
}

let code = 1;
try {
  await ready();
  mkdirSync(outDir, { recursive: true });
  const results: Result[] = [];
  for (const target of PAGES) {
    const r = await audit(target);
    results.push(r);
    console.log(
      `${r.page.padEnd(14)} performance ${String(r.performance).padStart(3)}  accessibility ${String(r.accessibility).padStart(3)}  LCP ${r.lcpMs} ms  TBT ${r.tbtMs} ms  CLS ${r.cls}${r.failedA11y.length ? `  failing: ${r.failedA11y.join(", ")}` : ""}`,
    );
  }
  const below = results.filter((r) => r.performance < MIN.performance || r.accessibility < MIN.accessibility);
  const out = path.join(outDir, "summary.json");
  writeFileSync(out, JSON.stringify({ lighthouse: "12.2.3", preset: "mobile", minimum: MIN, at: new Date().toISOString(), results }, null, 2));
  console.log(
    `\nsummary: ${path.relative(ROOT, out)}; ${below.length ? `below ${MIN.performance}/${MIN.accessibility}: ${below.map((r) => r.page).join(", ")}` : `every page at least ${MIN.performance}/${MIN.accessibility}`}`,
  );
  code = below.length ? 1 : 0;
} catch (err) {
  console.error(`lighthouse run failed: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await stopChild(server, 30_000);
}
process.exit(code);
