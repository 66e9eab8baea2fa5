import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/types";
import { db, type Db, type Tx } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { visibleRequests } from "@/lib/requests/access";
import { canReopen, transition, type Actor, type Status } from "@/lib/workflow/state-machine";
import { person, SYSTEM } from "@/lib/workflow/actor";
import type { EventInput } from "@/lib/workflow/events";
import { commitCaseChange } from "@/lib/workflow/record";
import { actorFor, mayAssignOthers } from "./authorize";
import { closePause, openPause, type PauseReason, PAUSE_REASONS } from "./clock";
import { caseOwnerIds, enterpriseStaffIds, isAssignable, unitStaffIds, without } from "./people";
import { optionalText, requiredText } from "./text";

export type CaseCommand =
  | { action: "accept" }
  | { action: "assign"; assigneeId: string }
  | { action: "start" }
  | { action: "ask"; question: string; reason?: PauseReason }
  | { action: "answer"; answer: string }
  | { action: "resolve"; note: string }
  | { action: "reject"; reason: string }
  | { action: "withdraw"; reason: string }
  | { action: "confirm"; score: number; comment?: string }
  | { action: "reopen"; reason: string }
  /** An answer the enterprise gave by phone or in person: who gave it, when, and what it said. */
  | { action: "recordAnswer"; answer: string; contactName: string; channel: AnswerChannel; answeredAt: Date }
  | { action: "retractQuestion"; note?: string }
  /** Only through a withdrawal review that found the withdrawal pushed by staff (lib/cases/withdrawal-review.ts). */
  | { action: "reinstate"; note?: string }
  /** Only by the SYSTEM (the auto-close job): a resolution nobody confirmed or reopened in time. */
  | { action: "autoClose" };

/** Who acts: a signed-in person, or the SYSTEM for scheduled jobs (it sees every case and may only do SYSTEM moves). */
export type CaseActor = Principal | typeof SYSTEM;
const isSystem = (who: CaseActor): who is typeof SYSTEM => "kind" in who && who.kind === "system";

export const ANSWER_CHANNELS = ["PHONE", "IN_PERSON"] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

export const caseSelect = {
  id: true,
  reference: true,
  type: true,
  status: true,
  priority: true,
  version: true,
  unitId: true,
  enterpriseId: true,
  assigneeId: true,
  submittedAt: true,
  pausedMs: true,
  dueAt: true,
  firstResponseDueAt: true,
  firstResponseAt: true,
  resolvedAt: true,
  firstResolvedAt: true,
} as const;
type CaseRow = Prisma.RequestGetPayload<{ select: typeof caseSelect }>;

/** The request by reference if this person may see it, else NotFoundError (someone else's case does not exist). */
export async function loadVisibleCase(tx: Db | Tx, p: Principal, reference: string): Promise<CaseRow> {
  const request = await tx.request.findFirst({ where: { AND: [{ reference }, visibleRequests(p)] }, select: caseSelect });
  if (!request) throw new NotFoundError("request");
  return request;
}

/**
 * The one way a case changes status. Checks who may act, applies the state machine, and writes the
 * new state, timestamps, SLA pauses, the timeline event, the reply/rating and the notifications in one
 * transaction. The write only lands if the case is still at `expectedVersion`: of two people acting on
 * the same version exactly one succeeds, the other gets ConflictError("stale") and nothing of theirs is written.
 */
export async function performCaseAction(
  p: Principal,
  reference: string,
  expectedVersion: number,
  cmd: CaseCommand,
  now = new Date(),
): Promise<{ status: Status; version: number; replyId?: string }> {
  return db.$transaction((tx) => performInTransaction(tx, p, reference, expectedVersion, cmd, now));
}

/**
 * performCaseAction inside the caller's transaction, for a change that is one step of a larger one. Also the
 * path of the SYSTEM's own moves (auto-close), so every status change takes the same checks and writes.
 */
export async function performInTransaction(tx: Tx, who: CaseActor, reference: string, expectedVersion: number, cmd: CaseCommand, now: Date) {
  const text = commandText(cmd);
  const system = isSystem(who);
  const req = system ? await loadCase(tx, reference) : await loadVisibleCase(tx, who, reference);
  const actor: Actor = system ? "SYSTEM" : actorFor(who, req, cmd.action);
  if (cmd.action === "reinstate" && (system || !mayAssignOthers(who))) throw new ForbiddenError("lead_only");
  if (req.version !== expectedVersion) throw new ConflictError("stale");
  const step = transition(req.status, cmd.action, actor);
  if (!step.ok) throw new ConflictError("not_allowed");

  const data: Prisma.RequestUncheckedUpdateManyInput = { status: step.to };
  const assigneeId = system ? req.assigneeId : await nextAssignee(tx, who, req, cmd);
  if (assigneeId !== req.assigneeId) data.assigneeId = assigneeId;
  if (actor === "UNIT" && !req.firstResponseAt) data.firstResponseAt = now;
  if (cmd.action === "resolve") Object.assign(data, { resolvedAt: now, firstResolvedAt: req.firstResolvedAt ?? now });
  if (cmd.action === "confirm" || cmd.action === "autoClose") data.closedAt = now;
  if (cmd.action === "withdraw") Object.assign(data, { withdrawnAt: now, withdrawReason: text });
  if (cmd.action === "reinstate") Object.assign(data, { reminderSentAt: null, escalatedAt: null });
  if (cmd.action === "reopen") {
    if (!req.resolvedAt || !canReopen(req.resolvedAt, now)) throw new ForbiddenError("reopen_window_passed");
    // Back to work: the reminder and the escalation may fire again (a reopened case already past its due
    // time goes straight to the lead, who should hear that a resolution did not hold).
    Object.assign(data, { reopenCount: { increment: 1 }, resolvedAt: null, closedAt: null, reminderSentAt: null, escalatedAt: null });
  }
  // A phone answer ends the pause when it was given, not when it was typed in: the time between counts.
  const pauseEnd = cmd.action === "recordAnswer" ? await answerTime(tx, req.id, cmd.answeredAt, now) : now;
  if (step.endsPause) Object.assign(data, await closePause(tx, req, pauseEnd));
  if (step.pausesClock && cmd.action === "ask") await openPause(tx, req.id, cmd.reason ?? "QUESTION", text!, now);

  // The reply and the rating are written before the case row: a lost race rolls them back with everything else.
  const replyId =
    !system && hasPublicReply(cmd.action)
      ? (await tx.reply.create({ data: { requestId: req.id, authorId: who.id, body: text!, visibility: "PUBLIC", createdAt: now } })).id
      : undefined;
  if (!system && cmd.action === "confirm")
    await tx.rating.create({ data: { requestId: req.id, score: cmd.score, comment: text, byId: who.id, createdAt: now } });
  const events: EventInput[] = [];
  if (step.to !== req.status) {
    events.push({
      // A rating's comment is written once, on its RATED event.
      kind: "STATUS",
      fromStatus: req.status,
      toStatus: step.to,
      text: cmd.action === "confirm" ? null : text,
      visibility: "PUBLIC",
      data: {
        action: cmd.action,
        ...(replyId && { replyId }),
        ...(cmd.action === "ask" && { reason: cmd.reason ?? "QUESTION" }),
        ...(data.assigneeId !== undefined && { assigneeId }),
        ...(cmd.action === "recordAnswer" && { channel: cmd.channel, contactName: cmd.contactName.trim(), answeredAt: pauseEnd.toISOString() }),
      },
    });
  }
  if (data.assigneeId !== undefined && assigneeId) {
    events.push({ kind: "ASSIGNED", visibility: "INTERNAL", data: { assigneeId, previousAssigneeId: req.assigneeId } });
  }
  if (cmd.action === "confirm") events.push({ kind: "RATED", text, visibility: "PUBLIC", data: { score: cmd.score } });
  const version = await commitCaseChange(tx, { requestId: req.id, expectedVersion, data, by: system ? SYSTEM : person(who), at: now, events });
  await tellPeople(tx, system ? null : who, { ...req, assigneeId }, cmd, step.to, data.assigneeId !== undefined, now);
  return { status: step.to, version, replyId };
}

/** Any case by reference, for the SYSTEM (no person's view applies). */
async function loadCase(tx: Tx, reference: string): Promise<CaseRow> {
  const request = await tx.request.findUnique({ where: { reference }, select: caseSelect });
  if (!request) throw new NotFoundError("request");
  return request;
}

const MINUTE_MS = 60_000;

/** When a recorded answer was given: not in the future, not before the question it answers. */
async function answerTime(tx: Tx, requestId: string, answeredAt: Date, now: Date): Promise<Date> {
  if (Number.isNaN(answeredAt.getTime()) || answeredAt.getTime() > now.getTime()) throw new ValidationError({ answeredAt: ["answeredAtFuture"] });
  const open = await tx.slaPause.findFirst({ where: { requestId, endedAt: null }, orderBy: { startedAt: "desc" }, select: { startedAt: true } });
  if (!open || answeredAt.getTime() >= open.startedAt.getTime()) return answeredAt;
  // The form gives minutes: a call in the same minute as the question is taken to follow it.
  if (answeredAt.getTime() > open.startedAt.getTime() - MINUTE_MS) return open.startedAt;
  throw new ValidationError({ answeredAt: ["answeredAtBeforeQuestion"] });
}

/** Validates the free text of the command (and the score) before anything is read. */
function commandText(cmd: CaseCommand): string | null {
  switch (cmd.action) {
    case "ask":
      if (cmd.reason && !PAUSE_REASONS.includes(cmd.reason)) throw new ValidationError({ reason: ["choice"] });
      return requiredText(cmd.question, "question");
    case "answer":
      return requiredText(cmd.answer, "answer");
    case "resolve":
      return requiredText(cmd.note, "note");
    case "reject":
    case "withdraw":
    case "reopen":
      return requiredText(cmd.reason, "reason");
    case "recordAnswer":
      if (!ANSWER_CHANNELS.includes(cmd.channel)) throw new ValidationError({ channel: ["choice"] });
      requiredText(cmd.contactName, "contactName", 100);
      return requiredText(cmd.answer, "answer");
    case "retractQuestion":
      return optionalText(cmd.note, "note");
    case "reinstate":
      return optionalText(cmd.note, "note");
    case "confirm":
      if (!Number.isInteger(cmd.score) || cmd.score < 1 || cmd.score > 5) throw new ValidationError({ score: ["score"] });
      return optionalText(cmd.comment, "comment");
    default:
      return null;
  }
}

const hasPublicReply = (action: string) => action === "ask" || action === "answer" || action === "resolve";

/** Who works the case afterwards. Accepting claims it for the person accepting, unless it already has someone. */
async function nextAssignee(tx: Tx, p: Principal, req: CaseRow, cmd: CaseCommand): Promise<string | null> {
  if (cmd.action === "accept") {
    const member = (p.role === "OFFICER" || p.role === "LEAD") && p.unitId === req.unitId;
    return req.assigneeId ?? (member ? p.id : null);
  }
  if (cmd.action !== "assign") return req.assigneeId;
  if (!mayAssignOthers(p) && cmd.assigneeId !== p.id) throw new ForbiddenError("assign_self_only");
  if (!(await isAssignable(tx, req.unitId, cmd.assigneeId))) throw new ValidationError({ assigneeId: ["assignee"] });
  return cmd.assigneeId;
}

/**
 * Assigned → the assignee; unit moves → the enterprise; enterprise moves → whoever works the case (and leads,
 * for withdrawals); an auto-close → both sides. `p` is null for the SYSTEM.
 */
async function tellPeople(tx: Tx, p: Principal | null, req: CaseRow, cmd: CaseCommand, to: Status, reassigned: boolean, now: Date) {
  const base = { requestId: req.id, now };
  const params = { reference: req.reference, type: req.type };
  const notMe = (ids: string[]) => (p ? without(ids, p.id) : ids);
  if (reassigned && req.assigneeId && req.assigneeId !== p?.id) {
    await notify(tx, { ...base, userIds: [req.assigneeId], kind: "ASSIGNED", params });
  }
  const status = { ...base, kind: "STATUS" as const, params: { ...params, action: cmd.action, toStatus: to } };
  switch (cmd.action) {
    case "accept":
    case "ask":
    case "resolve":
    case "reject":
    case "recordAnswer":
    case "retractQuestion":
      await notify(tx, { ...status, userIds: await enterpriseStaffIds(tx, req.enterpriseId) });
      break;
    case "reinstate":
      await notify(tx, { ...status, userIds: [...(await enterpriseStaffIds(tx, req.enterpriseId)), ...notMe(await caseOwnerIds(tx, req))] });
      break;
    case "assign":
      if (req.status === "SUBMITTED") await notify(tx, { ...status, userIds: await enterpriseStaffIds(tx, req.enterpriseId) });
      break;
    case "answer":
    case "reopen":
      await notify(tx, { ...status, userIds: await caseOwnerIds(tx, req) });
      break;
    case "withdraw": {
      const leads = await unitStaffIds(tx, req.unitId, ["LEAD"]);
      await notify(tx, { ...status, userIds: notMe([...leads, ...(req.assigneeId ? [req.assigneeId] : [])]) });
      break;
    }
    case "autoClose":
      await notify(tx, {
        ...status,
        userIds: [...(await enterpriseStaffIds(tx, req.enterpriseId)), ...(await caseOwnerIds(tx, req))],
        // Two workers closing the same resolution tell people once.
        dedupeKey: `autoclose:${req.id}:${req.resolvedAt?.toISOString()}`,
      });
      break;
    case "confirm":
      await notify(tx, { ...base, userIds: await caseOwnerIds(tx, req), kind: "RATED", params: { ...params, score: cmd.score } });
      break;
  }
}
