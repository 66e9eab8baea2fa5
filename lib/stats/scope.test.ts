import { describe, expect, it } from "vitest";
import { parseStatsParams, resolveScope, statsQuery, type StatsOptions } from "./scope";

const options: StatsOptions = {
  units: [
    { id: "u-chian", code: "CHIAN", nameZh: "赤岸镇助企服务团", nameEn: "Chian", townshipId: "t-chian" },
    { id: "u-fotang", code: "FOTANG", nameZh: "佛堂镇助企服务团", nameEn: "Fotang", townshipId: "t-fotang" },
    { id: "u-exit", code: "EXIT_ENTRY", nameZh: "出入境管理局", nameEn: "Exit-Entry", townshipId: null },
  ],
  townships: [
    { id: "t-chian", code: "CHIAN", nameZh: "赤岸镇", nameEn: "Chian" },
    { id: "t-fotang", code: "FOTANG", nameZh: "佛堂镇", nameEn: "Fotang" },
  ],
  types: ["GENERAL", "VISA_EXTENSION"],
};

describe("resolveScope", () => {
  it("a lead always gets their own unit, whatever the address asks for", () => {
    const s = resolveScope({ role: "LEAD", unitId: "u-chian" }, parseStatsParams({ unit: "FOTANG" }), options);
    expect(s?.scope.unitId).toBe("u-chian");
    expect(s?.unitLocked).toBe(true);
  });

  it("an admin sees the city, or the unit named", () => {
    expect(resolveScope({ role: "ADMIN", unitId: null }, parseStatsParams({}), options)?.scope).toEqual({ unitId: null, townshipId: null, type: null });
    expect(resolveScope({ role: "ADMIN", unitId: null }, parseStatsParams({ unit: "EXIT_ENTRY" }), options)?.scope.unitId).toBe("u-exit");
  });

  it("officers, enterprises and a lead without a unit see no stats", () => {
    expect(resolveScope({ role: "OFFICER", unitId: "u-chian" }, parseStatsParams({}), options)).toBeNull();
    expect(resolveScope({ role: "ENTERPRISE", unitId: null }, parseStatsParams({}), options)).toBeNull();
    expect(resolveScope({ role: "LEAD", unitId: null }, parseStatsParams({}), options)).toBeNull();
  });

  it("unknown codes and types are ignored, not matched literally", () => {
    const s = resolveScope({ role: "ADMIN", unitId: null }, parseStatsParams({ unit: "' OR 1=1 --", township: "NOWHERE", type: "DROP" }), options);
    expect(s?.scope).toEqual({ unitId: null, townshipId: null, type: null });
  });

  it("a township team's lead gets their own township whatever township the address names", () => {
    const s = resolveScope({ role: "LEAD", unitId: "u-chian" }, parseStatsParams(new URLSearchParams("township=FOTANG")), options);
    expect(s?.scope).toEqual({ unitId: "u-chian", townshipId: null, type: null });
    expect(s?.township).toBeNull();
  });

  it("township and type filters apply for a lead too", () => {
    const s = resolveScope({ role: "LEAD", unitId: "u-exit" }, parseStatsParams(new URLSearchParams("township=FOTANG&type=VISA_EXTENSION")), options);
    expect(s?.scope).toEqual({ unitId: "u-exit", townshipId: "t-fotang", type: "VISA_EXTENSION" });
  });
});

describe("stats query strings", () => {
  it("round-trip the filters and take only the first of repeated values", () => {
    const p = parseStatsParams({ period: ["range", "week"], from: "2026-09-01", to: "2026-09-30", type: "GENERAL", unit: "" });
    expect(p).toMatchObject({ period: { kind: "range", from: "2026-09-01", to: "2026-09-30" }, type: "GENERAL", unit: undefined });
    expect(statsQuery(p, { table: "summary" })).toBe("period=range&from=2026-09-01&to=2026-09-30&type=GENERAL&table=summary");
  });
});
