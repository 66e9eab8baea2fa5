import { expect, test, type Browser, type Page } from "@playwright/test";
import { newCompany } from "./data";
import { ACCOUNTS, expectAccessibleOnPhone, personPage, signIn, reuseSignIn, type Person } from "./helpers";

const CHIAN_TEAM = "赤岸镇助企服务团";
const NEW_PASSWORD = "trucks keep rolling in chi'an";

/** As admin, opens an officer account in a unit and returns the password link shown once. */
async function openOfficerAccount(page: Page, name: string) {
  const email = `e2e.${Date.now()}.${Math.floor(Math.random() * 1000)}@demo.yiwu.gov`;
  await reuseSignIn(page, ACCOUNTS.admin);
  await page.goto("/admin/users/new");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("姓名").fill(name);
  await page.getByLabel("角色").selectOption({ label: "民警/工作人员" });
  await page.getByLabel("单位").selectOption({ label: CHIAN_TEAM });
  await page.getByRole("button", { name: "开通", exact: true }).click();
  await expect(page.getByText("账号已开通。")).toBeVisible();
  const link = await page.getByLabel("链接").inputValue();
  expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{40,}$/);
  return { email, link };
}

/**
 * The new person opens the link in their own browser (never the admin's: a prefetch still in flight there
 * can set the admin's session cookie again), chooses a password and signs in with it.
 */
async function setPasswordThroughLink(browser: Browser, link: string, email: string): Promise<Page> {
  const page = await personPage(browser, null);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "设置密码" })).toBeVisible();
  await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("再次输入新密码").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "设置密码" }).click();
  await expect(page.getByText("密码已设置，现在可以登录了。")).toBeVisible();
  await signIn(page, email, NEW_PASSWORD);
  return page;
}

/** Enterprise staff file a supply-chain handoff through the real form; returns its reference. */
async function fileSupplyChainRequest(browser: Browser, staff: Person): Promise<string> {
  const page = await personPage(browser, staff);
  await page.goto("/requests/new/supply-chain-handoff");
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  const fields: [string, string][] = [
    ["物资名称", "五金原材料（冷轧钢卷）"],
    ["数量", "12"],
    ["数量单位", "吨"],
    ["始发省份", "江苏"],
    ["始发城市", "无锡"],
    ["供货单位", "无锡测试钢材有限公司"],
    ["供货方联系电话", "13912345678"],
    ["承运车辆车牌", "苏B12345"],
    ["驾驶员手机号", "13812345678"],
    ["接驳地点", "义乌高速口"],
    ["预计到达（最早）", `${day(2)}T09:00`],
    ["预计到达（最晚）", `${day(2)}T13:00`],
    ["本地接驳车辆车牌", "浙G54321"],
    ["送达地址", "义乌市赤岸镇乔亭村工业区8号"],
  ];
  for (const [label, value] of fields) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: "提交需求" }).click();
  await expect(page).toHaveURL(/\/requests\/YW-\d{4}-\d{6}/);
  return /YW-\d{4}-\d{6}/.exec(page.url())![0];
}

test.describe("the city runs the system", () => {
  test("an admin opens an officer account; the officer sets a password through the link and signs in to their unit's queue", async ({ page, browser }) => {
    const { email, link } = await openOfficerAccount(page, "测试新民警");
    // The same link is also waiting in the outbox as an email.
    await page.goto(`/admin/outbox?q=${encodeURIComponent(email)}`);
    // Found by its subject: a new officer of 赤岸 also gets the unit's "new request" mails while other tests file there.
    const invitation = page.getByRole("listitem").filter({ hasText: email }).filter({ hasText: "设置您在复工助企服务台的密码" });
    await expect(invitation).toHaveCount(1);
    await expect(invitation.getByText("电子邮件", { exact: true })).toBeVisible();

    const officer = await setPasswordThroughLink(browser, link, email);
    await expect(officer).toHaveURL(/\/queue/);
    await expect(officer.getByRole("link", { name: new RegExp(`测试新民警.*${CHIAN_TEAM}`) })).toBeVisible();

    // The link worked once.
    const again = await personPage(browser, null);
    await again.goto(link);
    await expect(again.getByText(/这个链接已失效/)).toBeVisible();
  });

  test("an admin assigns a liaison officer and the enterprise's next supply-chain request goes to them", async ({ page, browser }) => {
    // A 赤岸 company of the test's own, without a liaison officer yet.
    const company = await newCompany({ township: "CHIAN" });
    const { email, link } = await openOfficerAccount(page, "测试联络民警");
    await page.goto(`/admin/enterprises?q=${encodeURIComponent(company.name)}`);
    await page.getByRole("link", { name: company.name }).click();
    await page.getByRole("combobox", { name: "联络民警" }).selectOption({ label: "测试联络民警（民警/工作人员）" });
    await page.getByRole("button", { name: "保存联络民警" }).click();
    await expect(page.getByText("联络民警已保存。")).toBeVisible();
    // Who changed it, and when, stays on the enterprise.
    await expect(page.getByRole("listitem").filter({ hasText: "联络民警改为：测试联络民警" })).toContainText("陈卫国");

    const reference = await fileSupplyChainRequest(browser, company);

    const officer = await setPasswordThroughLink(browser, link, email);
    await officer.goto("/queue?tab=mine");
    await expect(officer.getByRole("link", { name: reference })).toBeVisible();
  });

  test("a person keeps their language on the account", async ({ page, browser }) => {
    const { email, link } = await openOfficerAccount(page, "测试语言");
    const officer = await setPasswordThroughLink(browser, link, email);
    await officer.goto("/account");
    await officer.getByRole("combobox", { name: "界面语言" }).selectOption({ label: "English" });
    await officer.getByRole("button", { name: "保存个人信息" }).click();
    await expect(officer.getByRole("heading", { name: "My account" })).toBeVisible();
    // A new browser (no language cookie) signs in and gets the account's language.
    const elsewhere = await personPage(browser, null);
    await elsewhere.goto("/login");
    await elsewhere.getByLabel("邮箱").fill(email);
    await elsewhere.getByLabel("密码").fill(NEW_PASSWORD);
    await elsewhere.getByRole("button", { name: "登录" }).click();
    await expect(elsewhere).toHaveURL(/\/queue/);
    await elsewhere.goto("/account");
    await expect(elsewhere.getByRole("heading", { name: "My account" })).toBeVisible();
  });

  test("a refused form keeps what was typed and says why next to the field", async ({ page }) => {
    await reuseSignIn(page, ACCOUNTS.admin);
    await page.goto("/admin/users/new");
    await page.getByLabel("邮箱").fill(ACCOUNTS.officerChian);
    await page.getByLabel("姓名").fill("重复的人");
    await page.getByLabel("单位").selectOption({ label: CHIAN_TEAM });
    await page.getByRole("button", { name: "开通", exact: true }).click();
    await expect(page.getByText("该邮箱已有账号。")).toBeVisible();
    await expect(page.getByLabel("姓名")).toHaveValue("重复的人");
    await expect(page.getByLabel("邮箱")).toBeFocused();
  });

  test("the last lead of a unit cannot be disabled", async ({ page }) => {
    await reuseSignIn(page, ACCOUNTS.admin);
    await page.goto("/admin/users?q=lead.exit");
    await page.getByRole("link", { name: "金慧敏" }).click();
    await page.getByRole("button", { name: "停用账号" }).click();
    await expect(page.getByText(/这是该单位唯一在用的负责人/)).toBeVisible();
  });
});

test.describe("who reaches the admin area", () => {
  for (const path of ["/admin", "/admin/users", "/admin/units", "/admin/calendar", "/admin/outbox", "/admin/audit"]) {
    test(`a lead gets the 404 page on ${path}`, async ({ page }) => {
      await reuseSignIn(page, ACCOUNTS.leadChian);
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    });
  }

  test("an officer sees only their township's enterprises, read-only", async ({ page }) => {
    await reuseSignIn(page, ACCOUNTS.officerChian);
    await page.goto("/admin/enterprises");
    await expect(page.getByRole("link", { name: "浙江赤岸动力总成有限公司" })).toBeVisible();
    await expect(page.getByRole("link", { name: "义乌佛堂环球贸易有限公司" })).toHaveCount(0);
    await page.getByRole("link", { name: "浙江赤岸动力总成有限公司" }).click();
    await expect(page.getByRole("heading", { name: "浙江赤岸动力总成有限公司" })).toBeVisible();
    await expect(page.getByRole("button", { name: "保存联络民警" })).toHaveCount(0);
  });
});

test.describe("admin pages on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of [
    "/admin/users",
    "/admin/users/new",
    "/admin/units",
    "/admin/enterprises",
    "/admin/calendar?year=2026",
    "/admin/outbox",
    "/admin/audit",
    "/account",
  ]) {
    test(`${path} passes axe and fits 390 px`, async ({ page }) => {
      await reuseSignIn(page, ACCOUNTS.admin);
      await page.goto(path);
      await expectAccessibleOnPhone(page);
    });
  }
});
