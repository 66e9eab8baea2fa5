import { expect, test } from "@playwright/test";
import { makeUscc } from "../fixtures/factory";
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

test.describe("sign-in throttling", () => {
  test("after 10 wrong passwords the right one is refused for a while, and the page says until when", async ({ browser }) => {
    const page = await (await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "zh-CN" })).newPage();
    await page.goto("/register");
    const email = `lock.${Date.now()}@throttle-e2e.test`;
    await page.getByLabel("企业名称").fill("义乌锁定测试有限公司");
    await page.getByLabel("统一社会信用代码").fill(makeUscc());
    await page.getByLabel("所在镇街").selectOption({ label: "赤岸镇" });
    await page.getByLabel("企业地址").fill("义乌市赤岸镇工业路9号");
    await page.getByLabel("联系人", { exact: true }).fill("陈静");
    await page.getByLabel("联系人手机号").fill("13800005678");
    await page.getByLabel("您的姓名").fill("陈静");
    await page.getByLabel("邮箱（登录用）").fill(email);
    await page.getByLabel("密码").fill("锁定测试公司今天复工了");
    await page.getByRole("button", { name: "提交注册" }).click();
    await expect(page).toHaveURL(/\/login\?registered=1/);

    for (let i = 0; i < 10; i++) {
      await page.getByLabel("邮箱").fill(email);
      await page.getByLabel("密码").fill(`wrong password ${i}`);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page.getByText(/邮箱或密码不正确|登录已暂停至/)).toBeVisible();
    }
    await page.getByLabel("邮箱").fill(email);
    await page.getByLabel("密码").fill("锁定测试公司今天复工了");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByText(/登录已暂停至 .+/)).toBeVisible();
    await expect(page).toHaveURL(/\/login/);

    // The admin sees the lock and lifts it; then the right password works.
    const admin = await (await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "zh-CN" })).newPage();
    await signIn(admin, ACCOUNTS.admin);
    await admin.goto("/admin/sign-in-locks");
    await expect(admin.getByText(`账号 ${email}`)).toBeVisible();
    await admin.getByRole("button", { name: `解除 ${email} 的锁定` }).click();
    await expect(admin.getByText(`账号 ${email}`)).toHaveCount(0);
    await page.getByLabel("邮箱").fill(email);
    await page.getByLabel("密码").fill("锁定测试公司今天复工了");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/requests$/);
  });
});
