import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isForeignActionPost, newNonce, strictTransportSecurity } from "./security-headers";

describe("security headers", () => {
  it("gives every response its own nonce, and lets only scripts with it run", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
    const csp = contentSecurityPolicy(a);
    expect(csp).toContain(`script-src 'self' 'nonce-${a}' 'strict-dynamic'`);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy(a, true)).toContain("'unsafe-eval'");
  });

  it("asks for HSTS only over https", () => {
    expect(strictTransportSecurity("https:", null)).toMatch(/^max-age=31536000/);
    expect(strictTransportSecurity("http:", "https")).toMatch(/^max-age=/);
    expect(strictTransportSecurity("http:", null)).toBeNull();
    expect(strictTransportSecurity("http:", "http")).toBeNull();
  });

  it("spots a server action posted from another site", () => {
    const h = (o: Record<string, string>) => new Headers({ "next-action": "abc", host: "desk.example", ...o });
    expect(isForeignActionPost("POST", h({ origin: "https://evil.test" }))).toBe(true);
    expect(isForeignActionPost("POST", h({ origin: "null" }))).toBe(true);
    expect(isForeignActionPost("POST", h({ origin: "https://desk.example" }))).toBe(false);
    expect(isForeignActionPost("POST", h({}))).toBe(false);
    expect(isForeignActionPost("GET", h({ origin: "https://evil.test" }))).toBe(false);
    expect(isForeignActionPost("POST", new Headers({ origin: "https://evil.test", host: "desk.example", "content-type": "application/json" }))).toBe(false);
    // A form posted without scripts: no Next-Action header, the action's id is among the fields.
    const form = (type: string, origin: string) => new Headers({ origin, host: "desk.example", "content-type": type });
    expect(isForeignActionPost("POST", form("multipart/form-data; boundary=----x", "https://evil.test"))).toBe(true);
    expect(isForeignActionPost("POST", form("application/x-www-form-urlencoded", "https://evil.test"))).toBe(true);
    expect(isForeignActionPost("POST", form("Multipart/Form-Data; boundary=x", "null"))).toBe(true);
    expect(isForeignActionPost("POST", form("multipart/form-data; boundary=----x", "https://desk.example"))).toBe(false);
    expect(isForeignActionPost("POST", h({ origin: "https://desk.example", "x-forwarded-host": "public.example" }))).toBe(true);
  });
});
