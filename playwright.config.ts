import { defineConfig, devices } from "@playwright/test";

import { CHROMIUM_LAUNCH } from "./tests/e2e/browser";
import { E2E_AUTH_SECRET } from "./tests/e2e/secret";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// One scratch folder per run (E2E_DIR), so two checkouts can run their e2e side by side on other ports.
const E2E_DIR = process.env.E2E_DIR ?? "/tmp/rd-e2e";

// End-to-end against `next start` on a built app, in Debian's Chromium, with a fresh embedded database
// (scripts/e2e-server.ts wipes its data folder first, so every run starts from the demo story).
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /nothing-lost\.spec\.ts$/ },
    // Takes the database away from the whole server for a moment: it runs after everything else.
    { name: "database-outage", testMatch: /nothing-lost\.spec\.ts$/, use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["chromium"] },
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
      PGPORT: process.env.E2E_PGPORT ?? "25432",
      PGDATA_DIR: `${E2E_DIR}/pg15`,
      AUTH_SECRET: E2E_AUTH_SECRET,
      UPLOAD_DIR: `${E2E_DIR}/uploads`,
      DEMO_DATA: "on",
      HOSTNAME: "127.0.0.1",
      APP_URL: `http://127.0.0.1:${PORT}`,
    },
  },
});
