import "server-only";
import { db } from "@/lib/db";
import { startWorker } from "./worker";

/** The worker inside `next start`, unless WORKER=off or this is the build. */
export async function startWorkerInApp(env = process.env): Promise<void> {
  if (env.NEXT_PHASE === "phase-production-build") return;
  let stopWorker: () => Promise<void> = async () => {};
  // With NEXT_MANUAL_SIG_HANDLE=1 (scripts/start.ts sets it) Next leaves signals to us: stop pg-boss
  // gracefully so in-flight jobs are not left "active" until they expire, then exit. Without a worker
  // the process still has to exit.
  if (env.NEXT_MANUAL_SIG_HANDLE) {
    const stop = () =>
      void stopWorker()
        .catch(() => {})
        .finally(() => process.exit(0));
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  }
  if (env.WORKER === "off" || !env.DATABASE_URL) return;
  try {
    const worker = await startWorker({ connectionString: env.DATABASE_URL, db });
    stopWorker = () => worker.stop();
  } catch (err) {
    // The site still serves without its worker; say so once instead of failing every request.
    console.error(`[worker] could not start: ${err instanceof Error ? err.message : String(err)}`);
  }
}
