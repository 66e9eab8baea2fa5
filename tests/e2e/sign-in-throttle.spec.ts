import { expect, test } from "@playwright/test";
import { makeUscc } from "../fixtures/factory";
import { ACCOUNTS, hiddenFields, signIn } from "./helpers";

// Every browser of the e2e run signs in from 127.0.0.1, so these tests, which drive that address's failure
// count up to a hold, run alone after the parallel specs (playwright.config.ts): beside them, any other
// test's sign-in would be held back with the address.
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

    // Each attempt waits for its answer, so every one reaches the server.
    const attempt = async (password: string) => {
      await page.getByLabel("邮箱").fill(email);
      await page.getByLabel("密码").fill(password);
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
        page.getByRole("button", { name: "登录" }).click(),
      ]);
      await expect(page.getByRole("button", { name: "登录" })).toBeEnabled();
    };
    for (let i = 0; i < 10; i++) await attempt(`wrong password ${i}`);
    await attempt("锁定测试公司今天复工了");
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

test.describe("per-address limit", () => {
  test("a caller who makes up a new X-Forwarded-For for every try is still one address, held back and shown to the admin", async ({ browser, baseURL }) => {
    const admin = await (await browser.newContext({ baseURL, locale: "zh-CN" })).newPage();
    await signIn(admin, ACCOUNTS.admin);

    const page = await (await browser.newContext({ baseURL, locale: "zh-CN" })).newPage();
    await page.goto("/login");
    const form = await hiddenFields(page, 'form:has(input[name="password"])');
    const hop = () => Array.from({ length: 4 }, () => Math.floor(Math.random() * 254) + 1).join(".");
    let answer = "";
    // Password spraying: another account and another made-up address every time, past the address's free tries.
    for (let i = 0; i < 25; i++) {
      const res = await page.request.post("/login", {
        headers: { "x-forwarded-for": `${hop()}, ${hop()}`, "x-real-ip": hop() },
        multipart: { ...form, email: `spray.${i}.${Date.now()}@throttle-e2e.test`, password: "Winter2026!", callbackUrl: "" },
      });
      answer = await res.text();
    }
    // What the form says (the whole page also carries the message catalog, with the sentence unfilled).
    expect(/<div id="login-error">(.*?)<\/div><\/div>/.exec(answer)?.[1]).toMatch(/登录已暂停至 \d{4}/);

    // The admin sees this one address (the socket's: nothing in front of the e2e server) and lets it in again.
    await admin.goto("/admin/sign-in-locks");
    const lock = admin.getByText(/^网络地址 (::ffff:)?127\.0\.0\.1$/);
    await expect(lock).toHaveCount(1);
    const subject = (await lock.textContent())!.replace("网络地址 ", "");
    await admin.getByRole("button", { name: `解除 ${subject} 的锁定` }).click();
    await expect(lock).toHaveCount(0);
  });
});
