import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/types";
import { loadCalendar } from "@/lib/cases/calendar";
import { unitStaffIds, without } from "@/lib/cases/people";
import { db, type Tx } from "@/lib/db";
import { ConflictError, fieldErrors, ForbiddenError, ValidationError } from "@/lib/errors";
import { recordAttachments, withStoredFiles } from "@/lib/files/attach";
import { fileStorage, type FileStorage } from "@/lib/files/storage";
import { mayFileFor, type ApiKeyPrincipal } from "@/lib/requests/key-scope";
import type { PreparedFile } from "@/lib/files/uploads";
import { notify } from "@/lib/notifications/notify";
import { splitSensitive, storeSensitive } from "@/lib/pii/sensitive";
import { computeDue } from "@/lib/sla/working-time";
import { person, SYSTEM } from "@/lib/workflow/actor";
import { recordEvent } from "@/lib/workflow/record";
import { takeActionRate } from "@/lib/limits/action-rate";
import { nextReference } from "./reference";
import { findRequestType } from "@/lib/request-types/registry";
import { requestSearchText } from "@/lib/requests/search-text";
import type { RequestTypeDef } from "@/lib/request-types/type-def";

export type SubmitInput = {
  type: string;
  details: unknown;
  /** Generated once per rendering of the form: a double click, a resubmitted form or a retry carries the same key. */
  idempotencyKey: string;
  files?: PreparedFile[];
};

export type Submitted = { reference: string; created: boolean };

/** An integrator key filing for one of the enterprises it is granted (a 12345 hotline taking a call). */
export type OnBehalf = { key: ApiKeyPrincipal; enterpriseId: string };

type Filer = { enterpriseId: string; userId: string | null; apiKeyId: string | null; mayRouteTo: (unitId: string) => boolean };

/** Who files: a person of the enterprise, or a key for a granted enterprise (its type checked here too). */
function filerOf(p: Principal | OnBehalf, type: string): Filer {
  if ("key" in p) {
    if (!mayFileFor(p.key, p.enterpriseId, type)) throw new ForbiddenError("not_granted");
    return { enterpriseId: p.enterpriseId, userId: null, apiKeyId: p.key.id, mayRouteTo: (unitId) => p.key.unitIds.includes(unitId) };
  }
  if (p.role !== "ENTERPRISE" || !p.enterpriseId) throw new ForbiddenError("enterprise_only");
  return { enterpriseId: p.enterpriseId, userId: p.id, apiKeyId: null, mayRouteTo: () => true };
}

const KEY_SHAPE = /^[A-Za-z0-9_-]{16,100}$/;

/**
 * Files a request for the person's enterprise, or for an enterprise an integrator key acts for (the API
 * goes through here too: one write path). In one transaction: the request with its routing
 * (unit; the enterprise's liaison officer preset as assignee when the unit is its own township team),
 * priority, due times and reference, its CREATED event, its files and the unit's notifications.
 *
 * A request routed to the liaison stays SUBMITTED: the officer still accepts it, and that acceptance
 * is the first response the SLA measures. The same idempotency key always answers with the first
 * request it created (`created: false`), however often it arrives.
 */
export async function submitRequest(p: Principal | OnBehalf, input: SubmitInput, now = new Date(), storage: FileStorage = fileStorage()): Promise<Submitted> {
  const filer = filerOf(p, input.type);
  const enterpriseId = filer.enterpriseId;
  if (!KEY_SHAPE.test(input.idempotencyKey)) throw new ValidationError({ form: ["invalid"] });
  if (!filer.userId && input.files?.length) throw new ValidationError({ files: ["invalid"] });
  const earlier = await findByKey(input.idempotencyKey, enterpriseId);
  if (earlier) return earlier;

  const def = findRequestType(input.type);
  if (!def) throw new ValidationError({ type: ["unknownType"] });
  const parsed = def.schema(now).safeParse(input.details);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));

  try {
    return await withStoredFiles(storage, input.files ?? [], (stored) =>
      db.$transaction(
        async (tx) => {
          const routed = await route(tx, def, enterpriseId);
          // A key files only into the units it may read: it must be able to follow what it filed.
          if (!filer.mayRouteTo(routed.unitId)) throw new ForbiddenError("unit_not_granted");
          const details = parsed.data;
          // The details column holds passport/ID numbers masked; the numbers themselves are sealed beside it.
          const sealed = splitSensitive(def.key, details);
          const cal = await loadCalendar(tx);
          // Taken last among the reads: the year's counter row stays locked until commit.
          const reference = await nextReference(tx, now);
          const request = await tx.request.create({
            data: {
              reference,
              type: def.key,
              details: sealed.details as Prisma.InputJsonValue,
              searchText: requestSearchText(reference, def.key, details),
              status: "SUBMITTED",
              // Declared flags count once an officer has verified the company (the register page says so).
              priority: def.priority(details, { now, enterprise: { whitelisted: routed.whitelisted && routed.status === "VERIFIED" } }),
              enterpriseId,
              townshipId: routed.townshipId,
              createdById: filer.userId,
              apiKeyId: filer.apiKeyId,
              unitId: routed.unitId,
              assigneeId: routed.assigneeId,
              unverified: routed.status === "PENDING",
              submittedAt: now,
              firstResponseDueAt: computeDue(now, def.sla.firstResponse, cal),
              dueAt: computeDue(now, def.sla.resolution, cal),
              idempotencyKey: input.idempotencyKey,
            },
            select: { id: true },
          });
          // Counted once the request exists: a double click's twin fails on its idempotency key above and
          // rolls back without using up the hour's allowance. Staff are limited per hour; an integrator key
          // has its own per-minute limit (lib/api).
          if (!("key" in p)) {
            await takeActionRate(tx, p, "file", 1, now);
            await takeActionRate(tx, p, "upload", input.files?.length ?? 0, now);
          }
          await storeSensitive(tx, request.id, sealed.values);
          // Filed through the API, no person files it: the key is named in the event instead.
          const filedBy = filer.userId ? person({ id: filer.userId }) : SYSTEM;
          await recordEvent(tx, request.id, filedBy, now, {
            kind: "CREATED",
            toStatus: "SUBMITTED",
            visibility: "PUBLIC",
            data: { type: def.key, ...(filer.apiKeyId && { apiKeyId: filer.apiKeyId }) },
          });
          if (routed.assigneeId) {
            await recordEvent(tx, request.id, SYSTEM, now, { kind: "ASSIGNED", visibility: "INTERNAL", data: { assigneeId: routed.assigneeId, auto: true } });
          }
          // Files come only with a person's form (the API takes none), and a file names the person who uploaded it.
          if (filer.userId) await recordAttachments(tx, stored, { requestId: request.id, uploaderId: filer.userId, visibility: "PUBLIC", now });
          await tellUnit(tx, request.id, reference, def.key, routed, now);
          return { reference, created: true };
        },
        // Twenty people submitting at once queue on the counter row; give them time to take turns.
        { maxWait: 20_000, timeout: 20_000 },
      ),
    );
  } catch (err) {
    // Two deliveries of the same form raced past the first lookup: the loser answers with the winner's request.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      const winner = await findByKey(input.idempotencyKey, enterpriseId);
      if (winner) return winner;
    }
    throw err;
  }
}

async function findByKey(idempotencyKey: string, enterpriseId: string): Promise<Submitted | null> {
  const row = await db.request.findUnique({ where: { idempotencyKey }, select: { reference: true, enterpriseId: true } });
  if (!row) return null;
  // Keys are random per form; another enterprise's key is a forgery, and it learns nothing.
  if (row.enterpriseId !== enterpriseId) throw new ConflictError("idempotency_key");
  return { reference: row.reference, created: false };
}

type Routed = { unitId: string; townshipId: string; assigneeId: string | null; whitelisted: boolean; status: string };

/** The unit the type names, and the enterprise's liaison officer when that unit is the enterprise's own township team. */
async function route(tx: Tx, def: RequestTypeDef, enterpriseId: string): Promise<Routed> {
  const ent = await tx.enterprise.findUniqueOrThrow({
    where: { id: enterpriseId },
    select: { status: true, townshipId: true, whitelisted: true, liaison: { select: { id: true, unitId: true, active: true, role: true } } },
  });
  // A rejected registration files nothing; a pending one may, flagged as unverified (DOMAIN.md).
  if (ent.status === "REJECTED") throw new ForbiddenError("enterprise_rejected");
  const unit = await tx.unit.findFirst({
    where: def.unit.kind === "ownTownship" ? { townshipId: ent.townshipId, active: true } : { code: def.unit.code, active: true },
    select: { id: true },
  });
  if (!unit) throw new Error(`no active unit handles ${def.key} for township ${ent.townshipId}`);
  const l = ent.liaison;
  const liaisonHere = def.unit.kind === "ownTownship" && l && l.active && l.unitId === unit.id && (l.role === "OFFICER" || l.role === "LEAD");
  return { unitId: unit.id, townshipId: ent.townshipId, assigneeId: liaisonHere ? l.id : null, whitelisted: ent.whitelisted, status: ent.status };
}

/** The liaison hears that the case is theirs; the rest of the unit that a new case is in the queue. */
async function tellUnit(tx: Tx, requestId: string, reference: string, type: string, routed: Routed, now: Date) {
  const params = { reference, type };
  const staff = await unitStaffIds(tx, routed.unitId);
  if (routed.assigneeId) await notify(tx, { requestId, now, kind: "ASSIGNED", params, userIds: [routed.assigneeId] });
  await notify(tx, { requestId, now, kind: "NEW_CASE", params, userIds: routed.assigneeId ? without(staff, routed.assigneeId) : staff });
}
