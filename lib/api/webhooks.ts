import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { db as appDb } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { keyMayRead, type ApiKeyPrincipal } from "@/lib/requests/key-scope";
import { open311Status } from "./requests";
import type { WebhookPayloadT } from "./schemas";
import { signDelivery, SIGNATURE_HEADER } from "./webhook-signature";

/** Waits before each retry: 1, 5, 30 minutes, 2, 6, 24 hours; then the delivery is given up. */
export const BACKOFF_MS = [1, 5, 30, 120, 360, 1440].map((m) => m * 60_000);
const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;
const BATCH = 50;

const url = z.url({ protocol: /^https?$/, error: "url" }).max(2000, { error: "url" });

function present(w: { id: string; url: string; disabledAt: Date | null; createdAt: Date }) {
  return { id: w.id, url: w.url, active: w.disabledAt === null, created_at: w.createdAt.toISOString() };
}

/** Registers a URL for the key; the signing secret is in this answer only. */
export async function registerWebhook(key: ApiKeyPrincipal, body: unknown) {
  const parsed = z.object({ url }).safeParse(body);
  if (!parsed.success) throw new ValidationError({ url: ["url"] });
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  const row = await appDb.webhookEndpoint.create({ data: { keyId: key.id, url: parsed.data.url, secret } });
  return { ...present(row), secret };
}

export async function listWebhooks(key: ApiKeyPrincipal) {
  const rows = await appDb.webhookEndpoint.findMany({ where: { keyId: key.id }, orderBy: { createdAt: "desc" } });
  return { webhooks: rows.map(present) };
}

async function ownEndpoint(key: ApiKeyPrincipal, id: string) {
  const row = await appDb.webhookEndpoint.findFirst({ where: { id, keyId: key.id } });
  if (!row) throw new NotFoundError("webhook");
  return row;
}

/** Stops an endpoint: nothing more is queued for it, and what waits is given up. */
export async function disableWebhook(key: ApiKeyPrincipal, id: string, now = new Date()) {
  await ownEndpoint(key, id);
  await appDb.$transaction([
    appDb.webhookEndpoint.updateMany({ where: { id, disabledAt: null }, data: { disabledAt: now } }),
    appDb.webhookDelivery.updateMany({ where: { endpointId: id, status: "PENDING" }, data: { status: "FAILED", lastError: "endpoint stopped" } }),
  ]);
}

/** The latest deliveries to one of the key's endpoints, with their results. */
export async function listDeliveries(key: ApiKeyPrincipal, id: string) {
  await ownEndpoint(key, id);
  const rows = await appDb.webhookDelivery.findMany({ where: { endpointId: id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 100 });
  const refs = await appDb.request.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.requestId))] } }, select: { id: true, reference: true } });
  const refOf = new Map(refs.map((r) => [r.id, r.reference]));
  return {
    deliveries: rows.map((d) => ({
      id: d.id,
      service_request_id: refOf.get(d.requestId) ?? "",
      status: d.status,
      attempts: d.attempts,
      last_status_code: d.lastStatusCode,
      last_error: d.lastError,
      delivered_at: d.deliveredAt?.toISOString() ?? null,
      next_attempt_at: d.status === "PENDING" ? d.nextAttemptAt.toISOString() : null,
      created_at: d.createdAt.toISOString(),
    })),
  };
}

/**
 * Turns queued status events (written by a trigger in the same transaction as each change) into one
 * delivery per endpoint whose key may read the request. Rows are taken with SKIP LOCKED and the pair
 * (endpoint, event) is unique, so two workers fan out each event once.
 */
export async function fanOutWebhooks(db: Db, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const taken = await tx.$queryRaw<{ eventId: bigint }[]>`
      DELETE FROM "WebhookFanout" WHERE "eventId" IN (
        SELECT "eventId" FROM "WebhookFanout" ORDER BY "eventId" LIMIT 200 FOR UPDATE SKIP LOCKED)
      RETURNING "eventId"`;
    if (taken.length === 0) return 0;
    const events = await tx.event.findMany({
      where: { id: { in: taken.map((t) => t.eventId) }, kind: "STATUS", visibility: "PUBLIC" },
      select: { id: true, request: { select: { id: true, type: true, unitId: true, enterpriseId: true } } },
    });
    const endpoints = await tx.webhookEndpoint.findMany({
      where: { disabledAt: null, key: { revokedAt: null } },
      select: { id: true, key: { select: { types: true, unitIds: true, allEnterprises: true, enterpriseIds: true } } },
    });
    const rows = events.flatMap((e) =>
      endpoints
        .filter((ep) => keyMayRead(ep.key, e.request))
        .map((ep) => ({ endpointId: ep.id, eventId: e.id, requestId: e.request.id, nextAttemptAt: now, createdAt: now })),
    );
    if (rows.length) await tx.webhookDelivery.createMany({ data: rows, skipDuplicates: true });
    return rows.length;
  });
}

/** The body of a delivery, from the event it reports: the same bytes on every retry. */
async function payloadOf(db: Db, deliveryId: string, eventId: bigint): Promise<WebhookPayloadT> {
  const e = await db.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { createdAt: true, fromStatus: true, toStatus: true, text: true, request: { select: { reference: true, type: true } } },
  });
  const status = e.toStatus;
  // Deliveries are only made for status events (fanOutWebhooks): one without a status is a corrupt row.
  if (!status) throw new Error(`event ${eventId} reports no status`);
  return {
    id: deliveryId,
    event: "request.status_changed",
    occurred_at: e.createdAt.toISOString(),
    request: {
      service_request_id: e.request.reference,
      service_code: e.request.type,
      status: open311Status(status),
      detailed_status: status,
      previous_status: e.fromStatus,
      note: e.text,
    },
  };
}

/**
 * Sends the deliveries that are due. Each is leased first (UPDATE … SKIP LOCKED), so of two workers only
 * one sends it; a 2xx ends it, anything else waits out the next backoff step, and after the last one it
 * is given up.
 */
export async function sendDueWebhooks(db: Db, now: Date, post: typeof fetch = fetch): Promise<number> {
  const leased = await db.$queryRaw<{ id: string }[]>`
    UPDATE "WebhookDelivery" SET "leasedUntil" = ${new Date(now.getTime() + LEASE_MS)}
    WHERE id IN (
      SELECT id FROM "WebhookDelivery"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now} AND ("leasedUntil" IS NULL OR "leasedUntil" < ${now})
      ORDER BY "nextAttemptAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  let sent = 0;
  for (const { id } of leased) {
    const d = await db.webhookDelivery.findUniqueOrThrow({ where: { id }, include: { endpoint: { select: { url: true, secret: true } } } });
    const body = JSON.stringify(await payloadOf(db, d.id, d.eventId));
    let code: number | null = null;
    let error: string | null = null;
    try {
      const res = await post(d.endpoint.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          [SIGNATURE_HEADER]: signDelivery(d.endpoint.secret, body, now),
          "X-Desk-Delivery": d.id,
          "user-agent": "ResumptionDesk-Webhooks/1",
        },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      code = res.status;
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (err) {
      error = err instanceof Error ? err.message.slice(0, 200) : "failed";
    }
    const attempts = d.attempts + 1;
    const wait = BACKOFF_MS[attempts - 1];
    await db.webhookDelivery.update({
      where: { id },
      data:
        error === null
          ? { status: "SENT", attempts, lastStatusCode: code, lastError: null, deliveredAt: now, leasedUntil: null }
          : {
              status: wait === undefined ? "FAILED" : "PENDING",
              attempts,
              lastStatusCode: code,
              lastError: error,
              nextAttemptAt: new Date(now.getTime() + (wait ?? 0)),
              leasedUntil: null,
            },
    });
    if (error === null) sent += 1;
  }
  return sent;
}
