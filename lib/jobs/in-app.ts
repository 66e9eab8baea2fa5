import { db } from "@/lib/db";
import { startWorker } from "./worker";

/** The worker inside `next start`, unless WORKER=off or this is the build. */
export async function startWorkerInApp(env = process.env): Promise<void> {
  if (env.WORKER === "off" || env.NEXT_PHASE === "phase-production-build" || !env.DATABASE_URL) return;
  try {
    const worker = await startWorker({ connectionString: env.DATABASE_URL, db });
    // Only takes effect with NEXT_MANUAL_SIG_HANDLE=1 (otherwise Next exits at once and in-flight jobs
    // stay "active" until they expire): stop pg-boss gracefully, then exit.
    if (env.NEXT_MANUAL_SIG_HANDLE) {
      const stop = () => void worker.stop().finally(() => process.exit(0));
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
    }
  } catch (err) {
    // The site still serves without its worker; say so once instead of failing every request.
    console.error(`[worker] could not start: ${err instanceof Error ? err.message : String(err)}`);
  }
}
