import { describe, expect, it } from "vitest";
import { seekAfter } from "./keyset";

type Row = { at: number; id: string };
// The Prisma filter evaluated on plain rows, as the database would.
function matches(where: unknown, row: Row): boolean {
  const w = where as Record<string, unknown>;
  if (w.AND) return (w.AND as unknown[]).every((x) => matches(x, row));
  if (w.OR) return (w.OR as unknown[]).some((x) => matches(x, row));
  const [field, cond] = Object.entries(w)[0] as [keyof Row, Record<string, number | string>];
  const [op, v] = Object.entries(cond)[0]!;
  const x = row[field];
  return op === "gt" ? x > v : op === "gte" ? x >= v : op === "lt" ? x < v : x <= v;
}

const rows: Row[] = [
  { at: 1, id: "a" },
  { at: 2, id: "a" },
  { at: 2, id: "b" },
  { at: 2, id: "c" },
  { at: 3, id: "a" },
];

describe("seekAfter", () => {
  it("ascending: the rows strictly after (2, b), ties broken by id", () => {
    const where = seekAfter("at", 2 as unknown as string, "b", "asc");
    expect(rows.filter((r) => matches(where, r))).toEqual([
      { at: 2, id: "c" },
      { at: 3, id: "a" },
    ]);
  });
  it("descending: the rows strictly before (2, b)", () => {
    const where = seekAfter("at", 2 as unknown as string, "b", "desc");
    expect(rows.filter((r) => matches(where, r))).toEqual([
      { at: 1, id: "a" },
      { at: 2, id: "a" },
    ]);
  });
});
