import "server-only";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { availableActions, canReopen, type Action } from "@/lib/workflow/state-machine";
import { withPayload, type EventKind } from "@/lib/workflow/events";
import { visibleRequests } from "./access";
import { hasControlCharacters } from "@/lib/checks/text";
import { presentFields } from "@/lib/pii/present";

// What the enterprise may read of the timeline: its public events, never internal notes, assignments,
// reveals, reminders or escalations (even if one were ever written as public by mistake).
const PUBLIC_KINDS: EventKind[] = ["CREATED", "STATUS", "REPLY", "ATTACHMENT", "RATED", "MOVED"];

/**
 * One request of the person's enterprise as its own page shows it, or null when it does not exist or
 * belongs to someone else. The enterprise sees its own passport and ID numbers in full (until retention erases them).
 */
export async function getOwnRequest(p: Principal, reference: string, now = new Date()) {
  if (p.role !== "ENTERPRISE" || hasControlCharacters(reference)) return null;
  const req = await db.request.findFirst({
    where: { AND: [{ reference }, visibleRequests(p)] },
    select: {
      id: true,
      reference: true,
      type: true,
      status: true,
      priority: true,
      version: true,
      details: true,
      unverified: true,
      submittedAt: true,
      dueAt: true,
      resolvedAt: true,
      unit: { select: { nameZh: true, nameEn: true } },
      assignee: { select: { name: true } },
      rating: { select: { score: true, comment: true } },
      events: {
        where: { visibility: "PUBLIC", kind: { in: PUBLIC_KINDS } },
        orderBy: { id: "asc" },
        select: {
          id: true,
          kind: true,
          fromStatus: true,
          toStatus: true,
          text: true,
          data: true,
          createdAt: true,
          actor: { select: { name: true, role: true } },
        },
      },
      attachments: {
        where: { visibility: "PUBLIC", OR: [{ replyId: null }, { reply: { visibility: "PUBLIC" } }] },
        orderBy: { createdAt: "asc" },
        select: { id: true, originalName: true, size: true, mime: true, visibility: true, createdAt: true },
      },
    },
  });
  if (!req) return null;
  const fields = await presentFields(db, req, true);
  const actions: Action[] = availableActions(req.status, "ENTERPRISE").filter(
    (a) => a !== "reopen" || (req.resolvedAt !== null && canReopen(req.resolvedAt, now)),
  );
  // The question being waited on: the latest "ask" while the request needs information.
  const events = req.events.map(withPayload);
  const question = req.status === "NEEDS_INFO" ? (events.findLast((e) => e.kind === "STATUS" && e.data?.action === "ask")?.text ?? null) : null;
  const { details: _details, id: _id, events: _rows, ...rest } = req;
  return { ...rest, events, fields, actions, question, open: !["CLOSED", "REJECTED", "WITHDRAWN"].includes(req.status) };
}

export type OwnRequest = NonNullable<Awaited<ReturnType<typeof getOwnRequest>>>;
