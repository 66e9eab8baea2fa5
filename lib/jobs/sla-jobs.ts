import "server-only";
// What the scheduled jobs do. Each effect is guarded by a conditional update on the request (and the
// notification's dedupe key), so two workers running the same job at once produce it once.
import type { Db } from "@/lib/db";
import { unitStaffIds } from "@/lib/cases/people";
import { notify } from "@/lib/notifications/notify";
import { REOPEN_WINDOW_MS } from "@/lib/workflow/state-machine";
import { performInTransaction } from "@/lib/cases/perform";
import { ConflictError } from "@/lib/errors";
import { SYSTEM } from "@/lib/workflow/actor";
import { recordEvent } from "@/lib/workflow/record";
import { REMINDER_FRACTION } from "@/lib/sla/working-time";
import { RUNNING } from "@/lib/workflow/statuses";
import { sqlList } from "@/lib/workflow/status-sql";

const BATCH = 200;

/** Assignees of running cases that passed 80% of their time to the due instant and were not reminded for it. */
export async function sendReminders(db: Db, now: Date): Promise<number> {
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Request"
    WHERE status IN (${sqlList(RUNNING)}) AND "assigneeId" IS NOT NULL AND "reminderSentAt" IS NULL
      AND "dueAt" > ${now} AND "submittedAt" + ("dueAt" - "submittedAt") * ${REMINDER_FRACTION}::float8 <= ${now}
    ORDER BY "dueAt" LIMIT ${BATCH}`;
  let sent = 0;
  for (const { id } of due) {
    await db.$transaction(async (tx) => {
      const req = await tx.request.findUniqueOrThrow({ where: { id }, select: { reference: true, type: true, assigneeId: true, dueAt: true } });
      const { count } = await tx.request.updateMany({ where: { id, reminderSentAt: null, dueAt: req.dueAt }, data: { reminderSentAt: now } });
      if (count === 0 || !req.assigneeId) return;
      await recordEvent(tx, id, SYSTEM, now, {
        kind: "REMINDER",
        visibility: "INTERNAL",
        data: { assigneeId: req.assigneeId, dueAt: req.dueAt.toISOString() },
      });
      await notify(tx, {
        requestId: id,
        now,
        kind: "REMINDER",
        userIds: [req.assigneeId],
        params: { reference: req.reference, type: req.type, dueAt: req.dueAt.toISOString() },
        dedupeKey: `reminder:${id}:${req.dueAt.toISOString()}`,
      });
      sent += 1;
    });
  }
  return sent;
}

/** Running cases past their due instant go to the unit's leads (and the assignee is told too). */
export async function escalateOverdue(db: Db, now: Date): Promise<number> {
  const overdue = await db.request.findMany({
    where: { status: { in: [...RUNNING] }, escalatedAt: null, dueAt: { lt: now } },
    select: { id: true, reference: true, type: true, unitId: true, assigneeId: true, dueAt: true, reopenCount: true },
    orderBy: { dueAt: "asc" },
    take: BATCH,
  });
  let escalated = 0;
  for (const req of overdue) {
    await db.$transaction(async (tx) => {
      const { count } = await tx.request.updateMany({ where: { id: req.id, escalatedAt: null, dueAt: req.dueAt }, data: { escalatedAt: now } });
      if (count === 0) return;
      const leads = await unitStaffIds(tx, req.unitId, ["LEAD"]);
      await recordEvent(tx, req.id, SYSTEM, now, { kind: "ESCALATED", visibility: "INTERNAL", data: { leadIds: leads, dueAt: req.dueAt.toISOString() } });
      await notify(tx, {
        requestId: req.id,
        now,
        kind: "ESCALATED",
        userIds: [...new Set([...leads, ...(req.assigneeId ? [req.assigneeId] : [])])],
        params: { reference: req.reference, type: req.type },
        dedupeKey: `escalated:${req.id}:${req.dueAt.toISOString()}:${req.reopenCount}`,
      });
      escalated += 1;
    });
  }
  return escalated;
}

// The first-response due time (DOMAIN "SLA clock"): a case nobody in the unit has answered yet. Only a
// SUBMITTED case can be unanswered — accepting, assigning, asking or turning it down all set firstResponseAt.

/** Before the first-response time: the assignee (a liaison's case) or else the whole unit hears that a case waits to be accepted. */
export async function sendFirstResponseReminders(db: Db, now: Date): Promise<number> {
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Request"
    WHERE "firstResponseAt" IS NULL AND status = 'SUBMITTED' AND "firstResponseReminderSentAt" IS NULL
      AND "firstResponseDueAt" > ${now} AND "submittedAt" + ("firstResponseDueAt" - "submittedAt") * ${REMINDER_FRACTION}::float8 <= ${now}
    ORDER BY "firstResponseDueAt" LIMIT ${BATCH}`;
  let sent = 0;
  for (const { id } of due) {
    await db.$transaction(async (tx) => {
      const req = await tx.request.findUniqueOrThrow({
        where: { id },
        select: { reference: true, type: true, unitId: true, assigneeId: true, firstResponseDueAt: true },
      });
      const { count } = await tx.request.updateMany({
        where: { id, status: "SUBMITTED", firstResponseAt: null, firstResponseReminderSentAt: null },
        data: { firstResponseReminderSentAt: now },
      });
      if (count === 0) return;
      const userIds = req.assigneeId ? [req.assigneeId] : await unitStaffIds(tx, req.unitId);
      const dueAt = req.firstResponseDueAt.toISOString();
      await recordEvent(tx, id, SYSTEM, now, { kind: "FIRST_RESPONSE_REMINDER", visibility: "INTERNAL", data: { userIds, dueAt } });
      await notify(tx, {
        requestId: id,
        now,
        kind: "FIRST_RESPONSE_REMINDER",
        userIds,
        params: { reference: req.reference, type: req.type, dueAt },
        dedupeKey: `first-response-reminder:${id}`,
      });
      sent += 1;
    });
  }
  return sent;
}

/** Past the first-response time and still not accepted: the unit's leads are told (and the assignee, if any), once. */
export async function escalateFirstResponse(db: Db, now: Date): Promise<number> {
  const late = await db.request.findMany({
    where: { firstResponseAt: null, status: "SUBMITTED", firstResponseEscalatedAt: null, firstResponseDueAt: { lt: now } },
    select: { id: true, reference: true, type: true, unitId: true, assigneeId: true, firstResponseDueAt: true },
    orderBy: { firstResponseDueAt: "asc" },
    take: BATCH,
  });
  let escalated = 0;
  for (const req of late) {
    await db.$transaction(async (tx) => {
      const { count } = await tx.request.updateMany({
        where: { id: req.id, status: "SUBMITTED", firstResponseAt: null, firstResponseEscalatedAt: null },
        data: { firstResponseEscalatedAt: now },
      });
      if (count === 0) return;
      const leads = await unitStaffIds(tx, req.unitId, ["LEAD"]);
      await recordEvent(tx, req.id, SYSTEM, now, {
        kind: "FIRST_RESPONSE_ESCALATED",
        visibility: "INTERNAL",
        data: { leadIds: leads, dueAt: req.firstResponseDueAt.toISOString() },
      });
      await notify(tx, {
        requestId: req.id,
        now,
        kind: "FIRST_RESPONSE_ESCALATED",
        userIds: [...new Set([...leads, ...(req.assigneeId ? [req.assigneeId] : [])])],
        params: { reference: req.reference, type: req.type },
        dedupeKey: `first-response-escalated:${req.id}`,
      });
      escalated += 1;
    });
  }
  return escalated;
}

/**
 * A resolution nobody confirmed or reopened within 7 days closes itself: the SYSTEM's own move, through the
 * same transition as a person's (state machine, version check, event, notifications).
 */
export async function autoCloseResolved(db: Db, now: Date): Promise<number> {
  const expired = await db.request.findMany({
    where: { status: "RESOLVED", resolvedAt: { lte: new Date(now.getTime() - REOPEN_WINDOW_MS) } },
    select: { reference: true, version: true },
    take: BATCH,
  });
  let closed = 0;
  for (const req of expired) {
    try {
      await db.$transaction((tx) => performInTransaction(tx, SYSTEM, req.reference, req.version, { action: "autoClose" }, now));
      closed += 1;
    } catch (err) {
      // Confirmed, reopened or closed by another worker since it was read: nothing left to do for it.
      if (!(err instanceof ConflictError)) throw err;
    }
  }
  return closed;
}
