import { describe, expect, it } from "vitest";
import { guardDecision } from "./request-guard";

const env = { APP_URL: "https://desk.example" };
const headers = (h: Record<string, string>) => (name: string) => h[name] ?? null;

describe("the request guard", () => {
  it("sends a signed-out visit to a protected area to sign-in on the site's own address, coming back afterwards", () => {
    expect(guardDecision("GET", "/queue?tab=all", headers({ host: "0.0.0.0:3000" }), env)).toEqual({
      kind: "sign-in",
      location: "https://desk.example/login?callbackUrl=%2Fqueue%3Ftab%3Dall",
    });
    expect(guardDecision("GET", "/cases/YW-1", headers({ cookie: "theme=x; authjs.session-token=abc" }), env)).toEqual({ kind: "next" });
    expect(guardDecision("GET", "/cases/YW-1", headers({ cookie: "__Secure-authjs.session-token.0=abc" }), env)).toEqual({ kind: "next" });
    // Public pages, and names that only begin like a protected area, are not sent anywhere.
    expect(guardDecision("GET", "/login", headers({}), env)).toEqual({ kind: "next" });
    expect(guardDecision("GET", "/queued", headers({}), env)).toEqual({ kind: "next" });
    expect(guardDecision("GET", "/track?code=x", headers({}), env)).toEqual({ kind: "next" });
  });

  it("refuses a server action posted from another site, and shows the 404 page for an address with a NUL byte", () => {
    expect(guardDecision("POST", "/queue", headers({ "next-action": "7f00", origin: "https://evil.test", host: "desk.example" }), env)).toEqual({
      kind: "forbidden",
    });
    expect(
      guardDecision("POST", "/login", headers({ "content-type": "multipart/form-data; boundary=x", origin: "https://evil.test", host: "desk.example" }), env),
    ).toEqual({ kind: "forbidden" });
    expect(guardDecision("POST", "/login", headers({ "next-action": "7f00", origin: "https://desk.example", host: "desk.example" }), env)).toEqual({
      kind: "next",
    });
    expect(guardDecision("GET", "/cases/%00", headers({ cookie: "authjs.session-token=a" }), env)).toEqual({ kind: "not-found" });
    expect(guardDecision("GET", "/queue?q=%00", headers({}), env)).toEqual({ kind: "not-found" });
  });

  it("leaves what is not a page to its own handler: route handlers, built assets, the icon", () => {
    for (const path of ["/api/v1/requests", "/api/auth/session", "/_next/static/chunks/a.js", "/_next/image?url=x", "/favicon.ico"])
      expect(guardDecision("POST", path, headers({ "next-action": "x", origin: "https://evil.test", host: "desk.example" }), env)).toEqual({
        kind: "not-a-page",
      });
  });
});
