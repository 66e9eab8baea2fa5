import { expect, test, type Browser, type Page } from "@playwright/test";
import { fileRequest, newCompany } from "./data";
import { ACCOUNTS, expectPageShown, fileVisaExtension, personPage } from "./helpers";

const as = (browser: Browser, email: string) => personPage(browser, email);

const REF = /^YW-\d{4}-\d{6}$/;
// A 1×1 PNG: the health-code screenshot the enterprise sends.
const PNG = {
  name: "健康码.png",
  mimeType: "image/png",
  buffer: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"),
};

/** References listed on the current queue page. */
async function references(page: Page): Promise<string[]> {
  // The queue streams in behind its skeleton: read the list once the page itself is there.
  await expectPageShown(page);
  const links = page.getByRole("list", { name: "办件" }).getByRole("link", { name: REF });
  return (await links.allTextContents()).map((s) => s.trim());
}

/** The first case of a queue view, opened. */
async function openFirst(page: Page, query: string): Promise<string> {
  await page.goto(`/queue?${query}`);
  const first = page.getByRole("list", { name: "办件" }).getByRole("link", { name: REF }).first();
  const reference = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: reference })).toBeVisible();
  return reference;
}

test.describe("who sees which cases", () => {
  test("each officer's queue holds their own unit's references", async ({ browser }) => {
    const chianPage = await as(browser, ACCOUNTS.officerChian);
    await chianPage.goto("/queue?status=SUBMITTED");
    await expect(chianPage.getByRole("heading", { name: "办件队列" })).toBeVisible();
    await chianPage.goto("/queue?tab=all&township=CHIAN");
    const chian = await references(chianPage);
    expect(chian.length).toBeGreaterThan(0);

    const exitPage = await as(browser, ACCOUNTS.officerExit);
    await exitPage.goto("/queue?tab=all&type=VISA_EXTENSION");
    const exit = await references(exitPage);
    expect(exit.length).toBeGreaterThan(0);
    expect(exit).not.toContain(chian[0]);
    await chianPage.goto("/queue?tab=all");
    expect(await references(chianPage)).not.toContain(exit[0]);
  });

  test("a 赤岸-only case is a 404 for another township's officer and for enterprise staff; admin sees every unit", async ({ browser }) => {
    const officer = await as(browser, ACCOUNTS.officerChian);
    const onlyChian = await openFirst(officer, "tab=all&township=CHIAN&type=GENERAL");
    for (const who of [ACCOUNTS.officerFotang, ACCOUNTS.tradeco]) {
      const page = await as(browser, who);
      const res = await page.goto(`/cases/${onlyChian}`);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
      // The case page streams behind a skeleton (loading.tsx); the answer is still decided before it: its print view too.
      expect((await page.request.get(`/cases/${onlyChian}/print`, { maxRedirects: 0 })).status()).toBe(404);
    }
    // Signed out: sent to sign in, and back to the case afterwards.
    const visitor = await personPage(browser, null);
    const away = await visitor.request.get(`/cases/${onlyChian}`, { maxRedirects: 0 });
    expect(away.status()).toBe(307);
    const to = new URL(away.headers()["location"]!, test.info().project.use.baseURL);
    expect(to.pathname).toBe("/login");
    expect(to.searchParams.get("callbackUrl")).toBe(`/cases/${onlyChian}`);
    // A cookie the page itself refuses (it opens to no session) passes the proxy: the layout redirects, still
    // as an HTTP redirect rather than a page that has begun to stream.
    await visitor.context().addCookies([{ name: "authjs.session-token", value: "not-a-session", url: test.info().project.use.baseURL! }]);
    const refused = await visitor.request.get(`/cases/${onlyChian}`, { maxRedirects: 0 });
    expect(refused.status()).toBe(307);
    expect(new URL(refused.headers()["location"]!, test.info().project.use.baseURL).pathname).toBe("/login");

    const admin = await as(browser, ACCOUNTS.admin);
    await admin.goto("/queue?tab=all&type=VISA_EXTENSION");
    expect((await references(admin)).length).toBeGreaterThan(0);
    await admin.goto("/queue?tab=all&township=CHIAN&type=GENERAL");
    expect(await references(admin)).toContain(onlyChian);
    await admin.goto("/queue?tab=all&unit=EXIT_ENTRY");
    expect(await references(admin)).not.toContain(onlyChian);
  });
});

test.describe("passport and ID numbers", () => {
  test("a lead and the admin not working the case see them masked until they give a reason, which goes on the timeline and into the audit log; the enterprise sees them in full", async ({
    browser,
  }) => {
    // A fresh visa extension from the trading company: unassigned at Exit-Entry.
    const staff = await as(browser, ACCOUNTS.tradeco);
    await fileVisaExtension(staff, {
      name: "Amina Diallo",
      nationality: "法国",
      passport: "19AB24680",
      validDays: 20,
      reason: "外籍采购经理继续受聘，居留许可即将到期。",
    });
    await expect(staff).toHaveURL(/\/requests\/YW-\d{4}-\d{6}/);
    const reference = /YW-\d{4}-\d{6}/.exec(staff.url())![0];

    const lead = await as(browser, ACCOUNTS.leadExit);
    await lead.goto(`/cases/${reference}`);
    const passport = (page: Page) => page.locator("dt", { hasText: /^护照号码$/ }).locator("xpath=following-sibling::dd[1]");
    await expect(passport(lead)).toHaveText("19AB2****（已遮蔽）");

    await lead.getByLabel("查看护照/身份证号码的理由").fill("电话核实护照号");
    await lead.getByRole("button", { name: "显示完整号码" }).click();
    await expect(lead.getByText("完整号码显示 30 分钟")).toBeVisible();
    await expect(passport(lead)).toHaveText("19AB24680");
    await expect(lead.getByRole("listitem").filter({ hasText: "查看了完整护照/身份证号码" })).toContainText("电话核实护照号");

    // The admin too (DOMAIN: only the enterprise and the officer working the case see a number unasked).
    const admin = await as(browser, ACCOUNTS.admin);
    await admin.goto(`/cases/${reference}`);
    await expect(passport(admin)).toHaveText("19AB2****（已遮蔽）");
    await expect(admin.getByText("19AB24680")).toHaveCount(0);
    await admin.getByLabel("查看护照/身份证号码的理由").fill("市级抽查签证材料");
    await admin.getByRole("button", { name: "显示完整号码" }).click();
    await expect(passport(admin)).toHaveText("19AB24680");
    await expect(admin.getByRole("listitem").filter({ hasText: "查看了完整护照/身份证号码" }).filter({ hasText: "市级抽查签证材料" })).toHaveCount(1);

    // Both reveals are in the audit log, each with its case and its reason.
    await admin.goto("/admin/audit?entity=Request");
    const reveals = admin.getByRole("listitem").filter({ hasText: "查看了完整护照/身份证号码" });
    await expect(reveals).toHaveCount(2);
    for (const [i, reason] of ["市级抽查签证材料", "电话核实护照号"].entries()) {
      await reveals.nth(i).getByText("查看变更").click();
      await expect(reveals.nth(i).getByText(reason)).toBeVisible();
      // The entry names the case by its reference (and its details repeat it).
      await expect(reveals.nth(i).getByText(reference).first()).toBeVisible();
    }

    await staff.reload();
    await expect(staff.locator("dt", { hasText: /^护照号码$/ }).locator("xpath=following-sibling::dd[1]")).toHaveText("19AB24680");
  });
});

test.describe("working a case", () => {
  test("a new supply-chain case: the officer claims it and asks, the enterprise answers, the officer resolves, the enterprise confirms", async ({
    browser,
  }) => {
    // Filed by the powertrain maker, whose liaison is officer.chian: the case is routed to him.
    const staff = await as(browser, ACCOUNTS.powertrain);
    await staff.goto("/requests/new/supply-chain-handoff");
    const local = (hoursAhead: number) => new Date(Date.now() + 8 * 3_600_000 + hoursAhead * 3_600_000).toISOString().slice(0, 16);
    const fields: [string, string][] = [
      ["物资名称", "铝合金壳体毛坯"],
      ["数量", "20"],
      ["数量单位", "吨"],
      ["始发省份", "江苏"],
      ["始发城市", "苏州"],
      ["供货单位", "苏州精工铸造有限公司"],
      ["供货方联系电话", "13912345678"],
      ["承运车辆车牌", "苏E12345"],
      ["驾驶员手机号", "13812345678"],
      ["接驳地点", "义乌高速口"],
      ["预计到达（最早）", local(30)],
      ["预计到达（最晚）", local(33)],
      ["本地接驳车辆车牌", "浙G12345"],
      ["送达地址", "赤岸镇工业区动力路8号"],
    ];
    for (const [label, value] of fields) await staff.getByLabel(label, { exact: true }).fill(value);
    await staff.getByLabel("需要消杀").check();
    await staff.locator('input[type="file"]').setInputFiles({ ...PNG, name: "司机健康码.png" });
    await staff.getByRole("button", { name: "提交需求" }).click();
    await expect(staff).toHaveURL(/\/requests\/YW-\d{4}-\d{6}/);
    const reference = staff.url().match(/YW-\d{4}-\d{6}/)![0];

    const officer = await as(browser, ACCOUNTS.officerChian);
    await officer.goto("/queue?tab=mine&type=SUPPLY_CHAIN_HANDOFF");
    await officer.getByRole("link", { name: reference }).click();
    await officer.getByRole("button", { name: "受理", exact: true }).click();
    await expect(officer.getByTestId("case-status")).toHaveText("已受理");
    await officer.getByLabel("向企业提出的问题").fill("请提供驾驶员的健康码截图。");
    await officer.getByRole("button", { name: "向企业提问" }).click();
    await expect(officer.getByTestId("case-status")).toHaveText("待补充");

    await staff.goto("/notifications");
    await expect(staff.getByText(`服务团就 ${reference} 提出了问题，请答复`)).toBeVisible();
    await staff.goto(`/requests/${reference}`);
    await expect(staff.getByText("请提供驾驶员的健康码截图。").first()).toBeVisible();
    await staff.getByLabel("您的答复").fill("已上传，驾驶员健康码为绿码。");
    await staff.getByRole("form", { name: "答复问题" }).locator('input[type="file"]').setInputFiles(PNG);
    await staff.getByRole("button", { name: "提交答复" }).click();
    await expect(staff.getByText("已提交答复，服务团将继续办理。")).toBeVisible();

    await officer.reload();
    await expect(officer.getByTestId("case-status")).toHaveText("办理中");
    await expect(officer.getByText("已上传，驾驶员健康码为绿码。").first()).toBeVisible();

    // The officer sends a document with a public reply; a script dressed up as a PNG is refused next to the field.
    const reply = officer.getByRole("form", { name: "发布" });
    await reply.getByLabel("内容").fill("消杀证明见附件，请交给驾驶员随车携带。");
    await reply.getByRole("radio", { name: "公开回复（企业可见）" }).check();
    await reply.getByLabel("附件（选填）").setInputFiles({ name: "消杀.png", mimeType: "image/png", buffer: Buffer.from("#!/bin/sh\necho hi\n") });
    await reply.getByRole("button", { name: "发布" }).click();
    await expect(reply.getByText("「消杀.png」不是 PDF、JPG 或 PNG 文件。")).toBeVisible();
    await expect(reply.getByLabel("附件（选填）")).toBeFocused();
    await reply.getByLabel("内容").fill("消杀证明见附件，请交给驾驶员随车携带。");
    await reply.getByRole("radio", { name: "公开回复（企业可见）" }).check();
    await reply
      .getByLabel("附件（选填）")
      .setInputFiles({ name: "消杀证明.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
    await reply.getByRole("button", { name: "发布" }).click();
    await expect(officer.getByText("已发布。")).toBeVisible();
    await staff.goto(`/requests/${reference}`);
    await expect(staff.getByRole("link", { name: "消杀证明.pdf" }).first()).toBeVisible();
    await expect(staff.getByText("消杀证明见附件，请交给驾驶员随车携带。").first()).toBeVisible();
    await officer.getByLabel("解决说明").fill("已在义乌高速口完成消杀和接驳，货物送达。");
    await officer.getByRole("button", { name: "标记已解决" }).click();
    await expect(officer.getByTestId("case-status")).toHaveText("已解决");

    await staff.goto(`/requests/${reference}`);
    await staff.getByRole("radio", { name: /5 分/ }).check();
    await staff.getByRole("button", { name: "确认办结" }).click();
    await expect(staff.getByText("感谢您的评价，需求已办结。")).toBeVisible();

    await officer.reload();
    await expect(officer.getByTestId("case-status")).toHaveText("已办结");
    await expect(officer.getByText("评价 5 分（满分 5 分）")).toBeVisible();
  });

  test("an officer claims a case and asks a question; a second, stale tab is told and shown the new state", async ({ browser }) => {
    // A fresh visa extension: unassigned at Exit-Entry, and no other test's to claim.
    const filed = await fileRequest(ACCOUNTS.tradeco, "VISA_EXTENSION");
    const page = await as(browser, ACCOUNTS.officerExit);
    const reference = await openFirst(page, `tab=unassigned&status=SUBMITTED&q=${filed}`);

    const stale = await page.context().newPage();
    await stale.goto(`/cases/${reference}`);

    await page.getByRole("button", { name: "受理", exact: true }).click();
    await expect(page.getByText("已受理此办件。")).toBeVisible();
    await expect(page.getByTestId("case-status")).toHaveText("已受理");

    await stale.getByRole("button", { name: "受理", exact: true }).click();
    await expect(stale.getByText(/他人已修改此办件/)).toBeVisible();
    await expect(stale.getByTestId("case-status")).toHaveText("已受理");
    await stale.close();

    await page.getByRole("button", { name: "开始办理" }).click();
    await expect(page.getByTestId("case-status")).toHaveText("办理中");
    // The question is required: the error shows next to the field and focus goes there.
    await page.getByRole("button", { name: "向企业提问" }).click();
    await expect(page.getByText("请填写此项。")).toBeVisible();
    await expect(page.getByLabel("向企业提出的问题")).toBeFocused();
    await page.getByLabel("向企业提出的问题").fill("请补充员工护照首页扫描件。");
    await page.getByRole("button", { name: "向企业提问" }).click();
    await expect(page.getByTestId("case-status")).toHaveText("待补充");
    await expect(page.getByText("请补充员工护照首页扫描件。").first()).toBeVisible();
    await expect(page.getByText("计时暂停").first()).toBeVisible();
  });

  test("a lead bulk-assigns unassigned cases to an officer", async ({ browser }) => {
    // Fresh visa extensions of a company of the test's own, found in the queue by its name; a third one
    // stays unassigned, so the view (and the bulk form with its result) is still there after assigning two.
    const company = await newCompany();
    for (let i = 0; i < 3; i++) await fileRequest(company.email, "VISA_EXTENSION");
    const page = await as(browser, ACCOUNTS.leadExit);
    await page.goto(`/queue?tab=unassigned&q=${encodeURIComponent(company.name)}`);
    const refs = (await references(page)).slice(0, 2);
    expect(refs).toHaveLength(2);
    for (const ref of refs) await page.getByRole("checkbox", { name: `选择 ${ref}` }).check();
    const officer = await page.getByLabel("分派给").locator("option").nth(1).textContent();
    await page.getByLabel("分派给").selectOption({ label: officer! });
    await page.getByRole("button", { name: "批量分派" }).click();
    await expect(page.getByText("已修改 2 件。")).toBeVisible();
    for (const ref of refs) {
      await page.goto(`/cases/${ref}`);
      await expect(page.getByText(`· ${officer}`)).toBeVisible();
    }
  });

  test("a co-handling unit's officer sees the case, writes a note and marks their part done", async ({ browser }) => {
    // A fresh general need of a 赤岸 company, so the co-handling unit is added to nobody else's case.
    const company = await newCompany({ township: "CHIAN" });
    await fileRequest(company.email, "GENERAL");
    const lead = await as(browser, ACCOUNTS.leadChian);
    const reference = await openFirst(lead, `tab=open&township=CHIAN&type=GENERAL&q=${encodeURIComponent(company.name)}`);
    const page = await as(browser, ACCOUNTS.officerFotang);
    expect((await page.goto(`/cases/${reference}`))?.status()).toBe(404);

    await lead.getByRole("form", { name: "添加协办单位" }).getByLabel("协办单位").selectOption({ label: "佛堂镇助企服务团" });
    await lead.getByRole("button", { name: "添加协办单位" }).click();
    await expect(lead.getByText("已添加协办单位。")).toBeVisible();

    // Found by its reference among the co-handling unit's own cases (page 1 is sorted by due time).
    await page.goto(`/queue?tab=all&q=${reference}`);
    await expect(page.getByRole("link", { name: reference })).toBeVisible();
    await page.getByRole("link", { name: reference }).click();
    await expect(page.getByText(/本单位为此件的协办单位/)).toBeVisible();
    // A co-handling unit helps; it does not move the case.
    await expect(page.getByRole("button", { name: /^(认领|受理|开始办理|标记已解决)$/ })).toHaveCount(0);
    await page.getByLabel("内容").fill("佛堂镇已联系收货仓库，可随时接收。");
    await page.getByRole("button", { name: "发布" }).click();
    await expect(page.getByText("佛堂镇已联系收货仓库，可随时接收。")).toBeVisible();
    await page.getByLabel("本单位所做工作（选填）").fill("仓库已备好卸货人员。");
    await page.getByRole("button", { name: "标记本单位协办完成" }).click();
    await expect(page.getByText("本单位协办部分已标记完成。")).toBeVisible();
    await expect(page.getByText(/已于 .* 完成/)).toBeVisible();
  });
});
