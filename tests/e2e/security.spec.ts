import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

// The audit's reproductions, asked the way an attacker would: raw HTTP, no browser clean-up.
test.describe("open redirect", () => {
  test("signed in, /login never sends anyone off the site", async ({ page }) => {
    await signIn(page, ACCOUNTS.officerChian);
    const vectors = ["%2F..%2F%2Fevil.test%2Fx", "/.//evil.test", "/x/..//evil.test/path", "/%2e//evil.test", "//evil.test", "/\\evil.test", "https://evil.test/"];
    for (const v of vectors) {
      const res = await page.request.get(`/login?callbackUrl=${v.startsWith("%") ? v : encodeURIComponent(v)}`, { maxRedirects: 0 });
      expect(res.status(), v).toBe(307);
      const location = res.headers()["location"];
      const target = new URL(location, "http://127.0.0.1");
      expect(target.host, `${v} → ${location}`).toBe(new URL(page.url()).host);
      expect(location, v).not.toMatch(/^\/\//);
    }
  });
});
