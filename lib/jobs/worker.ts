import "server-only";
import PgBoss from "pg-boss";
import { createPrismaClient, type Db } from "@/lib/db";
import { mailerFromEnv, type Mailer } from "@/lib/notifications/deliver";
import { smsProviderFromEnv } from "@/lib/notifications/sms/from-env";
import type { SmsProvider } from "@/lib/notifications/sms/provider";
import { jobDefs } from "./queues";

export type WorkerOptions = {
  connectionString: string;
  db?: Db;
  mailer?: Mailer | null;
  sms?: SmsProvider | null;
  /** Seconds between polls for new jobs (tests poll fast). */
  pollingIntervalSeconds?: number;
  /** Register the cron schedules (off in tests, which send jobs themselves). */
  schedule?: boolean;
  log?: (message: string) => void;
};

export type RunningWorker = { boss: PgBoss; stop: () => Promise<void> };

/**
 * Starts pg-boss on the app's own PostgreSQL (schema "pgboss") and works the scheduled jobs. Any number
 * of workers may run: cron sends one job per tick across them, and every job's effect is idempotent.
 * A job's data may carry `now` (ISO) so tests can run it at a chosen instant.
 */
export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const log = opts.log ?? ((m: string) => console.info(`[worker] ${m}`));
  const db = opts.db ?? createPrismaClient(opts.connectionString);
  const boss = new PgBoss({ connectionString: opts.connectionString, schema: "pgboss", max: 4 });
  boss.on("error", (err) => log(`pg-boss error: ${err instanceof Error ? err.message : String(err)}`));
  await boss.start();
  const jobs = jobDefs({
    mailer: opts.mailer === undefined ? mailerFromEnv() : opts.mailer,
    sms: opts.sms === undefined ? smsProviderFromEnv() : opts.sms,
  });
  for (const job of jobs) {
    // send() to a queue that was never created silently returns null: create every one first.
    await boss.createQueue(job.name, { name: job.name, retryLimit: 2, expireInSeconds: 300 });
    if (opts.schedule !== false) await boss.schedule(job.name, job.cron, {}, { tz: "Asia/Shanghai" });
    await boss.work<{ now?: string }>(job.name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 5, batchSize: 1 }, async ([j]) => {
      const now = j?.data?.now ? new Date(j.data.now) : new Date();
      const n = await job.run(db, now);
      if (n > 0) log(`${job.name}: ${n}`);
      return { count: n };
    });
  }
  log(`working ${jobs.map((j) => j.name).join(", ")}`);
  return {
    boss,
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
      if (!opts.db) await db.$disconnect();
    },
  };
}
