import { z } from "zod";

// The one keyset cursor: the (sort key, id) of the last row shown, opaque to the browser (base64url JSON).
// Every paged list (queue, notifications, own requests, admin lists, API, withdrawals) writes and reads it here.

export type Cursor = { k: string | number | null; id: string };

const cursorSchema = z.object({ k: z.union([z.string(), z.number(), z.null()]), id: z.string().min(1).max(100) });

export function encodeCursor(k: string | number | Date | null, id: string | bigint): string {
  const key = k instanceof Date ? k.toISOString() : k;
  return Buffer.from(JSON.stringify({ k: key, id: String(id) })).toString("base64url");
}

/** A cursor the person edited or made up is ignored (first page) rather than failing the page. */
export function decodeCursor(raw: string | null | undefined): Cursor | null {
  if (!raw || raw.length > 400) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A cursor whose sort key is an instant (due time, creation time…); anything else is the first page. */
export function decodeInstantCursor(raw: string | null | undefined): { at: Date; id: string } | null {
  const c = decodeCursor(raw);
  if (!c || typeof c.k !== "string") return null;
  const at = new Date(c.k);
  return Number.isNaN(at.getTime()) ? null : { at, id: c.id };
}

/** A cursor whose sort key is text (a name); anything else is the first page. */
export function decodeTextCursor(raw: string | null | undefined): { k: string; id: string } | null {
  const c = decodeCursor(raw);
  return c && typeof c.k === "string" ? { k: c.k, id: c.id } : null;
}

/** Splits `take + 1` fetched rows into the page and the cursor of the next one. */
export function pageOf<T extends { id: string | bigint }>(rows: T[], take: number, keyOf: (row: T) => string | number | Date | null) {
  return pageBy(rows, take, (last) => encodeCursor(keyOf(last), last.id));
}

/** Same as pageOf for rows whose tie-breaker is not called `id` (the withdrawals use the reference). */
export function pageBy<T>(rows: T[], take: number, cursorOf: (last: T) => string) {
  const more = rows.length > take;
  const page = more ? rows.slice(0, take) : rows;
  const last = page.at(-1);
  return { rows: page, nextCursor: more && last !== undefined ? cursorOf(last) : null };
}
