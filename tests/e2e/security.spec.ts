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
      const target = new URL(location, page.url());
      expect(target.host, `${v} → ${location}`).toBe(new URL(page.url()).host);
      expect(location, v).not.toMatch(/^\/\//);
    }
  });
});

test.describe("hostile characters", () => {
  test("a NUL byte in an address or a search is a page that does not exist, never a server error", async ({ browser }) => {
    const officer = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
    await signIn(officer, ACCOUNTS.officerChian);
    for (const url of ["/queue?q=%00", "/queue?q=a%00b", "/cases/YW-2026-000001%00", "/files/x%00", "/requests/YW-2026-000001%00"]) {
      const res = await officer.request.get(url, { maxRedirects: 0 });
      expect([400, 404], url).toContain(res.status());
    }
    const admin = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
    await signIn(admin, ACCOUNTS.admin);
    for (const url of ["/admin/users?q=%00", "/admin/enterprises?q=%00", "/admin/outbox?q=%00"]) {
      const res = await admin.request.get(url, { maxRedirects: 0 });
      expect([400, 404], url).toContain(res.status());
    }
  });
});
