import { describe, expect, it } from "vitest";
import { homeFor, safeCallback } from "./home";

describe("homeFor", () => {
  it("sends each role to its own area", () => {
    expect(homeFor("ENTERPRISE")).toBe("/requests");
    expect(homeFor("OFFICER")).toBe("/queue");
    expect(homeFor("LEAD")).toBe("/queue");
    expect(homeFor("ADMIN")).toBe("/admin");
  });
});

// Every vector an attacker can hand to /login?callbackUrl= or a replayed loginAction POST. Whatever
// safeCallback returns is put in a Location header, so it is read here the way a browser would.
const HOSTILE = [
  "https://evil.test/",
  "http://evil.test",
  "//evil.test/",
  "///evil.test/",
  "////evil.test",
  "/..//evil.test/x",
  "/../../evil.test",
  "/%2F..%2F%2Fevil.test%2Fx",
  "/..%2F%2Fevil.test%2Fx",
  decodeURIComponent("%2F..%2F%2Fevil.test%2Fx"),
  "/.//evil.test",
  "/./\\evil.test",
  "/x/..//evil.test/path",
  "/x/../..//evil.test",
  "/a/b/../../..//evil.test",
  "/%2e//evil.test",
  "/%2E//evil.test",
  "/%2e%2e//evil.test",
  "/.%2e//evil.test",
  "/\\evil.test",
  "\\\\evil.test",
  "/\\/evil.test",
  "\\/evil.test",
  "/\t/evil.test",
  "/\n/evil.test",
  "/\r/evil.test",
  "/ /evil.test",
  "/\u0000/evil.test",
  "javascript:alert(1)",
  "/javascript:alert(1)".slice(1),
  "data:text/html,<script>alert(1)</script>",
  "mailto:x@evil.test",
  "evil.test",
  "https:evil.test",
  "http:/evil.test",
  " /queue",
  "\u3000//evil.test",
  "/\u2028/evil.test",
  "/\uFEFF/evil.test",
];

function leavesSite(location: string): boolean {
  const base = "https://desk.example";
  // A browser strips tabs and newlines and reads backslashes as slashes before resolving.
  const cleaned = location.replace(/[\t\n\r]/g, "").replace(/\\/g, "/");
  return new URL(cleaned, base).origin !== base || new URL(location, base).origin !== base;
}

describe("safeCallback", () => {
  it("keeps paths on this site", () => {
    expect(safeCallback("/queue?status=SUBMITTED")).toBe("/queue?status=SUBMITTED");
    expect(safeCallback("/cases/YW-2026-000001#timeline")).toBe("/cases/YW-2026-000001#timeline");
    expect(safeCallback("/a/../queue")).toBe("/queue");
  });
  it("refuses empty input", () => {
    expect(safeCallback("")).toBeNull();
    expect(safeCallback(null)).toBeNull();
    expect(safeCallback(undefined)).toBeNull();
  });
  it(`never lets one of ${HOSTILE.length} hostile vectors leave the site`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
    for (const vector of HOSTILE) {
      const out = safeCallback(vector);
      if (out === null) continue;
      expect(out, JSON.stringify(vector)).toMatch(/^\/(?![/\\])/);
      expect(leavesSite(out), JSON.stringify(vector)).toBe(false);
      // What comes out is stable: following it again lands in the same place.
      expect(safeCallback(out), JSON.stringify(vector)).toBe(out);
    }
  });
  it("refuses the audit's vectors outright rather than rewriting them", () => {
    for (const v of ["/..//evil.test/x", "/.//evil.test", "/x/..//evil.test/path", "/%2e//evil.test"]) {
      expect(safeCallback(v), v).toBeNull();
    }
  });
});
