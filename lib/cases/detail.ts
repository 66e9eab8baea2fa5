import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ownsRequest, visibleRequests } from "@/lib/requests/access";
import { availableActions, canReopen, type Action } from "@/lib/workflow/state-machine";
import { withPayload } from "@/lib/workflow/events";
import { mayAssignOthers } from "./authorize";
import { recentRevealBy, seesUnasked } from "./reveal";
import { FINISHED, isIn } from "@/lib/workflow/statuses";
import { hasControlCharacters } from "@/lib/checks/text";
import { presentFields } from "@/lib/pii/present";

const detailInclude = {
  enterprise: {
    select: {
      name: true,
      uscc: true,
      park: true,
      address: true,
      contactName: true,
      contactPhone: true,
      contactEmail: true,
      contactChannel: true,
      contactHours: true,
      onsiteWelcome: true,
      whitelisted: true,
      aboveScale: true,
      status: true,
      township: { select: { nameZh: true, nameEn: true } },
      liaison: { select: { name: true } },
    },
  },
  unit: { select: { id: true, code: true, nameZh: true, nameEn: true } },
  assignee: { select: { id: true, name: true } },
  events: { orderBy: { id: "asc" }, include: { actor: { select: { name: true, role: true } } } },
  attachments: { orderBy: { createdAt: "asc" }, select: { id: true, originalName: true, size: true, mime: true, visibility: true, createdAt: true } },
  pauses: { orderBy: { startedAt: "asc" }, select: { reason: true, note: true, startedAt: true, endedAt: true } },
  coHandlings: { orderBy: { addedAt: "asc" }, include: { unit: { select: { id: true, code: true, nameZh: true, nameEn: true } } } },
  rating: { select: { score: true, comment: true } },
  withdrawalReviews: {
    orderBy: { reviewedAt: "asc" },
    select: { withdrawnAt: true, outcome: true, note: true, reviewedAt: true, reviewedBy: { select: { name: true } } },
  },
} satisfies Prisma.RequestInclude;

export type { DetailField } from "@/lib/pii/present";

/** The case with this reference, among those this person may see. */
const visibleCase = (p: Principal, reference: string): Prisma.RequestWhereInput => ({ AND: [{ reference }, visibleRequests(p)] });

/** Whether this person may see the case at all (the same rule as loadCaseDetail, without loading it). */
export async function caseVisibleTo(p: Principal, reference: string): Promise<boolean> {
  if (hasControlCharacters(reference)) return false;
  return (await db.request.findFirst({ where: visibleCase(p, reference), select: { id: true } })) !== null;
}

/**
 * Everything /cases/<reference> shows, or null when this person may not see the case. Passport and ID
 * numbers come back masked unless this person sees them (lib/cases/reveal.ts); nothing unmasked leaves here otherwise.
 */
export async function loadCaseDetail(p: Principal, reference: string, now = new Date()) {
  if (hasControlCharacters(reference)) return null;
  // One statement (relationJoins): the case, every list the page shows, and this person's recent reveals counted.
  const req = await db.request.findFirst({
    where: visibleCase(p, reference),
    include: { ...detailInclude, _count: { select: { events: { where: recentRevealBy(p, now) } } } },
  });
  if (!req) return null;
  const reveal = seesUnasked(p, req) ?? req._count.events > 0;
  const fields = await presentFields(db, req, reveal);

  const owns = ownsRequest(p, req);
  const myCoHandling = p.unitId ? (req.coHandlings.find((c) => c.unitId === p.unitId) ?? null) : null;
  const actions: Action[] = owns ? availableActions(req.status, "UNIT") : [];
  const events = req.events.map(withPayload);
  const namedIds = [...new Set(events.flatMap((e) => (e.data && "assigneeId" in e.data && e.data.assigneeId ? [e.data.assigneeId] : [])))];
  const assignable = { unitId: req.unitId, active: true, role: { in: ["OFFICER", "LEAD"] } } satisfies Prisma.UserWhereInput;
  // The unit's people who may take the case and the people events name, in one statement.
  const [people, units] = await Promise.all([
    owns || namedIds.length
      ? db.user.findMany({
          where: { OR: [...(owns ? [assignable] : []), { id: { in: namedIds } }] },
          orderBy: { name: "asc" },
          select: { id: true, name: true, unitId: true, active: true, role: true },
        })
      : [],
    owns && mayAssignOthers(p)
      ? db.unit.findMany({ where: { active: true, id: { not: req.unitId } }, orderBy: { code: "asc" }, select: { id: true, nameZh: true, nameEn: true } })
      : [],
  ]);
  const officers = owns
    ? people.filter((u) => u.unitId === req.unitId && u.active && (u.role === "OFFICER" || u.role === "LEAD")).map(({ id, name }) => ({ id, name }))
    : [];
  const named = people.filter((u) => namedIds.includes(u.id));
  const { events: _rows, details: _raw, idempotencyKey: _key, _count: _reveals, ...rest } = req;
  // The review of the current withdrawal (撤单质检), if the case is withdrawn; earlier ones stay in the list.
  const withdrawalReview =
    req.status === "WITHDRAWN" && req.withdrawnAt
      ? {
          withdrawnAt: req.withdrawnAt,
          reason: req.withdrawReason,
          review: req.withdrawalReviews.find((r) => r.withdrawnAt.getTime() === req.withdrawnAt!.getTime()) ?? null,
        }
      : null;
  return {
    request: { ...rest, pausedMs: Number(req.pausedMs) },
    events,
    /** Names of the people events point to (an assignment's assignee). */
    people: Object.fromEntries(named.map((u) => [u.id, u.name])),
    fields,
    /** Some number is masked for this person (and may be revealed with a reason). */
    identifiers: { masked: fields.some((f) => f.masked) },
    can: {
      actions,
      assignOthers: owns && mayAssignOthers(p),
      assignSelf: actions.includes("assign") && (p.role === "OFFICER" || p.role === "LEAD") && p.unitId === req.unitId && req.assigneeId !== p.id,
      reply: true,
      addCoHandling: owns && mayAssignOthers(p) && !isIn(FINISHED, req.status),
      markCoHandlingDone: !!myCoHandling && !myCoHandling.doneAt && (p.role === "OFFICER" || p.role === "LEAD"),
      setPriority: owns && mayAssignOthers(p) && !isIn(FINISHED, req.status),
      reopenWindowOpen: req.resolvedAt ? canReopen(req.resolvedAt, now) : false,
      reviewWithdrawal: owns && mayAssignOthers(p) && !!withdrawalReview && !withdrawalReview.review,
    },
    withdrawalReview,
    coHandling: !owns && !!myCoHandling,
    officers,
    units: units.filter((u) => !req.coHandlings.some((c) => c.unitId === u.id)),
  };
}

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof loadCaseDetail>>>;
