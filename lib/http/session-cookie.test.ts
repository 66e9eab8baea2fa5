import { describe, expect, it } from "vitest";
import { hasSessionCookie } from "./session-cookie";

describe("hasSessionCookie", () => {
  it("sees Auth.js' session cookie over HTTP and HTTPS, whole or in chunks", () => {
    expect(hasSessionCookie(["NEXT_LOCALE", "authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["__Secure-authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["authjs.session-token.0", "authjs.session-token.1"])).toBe(true);
  });

  it("ignores the CSRF and callback cookies and look-alikes", () => {
    expect(hasSessionCookie([])).toBe(false);
    expect(hasSessionCookie(["authjs.csrf-token", "authjs.callback-url", "x-authjs.session-token", "authjs.session-token-old"])).toBe(false);
  });
});
