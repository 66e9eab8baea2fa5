import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Db } from "@/lib/db";
import { RUNNING } from "@/lib/workflow/statuses";

/**
 * Overdue now — the queue, the units page and the stats (overdueAt in lib/stats/definitions.ts) say the
 * same: open with the clock running and past its due time, or waiting on the enterprise after it was
 * already overdue when the clock stopped (asking a question does not hide a late case).
 */
export async function overdueWhere(now: Date, client: Db = db): Promise<Prisma.RequestWhereInput> {
  // Few cases wait on an enterprise at any time; the status index finds them.
  const pausedLate = await client.$queryRaw<{ id: string }[]>`
    SELECT r."id" FROM "Request" r JOIN "SlaPause" p ON p."requestId" = r."id" AND p."endedAt" IS NULL
    WHERE r."status" = 'NEEDS_INFO' AND p."startedAt" > r."dueAt"`;
  const running: Prisma.RequestWhereInput = { status: { in: [...RUNNING] }, dueAt: { lt: now } };
  return pausedLate.length ? { OR: [running, { id: { in: pausedLate.map((r) => r.id) } }] } : running;
}
