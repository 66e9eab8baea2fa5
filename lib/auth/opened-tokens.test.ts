import { describe, expect, it } from "vitest";
import { OpenedTokens } from "./opened-tokens";

const now = Date.parse("2026-03-03T04:00:00Z");
const inAnHour = now / 1000 + 3600;

describe("opened session tokens", () => {
  it("gives back a token opened before, by its exact text", () => {
    const c = new OpenedTokens<{ sub: string; exp?: number }>();
    c.set("salt:abc", { sub: "u1", exp: inAnHour });
    expect(c.get("salt:abc", now)).toEqual({ sub: "u1", exp: inAnHour });
    expect(c.get("salt:abd", now)).toBeUndefined();
  });

  it("never serves a token past its expiry, and keeps none without one", () => {
    const c = new OpenedTokens<{ sub: string; exp?: number }>();
    c.set("a", { sub: "u1", exp: inAnHour });
    c.set("b", { sub: "u2" });
    expect(c.get("a", (inAnHour + 1) * 1000)).toBeUndefined();
    expect(c.get("a", now)).toBeUndefined(); // dropped once found expired
    expect(c.get("b", now)).toBeUndefined();
  });

  it("forgets the oldest token when full", () => {
    const c = new OpenedTokens<{ sub: string; exp?: number }>(2);
    c.set("a", { sub: "1", exp: inAnHour });
    c.set("b", { sub: "2", exp: inAnHour });
    c.set("c", { sub: "3", exp: inAnHour });
    expect(c.get("a", now)).toBeUndefined();
    expect(c.get("b", now)?.sub).toBe("2");
    expect(c.get("c", now)?.sub).toBe("3");
  });
});
