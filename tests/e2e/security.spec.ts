import { expect, test } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, hiddenFields, signIn } from "./helpers";

// The audit's reproductions, asked the way an attacker would: raw HTTP, no browser clean-up.
test.describe("open redirect", () => {
  test("signed in, /login never sends anyone off the site", async ({ page }) => {
    await signIn(page, ACCOUNTS.officerChian);
    const vectors = [
      "%2F..%2F%2Fevil.test%2Fx",
      "/.//evil.test",
      "/x/..//evil.test/path",
      "/%2e//evil.test",
      "//evil.test",
      "/\\evil.test",
      "https://evil.test/",
    ];
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

test.describe("headers and sessions", () => {
  test("every page carries a CSP with a fresh nonce that Next's own scripts use, Permissions-Policy, and no HSTS over http", async ({ page }) => {
    const first = await page.goto("/login");
    const csp = first!.headers()["content-security-policy"];
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(first!.headers()["permissions-policy"]).toContain("camera=()");
    expect(first!.headers()["strict-transport-security"]).toBeUndefined();
    // Next marked its inline scripts with this response's nonce, so the page works under the policy.
    expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
    await expect(page.getByLabel("邮箱")).toBeEditable();
    const second = await page.request.get("/login");
    expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
    // Behind a proxy that terminates https, browsers are told to stay on https.
    const https = await page.request.get("/login", { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  });

  test("/api/auth/session honours signing out, like the pages", async ({ page }) => {
    await signIn(page, ACCOUNTS.officerFotang);
    const copy = (await page.context().cookies()).filter((c) => c.name.includes("session-token"));
    expect((await (await page.request.get("/api/auth/session")).json())?.user?.email).toBe(ACCOUNTS.officerFotang);
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.context().addCookies(copy);
    expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
  });

  test("Auth.js never builds its URLs from the Host the caller sends or the bind address", async ({ request, baseURL }) => {
    const res = await request.get("/api/auth/providers", { headers: { host: "evil.test", "x-forwarded-host": "evil.test", "x-forwarded-proto": "gopher" } });
    const body = JSON.stringify(await res.json());
    expect(body).not.toContain("evil.test");
    expect(body).not.toContain("gopher");
    expect(body).not.toContain("0.0.0.0");
    expect(body).toContain(`:${new URL(baseURL!).port}/api/auth/callback/credentials`);
  });

  test("signing in and out through the forms never takes a URL or a cookie name from the Host the caller sends", async ({ browser, baseURL }) => {
    // As a caller (or a proxy passing them through) would send them; a browser cannot.
    const forged = { host: "evil.test", "x-forwarded-host": "evil.test", "x-forwarded-proto": "https", referer: "https://evil.test/x" };
    const site = new URL(baseURL!).origin;
    const page = await (await browser.newContext({ baseURL })).newPage();
    const headerText = (res: { headersArray(): { name: string; value: string }[] }) =>
      res
        .headersArray()
        .map((h) => `${h.name}: ${h.value}`)
        .join("\n");

    // The sign-in form, posted as a browser without scripts posts it.
    await page.goto("/login");
    const signInForm = await hiddenFields(page, 'form:has(input[name="password"])');
    const signedIn = await page.request.post("/login", {
      headers: forged,
      multipart: { ...signInForm, email: ACCOUNTS.leadExit, password: DEMO_PASSWORD, callbackUrl: "" },
      maxRedirects: 0,
    });
    expect(signedIn.status()).toBe(303);
    expect(headerText(signedIn)).not.toContain("evil.test");
    // The site is served over http (APP_URL): the cookie is the one Auth.js' own endpoints read, not a __Secure- one.
    expect(headerText(signedIn)).not.toContain("__Secure-");
    expect((await (await page.request.get("/api/auth/session")).json())?.user?.email).toBe(ACCOUNTS.leadExit);

    // The header's sign-out button, posted the same way: back to the site's own sign-in page.
    await page.goto("/queue");
    const signOutForm = await hiddenFields(page, `form:has(button:text-is("退出登录"))`);
    const signedOut = await page.request.post("/queue", { headers: forged, multipart: signOutForm, maxRedirects: 0 });
    expect(signedOut.status()).toBe(303);
    expect(headerText(signedOut)).not.toContain("evil.test");
    expect(new URL(signedOut.headers()["location"], site).href).toBe(`${site}/login`);
  });

  test("a server action posted from another site is refused with a 4xx, not a 500", async ({ request }) => {
    const res = await request.post("/login", {
      headers: { "next-action": "0123456789abcdef0123456789abcdef01234567", origin: "https://evil.test", "content-type": "text/plain;charset=UTF-8" },
      data: "[]",
      maxRedirects: 0,
    });
    expect(res.status()).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
  });

  test("a form posted to a server action from another site (no scripts, so no Next-Action header) is refused with a 4xx, not a 500", async ({ page }) => {
    await page.goto("/login");
    const form = await hiddenFields(page, 'form:has(input[name="password"])');
    const res = await page.request.post("/login", {
      headers: { origin: "https://evil.test" },
      multipart: { ...form, email: ACCOUNTS.officerExit, password: DEMO_PASSWORD, callbackUrl: "" },
      maxRedirects: 0,
    });
    expect(res.status()).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
    expect(res.headers()["set-cookie"] ?? "").not.toContain("session-token");
  });
});
