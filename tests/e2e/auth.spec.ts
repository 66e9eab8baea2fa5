import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn, reuseSignIn } from "./helpers";

const HOMES: [string, RegExp, string][] = [
  [ACCOUNTS.admin, /\/admin$/, "ADMIN"],
  [ACCOUNTS.leadChian, /\/queue/, "LEAD"],
  [ACCOUNTS.officerChian, /\/queue/, "OFFICER"],
  [ACCOUNTS.officerFotang, /\/queue/, "OFFICER"],
  [ACCOUNTS.leadExit, /\/queue/, "LEAD"],
  [ACCOUNTS.officerExit, /\/queue/, "OFFICER"],
  [ACCOUNTS.powertrain, /\/requests$/, "ENTERPRISE"],
  [ACCOUNTS.tradeco, /\/requests$/, "ENTERPRISE"],
];

test.describe("sign-in", () => {
  for (const [email, home, role] of HOMES) {
    test(`${email} lands on their home page`, async ({ page }) => {
      await signIn(page, email);
      await expect(page).toHaveURL(home);
      // The session says who this is: role, and the unit or enterprise they work for.
      const { user } = await (await page.request.get("/api/auth/session")).json();
      expect(user).toMatchObject({ email, role });
      if (role === "ENTERPRISE") expect(user.enterpriseId).toMatch(/\S/);
      if (role === "OFFICER" || role === "LEAD") expect(user.unitId).toMatch(/\S/);
      await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
      // The navigation marks where the person is.
      const current = page.getByRole("navigation", { name: "主导航" }).locator("[aria-current=page]");
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute("href", new URL(page.url()).pathname);
    });
  }

  test("a wrong password and an unknown email get the same message, and the email stays filled", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("邮箱").fill(ACCOUNTS.powertrain);
    await page.getByLabel("密码").fill("wrong-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByText("邮箱或密码不正确。")).toBeVisible();
    await expect(page.getByLabel("邮箱")).toHaveValue(ACCOUNTS.powertrain);

    await page.getByLabel("邮箱").fill("nobody@nowhere.test");
    await page.getByLabel("密码").fill("demo-pass");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByText("邮箱或密码不正确。")).toBeVisible();
    await expect(page.getByLabel("邮箱")).toHaveValue("nobody@nowhere.test");
  });

  test("signing out ends the session, even for a copy of its cookie", async ({ page }) => {
    await signIn(page, ACCOUNTS.officerChian);
    const copy = (await page.context().cookies()).filter((c) => c.name.includes("session-token"));
    expect(copy).toHaveLength(1);
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/queue");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fqueue/);

    // The cookie as it was before signing out (a request in flight at that moment can set it again).
    await page.context().addCookies(copy);
    await page.goto("/queue?tab=mine");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fqueue%3Ftab%3Dmine/);
    await expect(page.getByLabel("邮箱")).toBeVisible();
  });
});

test.describe("access by role", () => {
  test("anonymous people are sent to sign-in and come back after", async ({ page }) => {
    await page.goto("/queue?status=SUBMITTED");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await page.getByLabel("邮箱").fill(ACCOUNTS.officerChian);
    await page.getByLabel("密码").fill("demo-pass");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/queue\?status=SUBMITTED/);
  });

  test("a forged x-middleware-subrequest header gains nothing", async ({ request }) => {
    for (const header of ["middleware", "proxy", "src/middleware:middleware:middleware:middleware:middleware", "proxy:proxy:proxy:proxy:proxy"]) {
      const res = await request.get("/queue", { headers: { "x-middleware-subrequest": header }, maxRedirects: 0 });
      expect(res.status(), header).toBe(307);
      expect(res.headers()["location"]).toContain("/login");
      const admin = await request.get("/admin", { headers: { "x-middleware-subrequest": header }, maxRedirects: 0 });
      expect(admin.status()).toBe(307);
    }
  });

  const WRONG: [string, string][] = [
    [ACCOUNTS.powertrain, "/queue"],
    [ACCOUNTS.powertrain, "/stats"],
    [ACCOUNTS.powertrain, "/admin"],
    [ACCOUNTS.officerChian, "/stats"],
    [ACCOUNTS.officerChian, "/admin"],
    [ACCOUNTS.officerChian, "/requests/new"],
    [ACCOUNTS.leadChian, "/admin"],
    [ACCOUNTS.admin, "/requests/new"],
  ];
  for (const [email, path] of WRONG) {
    test(`${email} gets the 404 page on ${path}`, async ({ page }) => {
      await reuseSignIn(page, email);
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    });
  }
});

test.describe("language", () => {
  test("the switcher turns the page English and back, and the choice persists", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
  });

  test("the browser's language is used until a choice is made", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await context.close();
  });
});
