import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it("defaults to Chinese without any hint", () => {
    expect(negotiateLocale(undefined, null)).toBe("zh-CN");
  });
  it("follows the browser when no choice was made", () => {
    expect(negotiateLocale(undefined, "en-US,en;q=0.9")).toBe("en");
    expect(negotiateLocale(undefined, "zh-TW,zh;q=0.9")).toBe("zh-CN");
    expect(negotiateLocale(undefined, "fr-FR")).toBe("zh-CN");
  });
  it("prefers the person's choice over the browser", () => {
    expect(negotiateLocale("zh-CN", "en")).toBe("zh-CN");
    expect(negotiateLocale("en", "zh-CN")).toBe("en");
  });
  it("ignores a tampered cookie", () => {
    expect(negotiateLocale("xx", "en")).toBe("en");
  });
});
