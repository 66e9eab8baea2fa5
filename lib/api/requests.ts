import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { decodeInstantCursor, pageOf } from "@/lib/paging/cursor";
import { isOneOf } from "@/lib/checks/one-of";
import { normalizeUscc } from "@/lib/checks/uscc";
import { maskIdentifier } from "@/lib/checks/mask";
import { db } from "@/lib/db";
import { fieldErrors, NotFoundError, ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { seekAfter } from "@/lib/paging/keyset";
import { findRequestType } from "@/lib/request-types/registry";
import { submitRequest } from "@/lib/intake/submit";
import { shanghaiDateTime } from "@/lib/time/shanghai";
import { STATUSES, type Status } from "@/lib/workflow/state-machine";
import { FINISHED, OPEN, isIn } from "@/lib/workflow/statuses";
import { keyRequests, mayActForEnterprise, type ApiKeyPrincipal } from "@/lib/requests/key-scope";
import { CreateRequestBody, type ServiceRequestT } from "./schemas";
import type { Words } from "@/lib/messages/translate";
import { detailsOf } from "@/lib/request-types/details";

export const API_PAGE_SIZE = 50;

/** Open311's two-word status for one of ours: a resolved request counts as closed until it is reopened. */
export function open311Status(s: Status): "open" | "closed" {
  return isIn(FINISHED, s) ? "closed" : "open";
}

const requestSelect = {
  id: true,
  reference: true,
  type: true,
  status: true,
  details: true,
  submittedAt: true,
  updatedAt: true,
  dueAt: true,
  unit: { select: { nameZh: true, nameEn: true } },
  enterprise: { select: { uscc: true, name: true } },
  events: {
    where: { kind: { in: ["CREATED", "STATUS"] }, visibility: "PUBLIC" },
    orderBy: { id: "asc" },
    select: { toStatus: true, createdAt: true, text: true },
  },
} satisfies Prisma.RequestSelect;
type Row = Prisma.RequestGetPayload<{ select: typeof requestSelect }>;

function present(row: Row, locale: Locale, t: Words, full: boolean): ServiceRequestT {
  const def = findRequestType(row.type);
  const history = row.events.flatMap((e) => (e.toStatus ? [{ status: e.toStatus, at: e.createdAt.toISOString(), note: e.text }] : []));
  const details = detailsOf(row.details);
  const attributes = Object.fromEntries(
    (def?.fields ?? [])
      .filter((f) => details[f.name] !== undefined)
      .map((f) => {
        const v = details[f.name];
        // Neither the enterprise nor the officer working it: an integrator reads passport and ID numbers masked.
        return [f.name, f.sensitive && typeof v === "string" ? maskIdentifier(v) : v];
      }),
  );
  return {
    service_request_id: row.reference,
    service_code: row.type,
    service_name: def?.messages[locale].label ?? row.type,
    status: open311Status(row.status),
    detailed_status: row.status,
    status_label: t(`common.status.${row.status}`),
    status_notes: history.findLast((h) => h.note)?.note ?? null,
    agency_responsible: locale === "en" ? row.unit.nameEn : row.unit.nameZh,
    enterprise: row.enterprise,
    requested_datetime: row.submittedAt.toISOString(),
    updated_datetime: row.updatedAt.toISOString(),
    expected_datetime: row.dueAt.toISOString(),
    ...(full && { attributes, history }),
  };
}

/** One request the key may read, by reference; any other is NotFoundError (it does not exist for the key). */
export async function getRequestForKey(key: ApiKeyPrincipal, reference: string, locale: Locale, t: Words): Promise<ServiceRequestT> {
  const row = await db.request.findFirst({ where: { AND: [{ reference }, keyRequests(key)] }, select: requestSelect });
  if (!row) throw new NotFoundError("request");
  return present(row, locale, t, true);
}

export const ListQuery = z.object({
  service_code: z.string().optional(),
  status: z
    .string()
    .optional()
    .transform((s) =>
      s
        ? s
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean)
        : [],
    )
    .refine((list) => list.every((x) => x === "open" || x === "closed" || isOneOf(STATUSES, x)), { error: "choice" }),
  enterprise_uscc: z.string().optional(),
  start_date: z.iso.datetime({ offset: true, error: "dateTime" }).optional(),
  end_date: z.iso.datetime({ offset: true, error: "dateTime" }).optional(),
  cursor: z.string().optional(),
});

/** The statuses a filter names: ours as they are, Open311's open/closed as the statuses they stand for. */
function statusesOf(filter: string[]): Status[] {
  return [...new Set(filter.flatMap((s) => (s === "open" ? [...OPEN] : s === "closed" ? [...FINISHED] : STATUSES.filter((x) => x === s))))];
}

/** The requests the key may read, newest first, filtered, a page at a time by keyset on (submittedAt, id). */
export async function listRequestsForKey(key: ApiKeyPrincipal, params: URLSearchParams, locale: Locale, t: Words) {
  const parsed = ListQuery.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const q = parsed.data;
  const where: Prisma.RequestWhereInput[] = [keyRequests(key)];
  if (q.service_code) where.push({ type: q.service_code });
  if (q.status.length) where.push({ status: { in: statusesOf(q.status) } });
  if (q.enterprise_uscc) where.push({ enterprise: { uscc: normalizeUscc(q.enterprise_uscc) } });
  if (q.start_date) where.push({ submittedAt: { gte: new Date(q.start_date) } });
  if (q.end_date) where.push({ submittedAt: { lt: new Date(q.end_date) } });
  const cursor = decodeInstantCursor(q.cursor);
  if (cursor) where.push(seekAfter("submittedAt", cursor.at, cursor.id, "desc"));
  const rows = await db.request.findMany({
    where: { AND: where },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: API_PAGE_SIZE + 1,
    select: requestSelect,
  });
  const page = pageOf(rows, API_PAGE_SIZE, (r) => r.submittedAt);
  return { requests: page.rows.map((r) => present(r, locale, t, false)), next_cursor: page.nextCursor };
}

/** Prefixes the type's field errors with "attributes." so they name the attribute the caller sent. */
function underAttributes(err: ValidationError): ValidationError {
  const body = new Set(["service_code", "enterprise_uscc", "idempotency_key", "form"]);
  return new ValidationError(Object.fromEntries(Object.entries(err.fieldErrors).map(([f, v]) => [body.has(f) ? f : `attributes.${f}`, v])));
}

/**
 * Files a request for an enterprise the key acts for, through the same submitRequest the enterprise's form
 * uses. The body's own mistakes and the type's validation come back as field errors.
 */
export async function createRequestForKey(key: ApiKeyPrincipal, body: unknown, idempotencyHeader: string | null, locale: Locale, t: Words, now = new Date()) {
  const parsed = CreateRequestBody.safeParse(body);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const input = parsed.data;
  const def = findRequestType(input.service_code);
  if (!def) throw new ValidationError({ service_code: ["unknownType"] });
  if (!key.types.includes(def.key)) throw new ValidationError({ service_code: ["notGranted"] });
  const enterprise = await db.enterprise.findUnique({ where: { uscc: normalizeUscc(input.enterprise_uscc) }, select: { id: true } });
  // An enterprise the key does not act for is answered like one that does not exist.
  if (!enterprise || !mayActForEnterprise(key, enterprise.id)) throw new ValidationError({ enterprise_uscc: ["enterprise"] });
  const idempotencyKey = input.idempotency_key ?? idempotencyHeader ?? `api-${randomUUID()}`;
  if (!/^[A-Za-z0-9_-]{16,100}$/.test(idempotencyKey)) throw new ValidationError({ idempotency_key: ["keyShape"] });
  try {
    const res = await submitRequest({ key, enterpriseId: enterprise.id }, { type: def.key, details: input.attributes, idempotencyKey }, now);
    const row = await db.request.findUniqueOrThrow({ where: { reference: res.reference }, select: { firstResponseDueAt: true, dueAt: true } });
    const notice = t("api.notice", { firstResponse: shanghaiDateTime(row.firstResponseDueAt), resolution: shanghaiDateTime(row.dueAt) });
    return { service_request_id: res.reference, created: res.created, service_notice: notice };
  } catch (err) {
    throw err instanceof ValidationError ? underAttributes(err) : err;
  }
}
