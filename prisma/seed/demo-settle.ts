// What the scheduled jobs would have done to a played-out request, then its row and ordered timeline.
import type { Prisma } from "@/generated/prisma/client";
import { requestSearchText } from "@/lib/requests/search-text";
import { reminderAt } from "@/lib/sla/working-time";
import type { Plan, Rows, SimState } from "./demo-plan";
import type { Rng } from "./random";
import { addMs, MIN } from "./time";

export function settle(p: Plan, s: SimState, rng: Rng, cutoff: Date, rows: Rows): void {
  if (s.openPause) rows.pauses.push(s.openPause);
  // The SLA clock stops at the first resolution, at the end, or while the enterprise is being waited on.
  const clockStop = s.firstResolvedAt ?? s.endedAt ?? (s.openPause?.startedAt as Date | undefined) ?? cutoff;
  const dueAt = p.due(s.pauseSpans);
  const remindAt = reminderAt(p.submittedAt, dueAt);
  let reminderSentAt: Date | null = null;
  let escalatedAt: Date | null = null;
  if (s.assignedAt && s.assignedAt <= remindAt && remindAt < clockStop) {
    reminderSentAt = remindAt;
    s.events.push({ kind: "REMINDER", actorId: null, createdAt: remindAt, visibility: "INTERNAL", data: { assigneeId: s.assigneeId } });
  }
  // The escalation job runs every few minutes.
  const escalateAt = addMs(dueAt, 5 * MIN + rng.next() * 25 * MIN);
  if (escalateAt < clockStop) {
    escalatedAt = escalateAt;
    s.events.push({ kind: "ESCALATED", actorId: null, createdAt: escalateAt, visibility: "INTERNAL", data: { dueAt: dueAt.toISOString() } });
  }
  const events = s.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.createdAt as Date).getTime() - (b.e.createdAt as Date).getTime() || a.i - b.i)
    .map(({ e }) => e);
  for (const e of events) rows.events.push({ ...e, requestId: p.id });
  rows.requests.push({
    id: p.id,
    reference: p.reference,
    type: p.type,
    details: p.details as Prisma.InputJsonValue,
    searchText: requestSearchText(p.reference, p.type, p.details),
    status: s.status,
    priority: p.priority,
    enterpriseId: p.enterpriseId,
    townshipId: p.townshipId,
    createdById: p.creatorId,
    unitId: p.unit.id,
    assigneeId: s.assigneeId,
    unverified: p.unverified,
    submittedAt: p.submittedAt,
    firstResponseDueAt: p.firstResponseDueAt,
    dueAt,
    firstResponseAt: s.firstResponseAt,
    resolvedAt: s.resolvedAt,
    firstResolvedAt: s.firstResolvedAt,
    closedAt: s.closedAt,
    withdrawnAt: s.status === "WITHDRAWN" ? s.endedAt : null,
    withdrawReason: s.withdrawReason,
    pausedMs: BigInt(s.pauseSpans.reduce((ms, p) => ms + p.end.getTime() - p.start.getTime(), 0)),
    reopenCount: s.reopenCount,
    reminderSentAt,
    escalatedAt,
    version: events.length - 1,
    updatedAt: events[events.length - 1].createdAt as Date,
  });
}
