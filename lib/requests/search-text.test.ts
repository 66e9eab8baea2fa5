import { describe, expect, it } from "vitest";
import { normalizeSearch, requestSearchText, searchGrams, searchWords } from "./search-text";
import { requestTypes } from "@/lib/request-types/registry";

describe("the queue's search words", () => {
  it("compares in one spelling: full-width and upper case fold, spaces collapse", () => {
    expect(normalizeSearch("  ＡＢＣ　钢材\tSteel  ")).toBe("abc 钢材 steel");
    expect(searchWords(" 钢材  江苏 ")).toEqual(["钢材", "江苏"]);
    expect(searchWords("   ")).toEqual([]);
  });

  it("asks for the pairs of a word's characters, or the character of a one-character word", () => {
    expect(searchGrams("钢材")).toEqual(["钢材"]);
    expect(searchGrams("热轧钢")).toEqual(["热轧", "轧钢"]);
    expect(searchGrams("钢")).toEqual(["钢"]);
    expect(searchGrams("aaa")).toEqual(["aa"]);
  });

  it("takes a request's searchable fields and never a sensitive one", () => {
    const text = requestSearchText("YW-2026-000123", "SUPPLY_CHAIN_HANDOFF", {
      goods: "热轧钢卷",
      supplierName: "江苏某钢厂",
      quantity: 20,
      driverPhone: "13800000000",
    });
    expect(text).toBe("yw-2026-000123 热轧钢卷 江苏某钢厂");
    expect(requestSearchText("YW-2026-000124", "VISA_EXTENSION", { employeeName: "John SMITH", passportNumber: "E12345678" })).toBe(
      "yw-2026-000124 john smith",
    );
    expect(requestSearchText("YW-2026-000125", "NO_SUCH_TYPE", { goods: "x" })).toBe("yw-2026-000125");
    for (const def of requestTypes()) {
      const sensitive = def.fields.filter((f) => f.sensitive).map((f) => f.name);
      expect(
        def.searchable.filter((f) => sensitive.includes(f)),
        def.key,
      ).toEqual([]);
      expect(
        def.searchable.every((f) => def.fields.some((s) => s.name === f)),
        def.key,
      ).toBe(true);
    }
  });

  it("each type sums a request up in one line, leaving out what is missing", () => {
    const [supply, visa, passport, general] = ["SUPPLY_CHAIN_HANDOFF", "VISA_EXTENSION", "PASSPORT_EXPEDITE", "GENERAL"].map((k) =>
      requestTypes().find((d) => d.key === k)!,
    );
    expect(
      supply!.summary({ goods: "热轧钢卷", quantity: 20, quantityUnit: "吨", supplierName: "江苏某钢厂", originCity: "无锡", handoffPoint: "义乌高速口" }),
    ).toBe("热轧钢卷 · 20 吨 · 江苏某钢厂 → 义乌高速口");
    expect(supply!.summary({ goods: "钢材" })).toBe("钢材");
    expect(visa!.summary({ employeeName: "John Smith", nationality: "GBR", visaType: "Z", passportNumber: "E12345678" })).toBe("John Smith · GBR · Z");
    expect(passport!.summary({ employeeName: "王芳", destinationCountry: "DEU", residentId: "330782199001011234" })).toBe("王芳 → DEU");
    expect(general!.summary({ subject: "用工招聘对接" })).toBe("用工招聘对接");
  });
});
