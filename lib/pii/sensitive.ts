import type { Prisma } from "@/generated/prisma/client";
import { maskIdentifier } from "@/lib/checks/mask";
import type { Db, Tx } from "@/lib/db";
import { findRequestType } from "@/lib/request-types/registry";
import { blindIndex, normalizeIdentifier, open, seal } from "./cipher";
import { keyById, keyring } from "./keyring";

type Client = Db | Tx;
export type PlainValue = { field: string; value: string };

/** The fields a request type marks `sensitive` in its registry module. */
export function sensitiveFieldsOf(type: string): string[] {
  return (findRequestType(type)?.fields ?? []).filter((f) => f.sensitive).map((f) => f.name);
}

/**
 * Splits a request's details into what the `details` column may hold (sensitive values masked) and the
 * values to seal with storeSensitive once the request has its id.
 */
export function splitSensitive(type: string, details: Record<string, unknown>): { details: Record<string, unknown>; values: PlainValue[] } {
  const out = { ...details };
  const values: PlainValue[] = [];
  for (const field of sensitiveFieldsOf(type)) {
    const v = details[field];
    if (typeof v !== "string" || v === "") continue;
    values.push({ field, value: v });
    out[field] = maskIdentifier(v);
  }
  return { details: out, values };
}

/** What each ciphertext is bound to: its request and field. */
export const context = (requestId: string, field: string) => `${requestId}:${field}`;

/** One row of SensitiveValue for a value: sealed under the current key, with its blind index and mask. */
export function sealedRow(requestId: string, { field, value }: PlainValue) {
  const k = keyring().current;
  return {
    requestId,
    field,
    keyId: k.id,
    ciphertext: seal(k, value, context(requestId, field)),
    blindIndex: blindIndex(k, value),
    masked: maskIdentifier(value),
  };
}

export async function storeSensitive(client: Client, requestId: string, values: PlainValue[]): Promise<void> {
  if (values.length) await client.sensitiveValue.createMany({ data: values.map((v) => sealedRow(requestId, v)) });
}

export type OpenedValue = { value: string | null; masked: string; erasedAt: Date | null };

/** The request's sensitive values in the clear (null once erased), by field. Call only for a person who sees them. */
export async function openSensitive(client: Client, requestId: string): Promise<Map<string, OpenedValue>> {
  const rows = await client.sensitiveValue.findMany({
    where: { requestId },
    select: { field: true, keyId: true, ciphertext: true, masked: true, erasedAt: true },
  });
  return new Map(
    rows.map((r) => [
      r.field,
      { value: r.keyId && r.ciphertext ? open(keyById(r.keyId), r.ciphertext, context(requestId, r.field)) : null, masked: r.masked, erasedAt: r.erasedAt },
    ]),
  );
}

/** Which fields of the request were erased by retention, and when (no decryption). */
export async function erasedFields(client: Client, requestId: string): Promise<Map<string, Date>> {
  const rows = await client.sensitiveValue.findMany({ where: { requestId, erasedAt: { not: null } }, select: { field: true, erasedAt: true } });
  return new Map(rows.map((r) => [r.field, r.erasedAt!]));
}

/** Whether a search text could be a whole passport or ID number (worth a blind-index look-up). */
export function looksLikeIdentifier(q: string): boolean {
  return /^[A-Z0-9]{6,20}$/.test(normalizeIdentifier(q));
}

/**
 * Requests holding exactly this number, as a where-clause: its blind index under every key of the ring,
 * so values not yet re-sealed by a rotation are found too.
 */
export function holdsIdentifier(q: string): Prisma.RequestWhereInput {
  return { sensitiveValues: { some: { blindIndex: { in: identifierIndexes(q) } } } };
}

/** The number's blind index under every key of the ring (for raw SQL: `sv."blindIndex" IN (…)`). */
export function identifierIndexes(q: string): string[] {
  return [...keyring().byId.values()].map((k) => blindIndex(k, q));
}
