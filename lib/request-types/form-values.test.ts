import { describe, expect, it } from "vitest";
import { detailsFromForm, rawValues } from "./form-values";
import type { FieldSpec } from "./type-def";

const FIELDS: FieldSpec[] = [
  { name: "goods", kind: "text" },
  { name: "note", kind: "text", optional: true },
  { name: "quantity", kind: "number" },
  { name: "arrivalFrom", kind: "datetime" },
  { name: "disinfection", kind: "checkbox" },
];

function form(entries: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
}

describe("form values", () => {
  it("turns form strings into typed details, reading wall times as Shanghai time", () => {
    const raw = rawValues(FIELDS, form({ goods: "钢材", note: " ", quantity: "1,200.5", arrivalFrom: "2026-11-29T10:00", disinfection: "on", extra: "x" }));
    expect(raw).not.toHaveProperty("extra");
    expect(detailsFromForm(FIELDS, raw)).toEqual({ goods: "钢材", quantity: 1200.5, arrivalFrom: "2026-11-29T10:00:00+08:00", disinfection: true });
  });

  it("leaves empty numbers out and an unchecked box false, so the schema can say what is missing", () => {
    expect(detailsFromForm(FIELDS, rawValues(FIELDS, form({ goods: "", quantity: " " })))).toEqual({ goods: "", disinfection: false });
    expect(detailsFromForm(FIELDS, { quantity: "abc", arrivalFrom: "soon" })).toMatchObject({ quantity: Number.NaN, arrivalFrom: "soon" });
    // Number() reads "0x10" as 16, "1e3" as 1000 and "0b11" as 3: a quantity is written in decimal or refused.
    for (const q of ["0x10", "0X1F", "1e3", "0b11", "0o7", "Infinity", "1_000"]) {
      expect(detailsFromForm(FIELDS, { quantity: q }).quantity, q).toBeNaN();
    }
    expect(detailsFromForm(FIELDS, { quantity: "-2.5" }).quantity).toBe(-2.5);
  });
});
