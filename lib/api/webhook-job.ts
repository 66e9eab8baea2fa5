import type { Db } from "@/lib/db";
import { sweepRateWindows } from "./rate-limit";
import { fanOutWebhooks, sendDueWebhooks } from "./webhooks";

/** The "webhooks" job: queue deliveries for new status changes, send what is due, forget old rate windows. */
export async function runWebhooks(db: Db, now: Date): Promise<number> {
  await fanOutWebhooks(db, now);
  const sent = await sendDueWebhooks(db, now);
  await sweepRateWindows(db, now);
  return sent;
}
