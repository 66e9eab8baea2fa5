// The two-instance e2e's system: one embedded PostgreSQL (wiped first), migrations and the demo story,
// then instance A, instance B and one `npm run worker`. Attachments go to PostgreSQL (FILE_STORAGE=postgres)
// and each instance gets an upload folder of its own, so a file served by both can only have come from the
// shared database. A also runs the jobs in-process (WORKER on, as `npm start` does): two job runners on one
// queue, and each scheduled job must still run once.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "../../lib/db/embedded";
import { ROOT } from "../../lib/db/schema-engine";
import { buildIfStale } from "../../scripts/setup/build-hash";
import { stopChild } from "../../scripts/setup/children";
import { prepareDatabase } from "../../scripts/setup/prepare";
import { E2E_AUTH_SECRET } from "../e2e/secret";
import { MULTI, URL_A, URL_B } from "./setup";

const log = (message: string) => console.log(`[e2e-multi] ${message}`);
if (!MULTI.dir.startsWith("/tmp/")) throw new Error("the two-instance e2e wipes E2E_MULTI_DIR and only does so under /tmp");

const children: ChildProcess[] = [];
let pg: RunningPostgres | null = null;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.all(children.map((c) => stopChild(c, 15_000)));
  await pg?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

function run(name: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
  child.on("exit", (code) => {
    if (!stopping) {
      log(`${name} exited (${code}): stopping everything`);
      void stop(1);
    }
  });
  children.push(child);
}

async function answers(url: string, deadline: number) {
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

async function main() {
  rmSync(MULTI.dir, { recursive: true, force: true });
  // Set on this process too: seeding seals the demo passport numbers under the same key the instances read.
  Object.assign(process.env, {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    AUTH_TRUST_HOST: "true",
    AUTH_SECRET: E2E_AUTH_SECRET,
    // Every instance needs the same data key (passport/ID numbers sealed by one are opened by the other).
    DATA_KEY: Buffer.alloc(32, 7).toString("base64"),
    FILE_STORAGE: "postgres",
    DEMO_DATA: "on",
    NEXT_MANUAL_SIG_HANDLE: "1",
  });
  const shared: NodeJS.ProcessEnv = { ...process.env };
  buildIfStale(ROOT, shared, log);
  pg = await startEmbeddedPostgres({ dataDir: path.join(MULTI.dir, "pg15"), port: MULTI.pgPort });
  shared.DATABASE_URL = pg.url;
  await prepareDatabase(pg.url, shared);

  const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
  const instance = (port: number, url: string, worker: "on" | "off") => ({
    ...shared,
    PORT: String(port),
    APP_URL: url,
    UPLOAD_DIR: path.join(MULTI.dir, `uploads-${port}`),
    WORKER: worker,
  });
  run("instance A", [nextBin, "start", "-p", String(MULTI.portA), "-H", "127.0.0.1"], instance(MULTI.portA, URL_A, "on"));
  await answers(`${URL_A}/login`, Date.now() + 120_000);
  run("instance B", [nextBin, "start", "-p", String(MULTI.portB), "-H", "127.0.0.1"], instance(MULTI.portB, URL_B, "off"));
  run(
    "worker",
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "--import", path.join(ROOT, "scripts/setup/server-only-hook.mjs"), "scripts/worker.ts"],
    shared,
  );
  log(`A on ${URL_A} (with its in-app worker), B on ${URL_B}, one worker, PostgreSQL on ${MULTI.pgPort}`);
}

main().catch((err) => {
  console.error(`[e2e-multi] could not start: ${err instanceof Error ? err.stack : String(err)}`);
  void stop(1);
});
