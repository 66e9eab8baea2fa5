import { describe, expect, it } from "vitest";
import { CATALOGS, flattenKeys } from "./catalog";

describe("message catalogs", () => {
  const zh = new Set(flattenKeys(CATALOGS["zh-CN"]));
  const en = new Set(flattenKeys(CATALOGS.en));

  it("English has every key Chinese has", () => {
    expect([...zh].filter((k) => !en.has(k))).toEqual([]);
  });
  it("Chinese has every key English has", () => {
    expect([...en].filter((k) => !zh.has(k))).toEqual([]);
  });
  it("no message is empty", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const empty = flattenKeys(CATALOGS[locale]).filter((k) => {
        const v = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], CATALOGS[locale]);
        return typeof v !== "string" || v.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});
