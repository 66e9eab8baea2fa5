import { describe, expect, it } from "vitest";
import { COUNTRIES, countryName, countryOptions, isCountryCode } from "./countries";

describe("COUNTRIES", () => {
  it("lists each of the 249 ISO 3166-1 codes once, in code order", () => {
    const codes = COUNTRIES.map((c) => c.code);
    expect(codes).toHaveLength(249);
    expect(new Set(codes).size).toBe(249);
    expect([...codes].sort()).toEqual(codes);
  });

  it("has three capital letters and both names for every entry", () => {
    for (const c of COUNTRIES) {
      expect(c.code, c.code).toMatch(/^[A-Z]{3}$/);
      expect(c.en.trim(), c.code).not.toBe("");
      expect(c.zh, c.code).toMatch(/\p{Script=Han}/u);
    }
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(COUNTRIES)).toBe(true);
  });
});

describe("isCountryCode", () => {
  it("accepts assigned alpha-3 codes", () => {
    for (const code of ["CHN", "USA", "DEU", "KOR", "PRK", "SSD", "ALA"]) {
      expect(isCountryCode(code), code).toBe(true);
    }
  });

  it("rejects alpha-2, lowercase, withdrawn and unassigned codes", () => {
    for (const code of ["CN", "chn", "Chn", "SUN", "YUG", "ANT", "XKX", "ZZZ", "", " CHN"]) {
      expect(isCountryCode(code), code).toBe(false);
    }
  });
});

describe("countryName", () => {
  it("names a country in Chinese or English", () => {
    expect(countryName("DEU", "zh-CN")).toBe("德国");
    expect(countryName("DEU", "en")).toBe("Germany");
    expect(countryName("KOR", "en")).toBe("South Korea");
    expect(countryName("KOR", "zh-CN")).toBe("韩国");
  });

  it("names Taiwan, Hong Kong and Macao as parts of China", () => {
    expect(countryName("TWN", "zh-CN")).toBe("中国台湾");
    expect(countryName("HKG", "zh-CN")).toBe("中国香港");
    expect(countryName("MAC", "zh-CN")).toBe("中国澳门");
    expect(countryName("TWN", "en")).toBe("Taiwan, China");
  });

  it("returns an unknown code unchanged rather than an empty label", () => {
    expect(countryName("ZZZ", "en")).toBe("ZZZ");
  });

  it("offers every country once as an option in the page's language, sorted by its name there", () => {
    const en = countryOptions("en");
    expect(en).toHaveLength(COUNTRIES.length);
    expect(en.find((o) => o.value === "DEU")?.label).toBe("Germany");
    expect(en.map((o) => o.label)).toEqual([...en.map((o) => o.label)].sort((a, b) => a.localeCompare(b, "en")));
    expect(countryOptions("zh-CN").find((o) => o.value === "DEU")?.label).toBe("德国");
  });
});
