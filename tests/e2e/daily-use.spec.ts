import { messageWithLink } from "@/lib/account/link-seal";
import { E2E_AUTH_SECRET } from "./secret";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { ACCOUNTS, expectAccessible, expectAccessibleOnPhone, personPage, signIn } from "./helpers";

// Issue 14 as its people would meet it, day after day: officers searching the queue and working on a
// phone, enterprises shown their turn, forms that say everything at once, readable records and stats.
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };
const E2E_DB = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PGPORT ?? "25432"}/resumption_desk`;
const REF = /YW-\d{4}-\d{6}/;
const local = (hoursAhead: number) => new Date(Date.now() + 8 * 3_600_000 + hoursAhead * 3_600_000).toISOString().slice(0, 16);

async function onPhone(page: Page) {
  await page.setViewportSize(PHONE);
}

/** A supply-chain request filed through the form, with the supplier's landline. */
async function fileHandoff(browser: Browser, goods: string, supplierPhone: string): Promise<string> {
  const staff = await personPage(browser, ACCOUNTS.powertrain);
  await staff.goto("/requests/new/supply-chain-handoff");
  const fields: [string, string][] = [
    ["物资名称", goods],
    ["数量", "300"],
    ["数量单位", "箱"],
    ["始发省份", "江苏"],
    ["始发城市", "苏州"],
    ["供货单位", "苏州恒固紧固件有限公司"],
    ["供货方联系电话", supplierPhone],
    ["承运车辆车牌", "苏E54321"],
    ["驾驶员手机号", "13812345678"],
    ["接驳地点", "义乌高速口"],
    ["预计到达（最早）", local(30)],
    ["预计到达（最晚）", local(33)],
    ["本地接驳车辆车牌", "浙G54321"],
    ["送达地址", "赤岸镇工业区动力路8号"],
  ];
  for (const [label, value] of fields) await staff.getByLabel(label, { exact: true }).fill(value);
  await staff.getByRole("button", { name: "提交需求" }).click();
  await expect(staff).toHaveURL(/\/requests\/YW-\d{4}-\d{6}/);
  const reference = REF.exec(staff.url())![0];
  await staff.context().close();
  return reference;
}

/** A general need filed through the form; the powertrain maker's liaison (officer.chian) gets it. */
async function fileGeneral(page: Page, subject: string): Promise<string> {
  await page.goto("/requests/new/general");
  await page.getByLabel("需求标题").fill(subject);
  await page.getByLabel("具体说明").fill("希望服务团协调人社部门组织一次招聘会。");
  await page.getByRole("button", { name: "提交需求" }).click();
  await expect(page).toHaveURL(/\/requests\/YW-\d{4}-\d{6}/);
  return REF.exec(page.url())![0];
}

async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: E2E_DB });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

test.describe("the queue tells what a case is about", () => {
  test("an officer finds a new handoff by a word of its goods, sees its summary and labelled due time, and calls the supplier's landline", async ({
    browser,
  }) => {
    const reference = await fileHandoff(browser, "钛合金紧固件", "0512-6543 2100");
    const officer = await personPage(browser, ACCOUNTS.officerChian);
    await officer.setViewportSize(DESK);
    await officer.goto("/queue");
    // The search box is in plain sight, not inside the collapsed filters.
    const search = officer.getByRole("search", { name: "搜索办件" });
    await search.getByLabel("搜索").fill("紧固件");
    await search.getByRole("button", { name: "搜索" }).click();
    await expect(officer).toHaveURL(/q=%E7%B4%A7%E5%9B%BA%E4%BB%B6/);
    const row = officer
      .getByRole("list", { name: "办件" })
      .getByRole("listitem")
      .filter({ has: officer.getByRole("link", { name: reference }) });
    await expect(row).toContainText("钛合金紧固件 · 300 箱 · 苏州恒固紧固件有限公司 → 义乌高速口");
    await expect(row).toContainText("办结期限");
    await expect(officer.getByRole("list", { name: "办件" }).getByRole("listitem")).toHaveCount(1);
    await expectAccessible(officer);

    await onPhone(officer);
    await officer.reload();
    await expect(officer.getByRole("link", { name: reference })).toBeVisible();
    await expectAccessibleOnPhone(officer);

    // On the case page the actions come first on a phone, and phone numbers can be tapped.
    await officer.getByRole("link", { name: reference }).click();
    const actions = officer.getByRole("heading", { name: "办理操作" });
    await expect(actions).toBeVisible();
    expect((await actions.boundingBox())!.y).toBeLessThan(PHONE.height);
    expect((await actions.boundingBox())!.y).toBeLessThan((await officer.getByRole("heading", { name: "需求详情" }).boundingBox())!.y);
    await expect(officer.getByRole("link", { name: "0512-65432100" })).toHaveAttribute("href", "tel:051265432100");
    await expect(officer.getByRole("link", { name: "13812345678" })).toHaveAttribute("href", "tel:13812345678");
    await expectAccessibleOnPhone(officer);
  });

  test("on a 390 px phone the header folds into a menu, the tabs stay on one line and the first case is on the first screen", async ({ browser }) => {
    const officer = await personPage(browser, ACCOUNTS.officerChian);
    await onPhone(officer);
    await officer.goto("/queue");
    await expect(officer.getByRole("heading", { level: 1, name: "办件队列" })).toBeVisible();
    const first = officer.getByRole("list", { name: "办件" }).getByRole("listitem").first().getByRole("link").first();
    await expect(first).toBeInViewport();
    expect((await first.boundingBox())!.y + 24).toBeLessThan(PHONE.height);
    // The tabs are one strip that scrolls, not three wrapped lines.
    const tabs = officer.getByRole("navigation", { name: "队列视图" });
    expect((await tabs.boundingBox())!.height).toBeLessThan(60);
    // The header is one bar; its navigation opens from the menu button.
    expect((await officer.locator("header").first().boundingBox())!.height).toBeLessThan(70);
    const menu = officer.getByRole("button", { name: "菜单" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(officer.getByRole("navigation", { name: "主导航" })).toBeHidden();
    await expectAccessibleOnPhone(officer);
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(officer.getByRole("button", { name: "退出登录" })).toBeVisible();
    await expectAccessibleOnPhone(officer);

    // At a desk everything sits in the bar and no menu button shows.
    await officer.setViewportSize(DESK);
    await expect(menu).toBeHidden();
    await expect(officer.getByRole("button", { name: "退出登录" })).toBeVisible();
  });
});

test.describe("an enterprise sees its turn", () => {
  test("a question waiting on the enterprise is on top of its list, the list can be searched, and the clock says it waits for them", async ({ browser }) => {
    const staff = await personPage(browser, ACCOUNTS.powertrain);
    const subject = "数控车工招聘对接";
    const reference = await fileGeneral(staff, subject);

    const officer = await personPage(browser, ACCOUNTS.officerChian);
    await officer.goto(`/cases/${reference}`);
    await officer.getByRole("button", { name: "受理", exact: true }).click();
    await expect(officer.getByTestId("case-status")).toHaveText("已受理");
    await officer.getByLabel("向企业提出的问题").fill("请说明需要的人数和到岗时间。");
    await officer.getByRole("button", { name: "向企业提问" }).click();
    await expect(officer.getByTestId("case-status")).toHaveText("待补充");

    for (const size of [DESK, PHONE]) {
      await staff.setViewportSize(size);
      await staff.goto("/requests");
      const turn = staff.getByRole("region", { name: /需要您处理/ });
      const item = turn.getByRole("listitem").filter({ hasText: reference });
      await expect(item).toContainText("待您补充");
      await expect(item).toContainText("问题：请说明需要的人数和到岗时间。");
      await expect(item).toContainText(subject);
      if (size === PHONE) await expectAccessibleOnPhone(staff);
      else await expectAccessible(staff);
    }

    await staff.setViewportSize(DESK);
    await staff.getByRole("search").getByLabel("搜索").fill("车工");
    await staff.getByRole("button", { name: "筛选" }).click();
    await expect(staff).toHaveURL(/q=/);
    await expect(staff.getByRole("link", { name: reference, exact: true })).toBeVisible();
    await staff.getByRole("search").getByLabel("搜索").fill("不存在的词语");
    await staff.getByRole("button", { name: "筛选" }).click();
    await expect(staff.getByText("还没有符合条件的需求。")).toBeVisible();

    await staff.goto(`/requests/${reference}`);
    await expect(staff.getByText("计时已暂停，等待您补充")).toBeVisible();
    await expectAccessible(staff);
  });
});

test.describe("forms", () => {
  test("a visa form shows the passport's format error together with the missing fields", async ({ browser }) => {
    const staff = await personPage(browser, ACCOUNTS.tradeco);
    for (const size of [DESK, PHONE]) {
      await staff.setViewportSize(size);
      await staff.goto("/requests/new/visa-extension");
      await staff.getByLabel("护照号码").fill("??");
      await staff.getByRole("button", { name: "提交需求" }).click();
      await expect(staff.getByLabel("员工姓名")).toHaveAccessibleDescription(/请填写此项/);
      await expect(staff.getByLabel("护照号码")).toHaveAccessibleDescription(/护照号码格式不正确/);
      if (size === PHONE) await expectAccessibleOnPhone(staff);
      else await expectAccessible(staff);
    }
  });

  test("forgot password: the same answer for any address; a known one gets a link that works once", async ({ browser }) => {
    const email = "staff@socks.demo";
    const visitor = await personPage(browser, null);
    await visitor.goto("/login");
    await visitor.getByRole("link", { name: "忘记密码？" }).click();
    await expect(visitor.getByRole("heading", { level: 1, name: "找回密码" })).toBeVisible();
    await expectAccessible(visitor);
    const answer = "如果该邮箱已注册，重设密码的链接已发送，请查收邮件。";
    await visitor.getByLabel("邮箱").fill("nobody@nowhere.test");
    await visitor.getByRole("button", { name: "发送重设链接" }).click();
    await expect(visitor.getByText(answer)).toBeVisible();
    await visitor.getByLabel("邮箱").fill(email);
    await visitor.getByRole("button", { name: "发送重设链接" }).click();
    await expect(visitor.getByText(answer)).toBeVisible();
    await onPhone(visitor);
    await expectAccessibleOnPhone(visitor);

    const mails = await withDb(
      async (c) =>
        (await c.query(`SELECT "to", body, "sealedLink" FROM "Outbox" WHERE "to" = ANY($1) ORDER BY "createdAt"`, [[email, "nobody@nowhere.test"]])).rows,
    );
    expect(mails.map((m) => m.to)).toEqual([email]);
    // The stored body holds no working link (issue 12); the sender opens the sealed one with the server's secret.
    expect(mails[0].body).not.toMatch(/\/set-password\/[A-Za-z0-9_-]{20,}/);
    const link = /https?:\/\/\S+\/set-password\/[A-Za-z0-9_-]+/.exec(messageWithLink(mails[0].body, mails[0].sealedLink, E2E_AUTH_SECRET))![0];
    const path = new URL(link).pathname;
    // Only the digest of the token is stored.
    const stored = await withDb(
      async (c) => (await c.query(`SELECT count(*)::int AS n FROM "UserToken" WHERE "tokenHash" = $1`, [path.split("/").pop()])).rows[0].n,
    );
    expect(stored).toBe(0);

    const password = "socks keep the line moving";
    await visitor.goto(path);
    await visitor.getByLabel("新密码", { exact: true }).fill(password);
    await visitor.getByLabel("再次输入新密码").fill(password);
    await visitor.getByRole("button", { name: "设置密码" }).click();
    await expect(visitor.getByText("密码已设置，现在可以登录了。")).toBeVisible();
    const signedIn = await personPage(browser, null);
    await signIn(signedIn, email, password);
    await signedIn.goto(path);
    await expect(signedIn.getByText(/这个链接已失效/)).toBeVisible();
  });

  test("the language chosen on the sign-in page wins over the one saved on the account", async ({ browser }) => {
    const page = await personPage(browser, "staff@jewelry.demo");
    await page.goto("/account");
    await page.getByRole("combobox", { name: "界面语言" }).selectOption({ label: "English" });
    await page.getByRole("button", { name: "保存个人信息" }).click();
    await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();

    const elsewhere = await personPage(browser, null, "en-US");
    await elsewhere.goto("/login");
    await expect(elsewhere.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await elsewhere.getByRole("button", { name: "中文" }).click();
    await expect(elsewhere.getByRole("heading", { name: "登录" })).toBeVisible();
    await elsewhere.getByLabel("邮箱").fill("staff@jewelry.demo");
    await elsewhere.getByLabel("密码").fill("demo-pass");
    await elsewhere.getByRole("button", { name: "登录" }).click();
    await expect(elsewhere).toHaveURL(/\/requests/);
    await expect(elsewhere.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(elsewhere.getByRole("heading", { level: 1, name: "我的需求" })).toBeVisible();
  });
});

test.describe("readable records", () => {
  test("the audit log names the person and the action in the reader's language, not keys and ids", async ({ page }) => {
    const name = `审计可读${Date.now() % 10000}`;
    await signIn(page, ACCOUNTS.admin);
    await page.goto("/admin/users/new");
    await page.getByLabel("邮箱").fill(`e2e.audit.${Date.now()}@demo.yiwu.gov`);
    await page.getByLabel("姓名").fill(name);
    await page.getByLabel("角色").selectOption({ label: "民警/工作人员" });
    await page.getByLabel("单位").selectOption({ label: "赤岸镇助企服务团" });
    await page.getByRole("button", { name: "开通", exact: true }).click();
    await expect(page.getByText("账号已开通。")).toBeVisible();

    await page.goto("/admin/audit");
    const entry = page
      .getByRole("listitem")
      .filter({ hasText: `人员：${name}` })
      .first();
    await expect(entry).toContainText("开通账号");
    const text = await page.locator("main").innerText();
    expect(text).not.toMatch(/\b(user|enterprise|unit|township|calendar|outbox|case)\.[a-zA-Z]+\b/);
    expect(text).not.toMatch(/\b(User|Unit|Township|Enterprise|Request|Outbox) c[a-z0-9]{20,}/);
    await expectAccessible(page);
    await onPhone(page);
    await expectAccessibleOnPhone(page);
  });

  test("stats: the definitions card says what it holds while collapsed, the weekly chart fills its card, every CSV link sits in one list", async ({ page }) => {
    await signIn(page, ACCOUNTS.leadChian);
    await page.setViewportSize(DESK);
    await page.goto("/stats");
    const definitions = page.getByRole("region", { name: "指标口径" });
    await expect(definitions.getByText(/每个数字都按同一口径计算/)).toBeVisible();
    const figure = page.getByRole("figure", { name: "每周趋势：收到与解决" });
    const chart = figure.locator("svg:visible");
    const [figBox, chartBox] = [await figure.boundingBox(), await chart.boundingBox()];
    expect(chartBox!.width / figBox!.width).toBeGreaterThan(0.9);
    const csvLinks = page.getByRole("link", { name: /^下载CSV：/ });
    const inList = page.getByRole("region", { name: /下载数据/ }).getByRole("link", { name: /^下载CSV：/ });
    expect(await inList.count()).toBeGreaterThan(3);
    expect(await csvLinks.count()).toBe(await inList.count());
    await expectAccessible(page);
    await onPhone(page);
    await page.reload();
    await expectAccessibleOnPhone(page);
  });
});
