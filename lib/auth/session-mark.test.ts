import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_S, markEndsAt, markLive, newMark, readMark } from "./session-mark";

const at = (iso: string) => new Date(iso);

describe("session marks", () => {
  it("gives every sign-in its own id", () => {
    const now = at("2026-11-29T01:00:00Z");
    const [a, b] = [newMark(now), newMark(now)];
    expect(a.sid).not.toBe(b.sid);
    expect(a.since).toBe(now.getTime() / 1000);
  });

  it("reads a mark only when both parts are there", () => {
    expect(readMark({ sid: "s1", since: 100 })).toEqual({ sid: "s1", since: 100 });
    expect(readMark({ sid: "s1" })).toBeNull();
    expect(readMark({ since: 100 })).toBeNull();
    expect(readMark({ sid: "", since: 100 })).toBeNull();
    expect(readMark({ sid: "s1", since: "100" })).toBeNull();
    expect(readMark(null)).toBeNull();
  });

  it("ends twelve hours after sign-in, however often the token was refreshed", () => {
    const mark = newMark(at("2026-11-29T01:00:00Z"));
    expect(SESSION_MAX_AGE_S).toBe(12 * 3600);
    expect(markEndsAt(mark)).toEqual(at("2026-11-29T13:00:00Z"));
    expect(markLive(mark, at("2026-11-29T12:59:59Z"))).toBe(true);
    expect(markLive(mark, at("2026-11-29T13:00:00Z"))).toBe(false);
  });

  it("does not trust a sign-in stamped in the future", () => {
    const mark = newMark(at("2026-11-29T03:00:00Z"));
    expect(markLive(mark, at("2026-11-29T01:00:00Z"))).toBe(false);
  });
});
