// `npm start`: database (embedded unless DATABASE_URL), migrations, data, build if stale, then serve.
import "dotenv/config";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultDataDir, portIsFree, startEmbeddedPostgres, type RunningPostgres } from "../lib/db/embedded";
import { ROOT } from "../lib/db/schema-engine";
import { prepareDatabase, SEEDED } from "./setup/prepare";
import { appOrigin } from "../lib/http/origin";
import { buildIfStale } from "./setup/build-hash";
import { stopChild } from "./setup/children";
import { retentionDays } from "../lib/pii/retention";
import { trustedProxies } from "../lib/http/client-address";
import { fileStorageKind } from "../lib/files/storage";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", AUTH_TRUST_HOST: "true" };
let embedded: RunningPostgres | null = null;
let server: ChildProcess | null = null;

function log(message: string) {
  console.log(`[resumption-desk] ${message}`);
}

let stopping = false;
// The server goes first (its worker finishes the job in hand), then the database it was using.
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (server) await stopChild(server, 25_000);
  await embedded?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function main() {
  if (!(await portIsFree(port))) throw new Error(`Port ${port} is already in use. Stop what is using it, or start with PORT=<another port> npm start.`);
  // A mistyped retention period, proxy count or file storage must stop the start, not the nightly job or the first sign-in.
  retentionDays(env);
  trustedProxies(env);
  fileStorageKind(env);

  if (!env.DATABASE_URL) {
    const dataDir = env.PGDATA_DIR ?? defaultDataDir(ROOT);
    const pgPort = Number(env.PGPORT ?? 54320);
    log(`starting embedded PostgreSQL on 127.0.0.1:${pgPort} (data in ${dataDir})`);
    embedded = await startEmbeddedPostgres({ dataDir, port: pgPort });
    env.DATABASE_URL = embedded.url;
  } else log("using DATABASE_URL");

  // Without DATA_KEY, passport/ID numbers are sealed under a key generated once beside the AUTH_SECRET file.
  if (!env.DATA_KEY) process.env.DATA_KEY_FILE = env.DATA_KEY_FILE ??= path.join(ROOT, ".data", "data-keys");
  const { applied, sealed, seeded } = await prepareDatabase(env.DATABASE_URL!, env);
  if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
  if (sealed) log(`sealed ${sealed} passport/ID numbers that were stored in the clear`);
  if (seeded === "demo") log(SEEDED.demo);
  if (env.DEMO_DATA === "off" && !env.APP_URL && !env.AUTH_URL) {
    log(`warning: APP_URL is not set, so links in emails and texts point at ${appOrigin(env)}`);
  }

  env.AUTH_SECRET ??= authSecret();
  // Signals reach the app's own handler (lib/jobs/in-app.ts), which stops pg-boss gracefully before exiting.
  env.NEXT_MANUAL_SIG_HANDLE ??= "1";

  const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
  if (!dev) buildIfStale(ROOT, env, log);
  server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port), "-H", env.HOSTNAME ?? "0.0.0.0"], { cwd: ROOT, env, stdio: "inherit" });
  server.on("exit", (code) => void shutdown(code ?? 0));
  log(`serving on http://localhost:${port}`);
}

// Sessions should survive a restart, so a generated secret is kept beside the data (never committed).
function authSecret(): string {
  const file = path.join(ROOT, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

main().catch(async (err) => {
  console.error(`\n[resumption-desk] could not start: ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(1);
});
