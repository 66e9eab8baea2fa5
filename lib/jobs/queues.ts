import type { Db } from "@/lib/db";
import { deliverOutbox, type Mailer } from "@/lib/notifications/deliver";
import { refreshSnapshots } from "@/lib/stats/snapshot";
import { autoCloseResolved, escalateOverdue, sendReminders } from "./sla-jobs";
import { runWebhooks } from "@/lib/api/webhook-job";

/** Each scheduled job: its queue, how often it runs and what it does at `now`. */
export type JobDef = { name: string; cron: string; run: (db: Db, now: Date) => Promise<number> };

export function jobDefs(mailer: Mailer | null): JobDef[] {
  const jobs: JobDef[] = [
    { name: "sla-reminders", cron: "* * * * *", run: sendReminders },
    { name: "sla-escalations", cron: "* * * * *", run: escalateOverdue },
    { name: "auto-close", cron: "*/5 * * * *", run: autoCloseResolved },
    { name: "stats-snapshots", cron: "*/5 * * * *", run: refreshSnapshots },
    { name: "webhooks", cron: "* * * * *", run: runWebhooks },
  ];
  if (mailer) jobs.push({ name: "outbox-deliver", cron: "* * * * *", run: (db, now) => deliverOutbox(db, mailer, now) });
  return jobs;
}
