// The server Playwright starts: `npm start` on a wiped data folder, so each e2e run sees the same demo story.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const dataDir = process.env.PGDATA_DIR;
if (!dataDir || !dataDir.startsWith("/tmp/")) throw new Error("e2e-server wipes PGDATA_DIR and only does so under /tmp");

/** The process id in the folder's postmaster.pid when that PostgreSQL is still running. */
function runningPostgres(dir: string): number | null {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

// The folder (E2E_DIR) also holds the run's signed-in browser states (tests/e2e/auth.setup.ts): wiping it under
// another run would pull its database away and let it read states signed in on this run's server.
const holder = runningPostgres(dataDir);
if (holder) throw new Error(`${path.dirname(dataDir)} is in use by another e2e run (PostgreSQL ${holder}): give this run its own E2E_DIR and ports`);
rmSync(path.dirname(dataDir), { recursive: true, force: true });
delete process.env.DATABASE_URL;
await import("./start");
