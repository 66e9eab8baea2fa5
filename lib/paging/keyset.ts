/**
 * The rows after the last one shown, in (field, id) order: `field ≥ value AND (field > value OR id > last)`
 * (≤ and < when descending). Same rows as `field > value OR (field = value AND id > last)`, but the first
 * condition lets an index on (…, field, id) seek straight to the page instead of walking every earlier row.
 */
export function seekAfter<W>(field: string, value: Date | string, id: string, dir: "asc" | "desc"): W {
  const [past, reach] = dir === "asc" ? (["gt", "gte"] as const) : (["lt", "lte"] as const);
  return { AND: [{ [field]: { [reach]: value } }, { OR: [{ [field]: { [past]: value } }, { id: { [past]: id } }] }] } as W;
}
