import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH, TRACE } from "../e2e/browser";
import { MULTI, URL_A, URL_B } from "./setup";

// Two `next start` instances and one worker on one PostgreSQL (tests/e2e-multi/server.ts), as a city runs
// them behind a load balancer. It reuses the main e2e's build (.next is rebuilt only when sources changed).
export default defineConfig({
  testDir: ".",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 240_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: URL_A,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: TRACE,
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [{ name: "two-instances", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "npx tsx --import ./scripts/setup/server-only-hook.mjs tests/e2e-multi/server.ts",
    cwd: "../..",
    // The server starts B after A answers, so B's sign-in page answering means both are up.
    url: `${URL_B}/login`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: { E2E_MULTI_PORT_A: String(MULTI.portA), E2E_MULTI_PORT_B: String(MULTI.portB), E2E_MULTI_PGPORT: String(MULTI.pgPort), E2E_MULTI_DIR: MULTI.dir },
  },
});
