import { register } from "node:module";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH, TRACE } from "./tests/e2e/browser";
// One scratch folder per run (E2E_DIR), so two checkouts can run their e2e side by side on other ports.
import { E2E_DIR, E2E_PGPORT, E2E_PORT as PORT, E2E_UPLOAD_DIR } from "./tests/e2e/env";
import { E2E_AUTH_SECRET } from "./tests/e2e/secret";

// Lets tests/e2e/data.ts load the app's domain modules outside Next.js (JSON catalogs, "server-only").
register("./tests/e2e/loader-hooks.mjs", import.meta.url);

// End-to-end against `next start` on a built app, in Debian's Chromium, with a fresh embedded database
// (scripts/e2e-server.ts wipes its data folder first, so every run starts from the demo story).
// Tests run side by side: each creates the rows it changes (tests/e2e/data.ts) and starts signed in from a
// state the "setup" project stored once per account (tests/e2e/auth.setup.ts). Two workers fit two cores
// next to the server and its database; E2E_WORKERS changes that.
// Specs that need the server to themselves: they run one after the other once the parallel ones are done.
const ALONE = [/fuzz-actions\.spec\.ts$/, /sign-in-throttle\.spec\.ts$/, /nothing-lost\.spec\.ts$/];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: TRACE,
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    // The first sign-ins meet a server that has just started (and argon2 on a busy machine): more patience.
    { name: "setup", testMatch: /auth\.setup\.ts$/, expect: { timeout: 30_000 } },
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"], testIgnore: ALONE },
    // Counts rows in whole tables (a refused form must write nothing), so no other test may write meanwhile.
    { name: "fuzz", testMatch: /fuzz-actions\.spec\.ts$/, use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["chromium"] },
    // Holds back sign-ins from 127.0.0.1, the address every test's browser comes from: alone, in order.
    {
      name: "sign-in-throttle",
      testMatch: /sign-in-throttle\.spec\.ts$/,
      fullyParallel: false,
      use: { ...devices["Desktop Chrome"], channel: undefined },
      dependencies: ["fuzz"],
    },
    // Takes the database away from the whole server for a moment: it runs alone, after everything else.
    {
      name: "database-outage",
      testMatch: /nothing-lost\.spec\.ts$/,
      fullyParallel: false,
      use: { ...devices["Desktop Chrome"], channel: undefined },
      dependencies: ["sign-in-throttle"],
    },
  ],
  webServer: {
    command: "npx tsx --import ./scripts/setup/server-only-hook.mjs scripts/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/login`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      PGPORT: String(E2E_PGPORT),
      PGDATA_DIR: `${E2E_DIR}/pg15`,
      AUTH_SECRET: E2E_AUTH_SECRET,
      UPLOAD_DIR: E2E_UPLOAD_DIR,
      DEMO_DATA: "on",
      HOSTNAME: "127.0.0.1",
      APP_URL: `http://127.0.0.1:${PORT}`,
    },
  },
});
