import "server-only";
import type { Db } from "@/lib/db";
import { deliverOutbox, type Senders } from "@/lib/notifications/deliver";
import { eraseExpiredIdentifiers } from "@/lib/pii/retention";
import { foldDirtyDays } from "@/lib/stats/rollup";
import { autoCloseResolved, escalateFirstResponse, escalateOverdue, sendFirstResponseReminders, sendReminders } from "./sla-jobs";
import { runWebhooks } from "@/lib/api/webhook-job";

/** Each scheduled job: its queue, how often it runs and what it does at `now`. */
export type JobDef = { name: string; cron: string; run: (db: Db, now: Date) => Promise<number> };

export function jobDefs(senders: Senders): JobDef[] {
  const jobs: JobDef[] = [
    { name: "sla-reminders", cron: "* * * * *", run: sendReminders },
    { name: "sla-escalations", cron: "* * * * *", run: escalateOverdue },
    { name: "first-response-reminders", cron: "* * * * *", run: sendFirstResponseReminders },
    { name: "first-response-escalations", cron: "* * * * *", run: escalateFirstResponse },
    { name: "auto-close", cron: "*/5 * * * *", run: autoCloseResolved },
    // Days changed since the last fold are folded into the daily stats rollups (a view folds them too).
    { name: "stats-rollups", cron: "* * * * *", run: (db) => foldDirtyDays(db) },
    // PIPL retention: passport/ID numbers of cases ended RETENTION_DAYS ago (default 180) are erased nightly.
    { name: "pii-retention", cron: "17 3 * * *", run: (db, now) => eraseExpiredIdentifiers(db, now) },
    { name: "webhooks", cron: "* * * * *", run: runWebhooks },
  ];
  // Always: without a provider a message is marked "not sent: no provider" rather than waiting forever.
  jobs.push({ name: "outbox-deliver", cron: "* * * * *", run: (db, now) => deliverOutbox(db, senders, now) });
  return jobs;
}
