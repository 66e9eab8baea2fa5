// Keyset pagination: the cursor is the (sort key, id) of the last row shown, opaque to the browser.

export type Cursor = { k: string | number | null; id: string };

export function encodeCursor(k: string | number | Date | null, id: string | bigint): string {
  const key = k instanceof Date ? k.toISOString() : k;
  return Buffer.from(JSON.stringify({ k: key, id: String(id) })).toString("base64url");
}

/** A cursor the person edited or made up is ignored (first page) rather than failing the page. */
export function decodeCursor(raw: string | null | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown;
    if (typeof value !== "object" || value === null) return null;
    const { k, id } = value as Record<string, unknown>;
    if (typeof id !== "string" || !(k === null || typeof k === "string" || typeof k === "number")) return null;
    return { k, id };
  } catch {
    return null;
  }
}

/** Splits `take + 1` fetched rows into the page and the cursor of the next one. */
export function pageOf<T extends { id: string | bigint }>(rows: T[], take: number, keyOf: (row: T) => string | number | Date | null) {
  const more = rows.length > take;
  const page = more ? rows.slice(0, take) : rows;
  const last = page.at(-1);
  return { rows: page, nextCursor: more && last ? encodeCursor(keyOf(last), last.id) : null };
}
