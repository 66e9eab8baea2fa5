// `npm run worker`: the scheduled jobs (reminders, escalation, auto-close, email) in their own process.
// Point it at the app's database with DATABASE_URL; without one it uses the embedded database that
// `npm start` runs (PGPORT, default 54320). Any number of workers may run beside the app's own.
import "dotenv/config";
import { DATABASE_NAME } from "../lib/db/embedded";
import { startWorker } from "../lib/jobs/worker";

const url = process.env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${process.env.PGPORT ?? 54320}/${DATABASE_NAME}`;
const worker = await startWorker({ connectionString: url });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Let jobs in flight finish, so none is left "active" until it expires.
  await worker.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
