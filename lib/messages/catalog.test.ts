import { describe, expect, it } from "vitest";
import { catalog, flattenKeys } from "./catalog";

describe("message catalogs", () => {
  const zh = new Set(flattenKeys(catalog("zh-CN")));
  const en = new Set(flattenKeys(catalog("en")));

  it("English has every key Chinese has", () => {
    expect([...zh].filter((k) => !en.has(k))).toEqual([]);
  });
  it("Chinese has every key English has", () => {
    expect([...en].filter((k) => !zh.has(k))).toEqual([]);
  });
  it("no message is empty", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const messages = catalog(locale);
      const empty = flattenKeys(messages).filter((k) => {
        const v = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages);
        return typeof v !== "string" || v.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});
