import { existsSync } from "node:fs";

// Debian's Chromium as every e2e config drives it (STACK.md: Playwright's own browser download is unreachable).
// Its headless shell (package chromium-headless-shell, what Playwright itself runs headless) when installed:
// the whole suite costs 40 % less CPU than in the full browser's headless mode, on the same pages and checks.
const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium"),
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
  ],
};

// A trace records every step of every test to keep the failing ones: a third of the suite's CPU. CI only
// prints the output, so there it is off; E2E_TRACE=retain-on-failure turns it back on.
export const TRACE: "off" | "retain-on-failure" = process.env.E2E_TRACE === "retain-on-failure" || !process.env.CI ? "retain-on-failure" : "off";
