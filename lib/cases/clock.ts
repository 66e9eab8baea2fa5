import type { Tx } from "@/lib/db";
import { findRequestType } from "@/lib/request-types/registry";
import { computeDue, slaPausedMs } from "@/lib/sla/working-time";
import { loadCalendar } from "./calendar";

export const PAUSE_REASONS = ["QUESTION", "AWAITING_DOCUMENTS", "ENTERPRISE_UNREACHABLE"] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

type Clocked = { id: string; type: string; submittedAt: Date; pausedMs: bigint; dueAt: Date; firstResponseDueAt: Date };

export async function openPause(tx: Tx, requestId: string, reason: PauseReason, note: string, now: Date): Promise<void> {
  await tx.slaPause.create({ data: { requestId, reason, note, startedAt: now } });
}

/**
 * Ends the open pause (time in NEEDS_INFO does not count) and returns the request columns that change:
 * the paused total and both due times, recomputed from submission with the type's SLA exactly as at
 * intake (computeDue), pushed by every pause so far as the SLA counts time (working time for a
 * working-day SLA), so it still lands on a working day. Reminder and escalation may
 * fire again for the new due time. Nothing changes when no pause is open.
 */
export async function closePause(tx: Tx, request: Clocked, now: Date) {
  const open = await tx.slaPause.findFirst({ where: { requestId: request.id, endedAt: null }, orderBy: { startedAt: "desc" } });
  if (!open) return {};
  await tx.slaPause.update({ where: { id: open.id }, data: { endedAt: now } });
  const pausedFor = Math.max(0, now.getTime() - open.startedAt.getTime());
  const pausedMs = Number(request.pausedMs) + pausedFor;
  const def = findRequestType(request.type);
  let dueAt: Date;
  let firstResponseDueAt: Date;
  if (def) {
    const cal = await loadCalendar(tx);
    const pauses = (await tx.slaPause.findMany({ where: { requestId: request.id }, select: { startedAt: true, endedAt: true } })).map((p) => ({
      start: p.startedAt,
      end: p.endedAt ?? now,
    }));
    const due = (spec: typeof def.sla.resolution) => computeDue(request.submittedAt, spec, cal, slaPausedMs(spec, pauses, cal));
    dueAt = due(def.sla.resolution);
    firstResponseDueAt = due(def.sla.firstResponse);
  } else {
    // A type no longer registered: keep its due times, only pushed by the pause.
    dueAt = new Date(request.dueAt.getTime() + pausedFor);
    firstResponseDueAt = new Date(request.firstResponseDueAt.getTime() + pausedFor);
  }
  return { pausedMs: BigInt(pausedMs), dueAt, firstResponseDueAt, reminderSentAt: null, escalatedAt: null };
}
