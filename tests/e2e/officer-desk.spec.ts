import { expect, test, type Browser, type Page } from "@playwright/test";
import { parseCsv } from "@/tests/fixtures/csv";
import { newCompany } from "./data";
import { ACCOUNTS, expectAccessible, expectAccessibleOnPhone, personPage } from "./helpers";

const as = (browser: Browser, email: string) => personPage(browser, email);
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 800 };
const SUXI_LEAD = "lead.suxi@demo.yiwu.gov";

/** A company's staff file an "other need"; it goes to their township's team (the powertrain maker's: 赤岸, to its liaison officer.chian). */
async function fileGeneral(staff: Page, subject: string): Promise<string> {
  await staff.goto("/requests/new/general");
  await staff.getByLabel("需求标题").fill(subject);
  await staff.getByLabel("具体说明").fill(`${subject}：请服务团协助协调，谢谢。`);
  await staff.getByRole("button", { name: "提交需求" }).click();
  await expect(staff).toHaveURL(/\/requests\/YW-\d{4}-\d{6}/);
  return staff.url().match(/YW-\d{4}-\d{6}/)![0];
}

/** Both widths, as the officer or enterprise would use the page: no axe violation, nothing wider than the phone. */
async function accessibleAtBothWidths(page: Page) {
  await page.setViewportSize(DESK);
  await expectAccessible(page);
  await page.setViewportSize(PHONE);
  await expectAccessibleOnPhone(page);
  await page.setViewportSize(DESK);
}

test.describe("officers are never stuck while the enterprise is waited on", () => {
  test("an officer records an answer given by phone; the enterprise sees it on its timeline and is told", async ({ browser }) => {
    // Two people, axe at two widths each: more than the default minute on a shared 2-core machine.
    test.slow();
    const staff = await as(browser, ACCOUNTS.powertrain);
    const reference = await fileGeneral(staff, "夜班用电增容咨询");

    const officer = await as(browser, ACCOUNTS.officerChian);
    await officer.goto(`/cases/${reference}`);
    await officer.getByRole("button", { name: "受理", exact: true }).click();
    await expect(officer.getByTestId("case-status")).toHaveText("已受理");
    await officer.getByLabel("向企业提出的问题").fill("请问需要增容多少千伏安？");
    await officer.getByRole("button", { name: "向企业提问" }).click();
    await expect(officer.getByTestId("case-status")).toHaveText("待补充");
    // Not "当前状态下没有可执行的操作。": the officer can record the answer, take the question back, or resolve.
    await expect(officer.getByText("当前状态下没有可执行的操作。")).toHaveCount(0);
    await expect(officer.getByRole("button", { name: "撤回问题" })).toBeVisible();
    await expect(officer.getByRole("button", { name: "标记已解决" })).toBeVisible();
    await accessibleAtBothWidths(officer);

    const form = officer.getByRole("form", { name: "记录企业答复" });
    await form.getByLabel("答复人").fill("王经理");
    await form.getByRole("radio", { name: "电话" }).check();
    await form.getByLabel("答复内容").fill("需要增容 400 千伏安，周五前完成。");
    await form.getByRole("button", { name: "记录企业答复" }).click();
    await expect(officer.getByText("已记录企业答复，计时恢复。")).toBeVisible();
    await expect(officer.getByTestId("case-status")).toHaveText("办理中");
    await expect(officer.getByText(/记录了企业电话答复（王经理，/)).toBeVisible();

    await staff.goto(`/requests/${reference}`);
    await expect(staff.getByText(/记录了您通过电话给出的答复（王经理，/)).toBeVisible();
    await expect(staff.getByText("需要增容 400 千伏安，周五前完成。")).toBeVisible();
    await expect(staff.getByText("办理中").first()).toBeVisible();
    await accessibleAtBothWidths(staff);
    await staff.goto("/notifications");
    await expect(staff.getByText(`服务团已记录您对 ${reference} 问题的答复，继续办理`)).toBeVisible();
  });

  test("an answer time before the question is refused next to its field", async ({ browser }) => {
    const staff = await as(browser, ACCOUNTS.powertrain);
    const reference = await fileGeneral(staff, "厂区门口道路占用咨询");
    const officer = await as(browser, ACCOUNTS.officerChian);
    await officer.goto(`/cases/${reference}`);
    await officer.getByRole("button", { name: "受理", exact: true }).click();
    await officer.getByLabel("向企业提出的问题").fill("占用时长大约几天？");
    await officer.getByRole("button", { name: "向企业提问" }).click();
    const form = officer.getByRole("form", { name: "记录企业答复" });
    await form.getByLabel("答复人").fill("李主任");
    await form.getByLabel("答复时间").fill("2020-01-01T09:00");
    await form.getByLabel("答复内容").fill("三天。");
    await form.getByRole("button", { name: "记录企业答复" }).click();
    await expect(form.getByText("答复时间不能早于提出问题的时间。")).toBeVisible();
    await expect(form.getByLabel("答复时间")).toBeFocused();
    await expect(officer.getByTestId("case-status")).toHaveText("待补充");
  });
});

test.describe("withdrawal review (撤单质检)", () => {
  test("a lead closes a withdrawal review and the pending count falls", async ({ browser }) => {
    // Two people, axe at two widths each: more than the default minute on a shared 2-core machine.
    test.slow();
    // The pending count is the unit's: a company of the test's own in 苏溪镇, whose team no other test
    // withdraws from, so the count moves only by what this test does while other tests run beside it.
    const company = await newCompany({ township: "SUXI" });
    const staff = await personPage(browser, company);
    const reference = await fileGeneral(staff, "员工通勤班车协调");
    await staff.getByLabel("撤回原因").fill("已与公交公司自行谈妥。");
    await staff.getByRole("button", { name: "撤回需求" }).click();
    await expect(staff.getByText("需求已撤回。")).toBeVisible();

    const lead = await personPage(browser, SUXI_LEAD);
    const pending = async () => {
      await lead.goto("/stats");
      const term = lead.locator("dl dt", { hasText: /^撤单待复核$/ });
      return Number((await term.locator("xpath=following-sibling::dd[1]").innerText()).trim());
    };
    const before = await pending();
    expect(before).toBeGreaterThan(0);

    await lead.goto(`/cases/${reference}`);
    await expect(lead.getByTestId("withdrawal-review")).toContainText("撤单待复核：撤回原因——已与公交公司自行谈妥。");
    await accessibleAtBothWidths(lead);
    const review = lead.getByRole("form", { name: "撤单质检" });
    await review.getByRole("radio", { name: "企业自愿撤回（已电话核实）" }).check();
    await review.getByLabel("复核说明").fill("电话回访企业联系人，确认自愿撤回。");
    await review.getByRole("button", { name: "完成复核" }).click();
    await expect(lead.getByText("撤单复核已完成。")).toBeVisible();
    await expect(lead.getByTestId("withdrawal-review")).toContainText("撤单已复核：企业自愿撤回（已电话核实）");
    await expect(lead.getByRole("form", { name: "撤单质检" })).toHaveCount(0);

    expect(await pending()).toBe(before - 1);
  });

  test("an officer cannot review a withdrawal", async ({ browser }) => {
    const staff = await as(browser, ACCOUNTS.powertrain);
    const reference = await fileGeneral(staff, "仓库临时扩容咨询");
    await staff.getByLabel("撤回原因").fill("不需要了。");
    await staff.getByRole("button", { name: "撤回需求" }).click();
    await expect(staff.getByText("需求已撤回。")).toBeVisible();
    const officer = await as(browser, ACCOUNTS.officerChian);
    await officer.goto(`/cases/${reference}`);
    await expect(officer.getByTestId("withdrawal-review")).toContainText("撤单待复核");
    await expect(officer.getByRole("form", { name: "撤单质检" })).toHaveCount(0);
  });
});

test.describe("paper ledger (台账)", () => {
  test("a case prints without navigation or forms, and the queue's current view downloads as CSV", async ({ browser }) => {
    // Two people, axe at two widths each: more than the default minute on a shared 2-core machine.
    test.slow();
    const staff = await as(browser, ACCOUNTS.powertrain);
    const reference = await fileGeneral(staff, "台账打印测试：叉车年检");
    const officer = await as(browser, ACCOUNTS.officerChian);
    await officer.goto(`/cases/${reference}`);
    await officer.getByRole("link", { name: "打印视图" }).click();
    await expect(officer.getByRole("heading", { level: 1, name: reference })).toBeVisible();
    await expect(officer.getByRole("heading", { name: "需求详情" })).toBeVisible();
    await expect(officer.getByRole("heading", { name: "办理记录" })).toBeVisible();
    await expect(officer.getByRole("heading", { name: "办理时限" })).toBeVisible();
    await expect(officer.getByRole("heading", { name: "附件" })).toBeVisible();
    await expect(officer.getByText("台账打印测试：叉车年检").first()).toBeVisible();
    await expect(officer.getByRole("navigation", { name: "主导航" })).toBeHidden();
    // The header (language switcher, sign-out) stays in the document but is not shown: no form is visible.
    await expect(officer.locator("form").filter({ visible: true })).toHaveCount(0);
    await accessibleAtBothWidths(officer);
    await officer.emulateMedia({ media: "print" });
    await expect(officer.getByRole("button", { name: "打印" })).toBeHidden();
    await officer.emulateMedia({ media: "screen" });

    await officer.goto(`/queue?tab=all&q=${reference}`);
    const href = await officer.getByRole("link", { name: "导出当前视图（CSV）" }).getAttribute("href");
    expect(href).toBe(`/queue/export?tab=all&q=${reference}`);
    const res = await officer.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const csv = parseCsv((await res.body()).toString("utf8"));
    expect(csv[0]!.slice(0, 3)).toEqual(["编号", "需求类型", "状态"]);
    expect(csv.slice(1).map((r) => r.slice(0, 3))).toEqual([[reference, "其他需求", "待受理"]]);

    // Someone else's queue is not theirs to export: an enterprise gets the 404 of a page that does not exist.
    expect((await staff.request.get(`/queue/export?tab=all&q=${reference}`)).status()).toBe(404);
    // Another township's officer exports their own view, which does not hold this case.
    const fotang = await as(browser, ACCOUNTS.officerFotang);
    const theirs = parseCsv((await (await fotang.request.get(`/queue/export?tab=all&q=${reference}`)).body()).toString("utf8"));
    expect(theirs).toHaveLength(1);
  });
});
