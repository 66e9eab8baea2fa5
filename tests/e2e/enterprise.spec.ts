import { expect, test, type Page } from "@playwright/test";
import { minimalPdf } from "@/lib/files/test-images";
import { makeUscc } from "../fixtures/factory";
import { RESIDENT_ID } from "../fixtures/intake";
import { actOn, fileRequest, newCompany } from "./data";
import { ACCOUNTS, expectAccessibleOnPhone, fileVisaExtension, personPage } from "./helpers";

const HOUR = 3_600_000;
const REF = /\/requests\/(YW-\d{4}-\d{6})/;

const person = personPage;

/** "YYYY-MM-DDTHH:mm" in Shanghai, as a datetime-local input takes it. */
function shanghaiLocal(ms: number): string {
  return new Date(ms + 8 * HOUR).toISOString().slice(0, 16);
}

function shanghaiDay(ms: number): string {
  return new Date(ms + 8 * HOUR).toISOString().slice(0, 10);
}

async function filedReference(page: Page): Promise<string> {
  await expect(page).toHaveURL(REF);
  return REF.exec(page.url())![1]!;
}

/** A supply-chain handoff the powertrain maker filed with its packing list (PDF): a request of enterprise A with a file. */
function fileWithPackingList(): Promise<string> {
  return fileRequest(ACCOUNTS.powertrain, "SUPPLY_CHAIN_HANDOFF", { files: [{ name: "装箱单.pdf", bytes: minimalPdf() }] });
}

test.describe("an enterprise files its needs", () => {
  test("the picker offers the four types; a handoff is filed after fixing its errors, with a PDF", async ({ browser }) => {
    const page = await person(browser, ACCOUNTS.powertrain);
    await page.goto("/requests/new");
    await expect(page.getByRole("heading", { level: 1, name: "提交需求" })).toBeVisible();
    for (const label of ["供应链物资接驳", "外国人签证延期/换发", "护照加急办理", "其他需求"]) {
      await expect(page.getByRole("link", { name: new RegExp(label) })).toBeVisible();
    }
    await page.getByRole("link", { name: /供应链物资接驳/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "供应链物资接驳" })).toBeVisible();

    // Nothing filled in: each field says so, and the first one gets the focus.
    await page.getByRole("button", { name: "提交需求" }).click();
    await expect(page.getByText("请检查标出的内容。")).toBeVisible();
    await expect(page.getByLabel("物资名称")).toBeFocused();
    await expect(page.getByLabel("送达地址")).toHaveAccessibleDescription(/请填写此项/);

    const from = Date.now() + 30 * HOUR;
    await page.getByLabel("物资名称").fill("铝合金壳体毛坯");
    await page.getByLabel("数量", { exact: true }).fill("12.5");
    await page.getByLabel("数量单位").fill("吨");
    await page.getByLabel("始发省份").fill("江苏省");
    await page.getByLabel("始发城市").fill("苏州市");
    await page.getByLabel("供货单位").fill("苏州精铸材料有限公司");
    await page.getByLabel("供货方联系电话").fill("138 1234 5678");
    await page.getByLabel("承运车辆车牌").fill("ABC123");
    await page.getByLabel("驾驶员手机号").fill("13900001111");
    await page.getByLabel("接驳地点").fill("义乌高速口");
    await page.getByLabel("预计到达（最早）").fill(shanghaiLocal(from));
    await page.getByLabel("预计到达（最晚）").fill(shanghaiLocal(from - HOUR));
    await page.getByLabel("需要消杀").check();
    await page.getByLabel("本地接驳车辆车牌").fill("浙G88888");
    await page.getByLabel("送达地址").fill("义乌市赤岸镇动力大道1号");
    await page.getByRole("button", { name: "提交需求" }).click();

    // Two mistakes left: shown beside their fields, everything typed is still there.
    await expect(page.getByLabel("承运车辆车牌")).toHaveAccessibleDescription(/请输入有效的车牌号/);
    await expect(page.getByLabel("承运车辆车牌")).toBeFocused();
    await expect(page.getByLabel("物资名称")).toHaveValue("铝合金壳体毛坯");
    await expect(page.getByLabel("需要消杀")).toBeChecked();
    await page.getByLabel("承运车辆车牌").fill("苏E12345");
    await page.getByRole("button", { name: "提交需求" }).click();
    // Wait for the answer (the plate is accepted now) before typing again: the form refills from it.
    await expect(page.getByLabel("承运车辆车牌")).not.toHaveAccessibleDescription(/请输入有效的车牌号/);
    await expect(page.getByLabel("预计到达（最晚）")).toHaveAccessibleDescription(/最晚到达时间须晚于最早到达时间/);
    await expect(page.getByLabel("预计到达（最晚）")).toBeFocused();
    await page.getByLabel("预计到达（最晚）").fill(shanghaiLocal(from + 3 * HOUR));
    await page.getByLabel("附件（选填）").setInputFiles({ name: "装箱单.pdf", mimeType: "application/pdf", buffer: Buffer.from(minimalPdf()) });
    await page.getByRole("button", { name: "提交需求" }).click();

    const supplyRef = await filedReference(page);
    await expect(page.getByRole("status")).toContainText(`需求已提交，编号 ${supplyRef}`);
    await expect(page.getByText("苏E12345")).toBeVisible();
    await expect(page.getByText("赤岸镇助企服务团")).toBeVisible();
    const link = page.getByRole("link", { name: "装箱单.pdf" }).first();
    const fileUrl = (await link.getAttribute("href"))!;
    const download = await page.request.get(fileUrl);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    expect(download.headers()["content-disposition"]).toContain("filename*=UTF-8''%E8%A3%85%E7%AE%B1%E5%8D%95.pdf");

    await page.goto("/requests");
    await expect(page.getByRole("link", { name: supplyRef })).toBeVisible();
    await page.getByLabel("类型").selectOption({ label: "护照加急办理" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/type=PASSPORT_EXPEDITE/);
    await expect(page.getByRole("link", { name: supplyRef })).toHaveCount(0);
  });

  test("a visa extension goes to Exit-Entry, and the enterprise sees the passport number in full", async ({ browser }) => {
    const page = await person(browser, ACCOUNTS.powertrain);
    await fileVisaExtension(page, {
      name: "Markus Weber",
      nationality: "德国",
      passport: "c01x00t47",
      validDays: 5,
      reason: "工作类居留许可即将到期，企业继续聘用。",
    });
    await filedReference(page);
    await expect(page.getByText("出入境管理局")).toBeVisible();
    await expect(page.getByText("C01X00T47")).toBeVisible();
    await expect(page.getByText("紧急")).toBeVisible();
  });

  test("an expedited passport refuses a wrong ID check digit, then is filed", async ({ browser }) => {
    const page = await person(browser, ACCOUNTS.powertrain);
    await page.goto("/requests/new/passport-expedite");
    await page.getByLabel("员工姓名").fill("王小明");
    const wrong = RESIDENT_ID.slice(0, 17) + (RESIDENT_ID[17] === "1" ? "2" : "1");
    await page.getByLabel("居民身份证号码").fill(wrong);
    await page.getByLabel("前往国家").selectOption({ label: "德国" });
    await page.getByLabel("出国事由").selectOption({ label: "参加展会" });
    await page.getByLabel("出发日期").fill(shanghaiDay(Date.now() + 20 * 24 * HOUR));
    await page.getByRole("button", { name: "提交需求" }).click();
    await expect(page.getByLabel("居民身份证号码")).toHaveAccessibleDescription(/身份证号码不正确/);
    await expect(page.getByLabel("出发日期")).not.toHaveValue("");
    await page.getByLabel("居民身份证号码").fill(RESIDENT_ID);
    await page.getByRole("button", { name: "提交需求" }).click();
    await filedReference(page);
    await expect(page.getByText(RESIDENT_ID)).toBeVisible();
  });

  test("a general need is filed in English", async ({ browser }) => {
    const page = await person(browser, ACCOUNTS.powertrain, "en-US");
    await page.goto("/requests/new");
    await expect(page.getByRole("heading", { level: 1, name: "File a request" })).toBeVisible();
    await page.getByRole("link", { name: /Other need/ }).click();
    await page.getByRole("button", { name: "File request" }).click();
    await expect(page.getByLabel("Subject")).toHaveAccessibleDescription(/Please fill this in/);
    await page.getByLabel("Subject").fill("Road works at the factory gate");
    await page.getByLabel("Description").fill("Help");
    await page.getByRole("button", { name: "File request" }).click();
    await expect(page.getByLabel("Description")).toHaveAccessibleDescription(/at least 5 characters/);
    await page.getByLabel("Description").fill("Lorries cannot reach the loading bay; please help agree working hours with the contractor.");
    await page.getByRole("button", { name: "File request" }).click();
    const reference = await filedReference(page);
    await expect(page.getByRole("status")).toContainText(`Your request was filed as ${reference}`);
    await expect(page.getByText("Chi'an Enterprise Service Team")).toBeVisible();
  });
});

test.describe("the enterprise works with the team on its request", () => {
  test("answers the officer's question, then confirms the resolution and rates it", async ({ browser }) => {
    const staff = await person(browser, ACCOUNTS.powertrain);
    await staff.goto("/requests/new/general");
    await staff.getByLabel("需求标题").fill("复工人员核酸检测点位");
    await staff.getByLabel("具体说明").fill("厂区 300 名员工返岗，希望在厂内设临时检测点。");
    await staff.getByRole("button", { name: "提交需求" }).click();
    const reference = await filedReference(staff);

    // The liaison officer of the powertrain maker takes it and asks a question.
    const officer = await person(browser, ACCOUNTS.officerChian);
    await officer.goto(`/cases/${reference}`);
    await officer.getByRole("button", { name: /^(认领|受理)$/ }).click();
    await expect(officer.getByTestId("case-status")).toHaveText("已受理");
    await officer.getByRole("button", { name: "开始办理" }).click();
    await expect(officer.getByTestId("case-status")).toHaveText("办理中");
    await officer.getByLabel("向企业提出的问题").fill("请确认每天可安排检测的时间段。");
    await officer.getByRole("button", { name: "向企业提问" }).click();
    await expect(officer.getByTestId("case-status")).toHaveText("待补充");

    // The question reaches the company as a notice that opens its request.
    await staff.goto("/notifications?unread=1");
    const notice = staff.getByRole("listitem").filter({ hasText: `服务团就 ${reference} 提出了问题，请答复` });
    await notice.getByRole("button", { name: `打开 ${reference}` }).click();
    await expect(staff).toHaveURL(new RegExp(`/requests/${reference}$`));
    await expect(staff.getByText("待补充").first()).toBeVisible();
    const answer = staff.getByRole("form", { name: "答复问题" });
    await expect(answer.getByText("请确认每天可安排检测的时间段。")).toBeVisible();
    await answer.getByRole("button", { name: "提交答复" }).click();
    await expect(staff.getByLabel("您的答复")).toBeFocused();
    await staff.getByLabel("您的答复").fill("每天 7:30–8:30 和 17:00–18:00 均可。");
    await answer.getByRole("button", { name: "提交答复" }).click();
    await expect(staff.getByRole("status")).toContainText("已提交答复");
    await expect(staff.getByText("办理中").first()).toBeVisible();

    await officer.reload();
    await expect(officer.getByText("每天 7:30–8:30 和 17:00–18:00 均可。").first()).toBeVisible();
    // Found by the form's name, whichever way the queue words its resolve button.
    const resolve = officer.getByRole("form", { name: /^(办结|标记已解决)$/ });
    await resolve.getByRole("textbox").fill("已协调卫健部门每天两次到厂检测。");
    await resolve.getByRole("button").click();
    await expect(officer.getByTestId("case-status")).toHaveText("已解决");

    await staff.reload();
    const confirm = staff.getByRole("form", { name: "确认办结并评价" });
    await expect(staff.getByText("已协调卫健部门每天两次到厂检测。")).toBeVisible();
    await confirm.getByRole("button", { name: "确认办结" }).click();
    await expect(confirm.getByText("请选择 1 到 5 分。")).toBeVisible();
    await confirm.getByRole("radio", { name: /^5 分/ }).check();
    await confirm.getByLabel("评价（选填）").fill("响应很快，谢谢！");
    await confirm.getByRole("button", { name: "确认办结" }).click();
    await expect(staff.getByRole("status")).toContainText("感谢您的评价");
    await expect(staff.getByText("您的评价：5 分")).toBeVisible();
    await expect(staff.getByText("已办结").first()).toBeVisible();
  });

  test("files of up to 10 MB each go through the browser, even when together they pass 10 MB", async ({ browser }) => {
    // A request of its own that its liaison officer (officer.chian) has taken on and is working.
    const reference = await fileRequest(ACCOUNTS.powertrain, "GENERAL");
    await actOn(ACCOUNTS.officerChian, reference, { action: "accept" }, { action: "start" });
    const staff = await person(browser, ACCOUNTS.powertrain);
    await staff.goto("/requests?status=IN_PROGRESS");
    await staff.getByRole("link", { name: reference }).click();
    const pdf = (mb: number) => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(mb * 1024 * 1024, 0x20), Buffer.from("\n%%EOF\n")]);
    await staff.locator("#more-files").setInputFiles([
      { name: "检测报告.pdf", mimeType: "application/pdf", buffer: pdf(9.5) },
      { name: "运输合同.pdf", mimeType: "application/pdf", buffer: pdf(6) },
    ]);
    await staff.getByRole("button", { name: "上传", exact: true }).click();
    await expect(staff.getByText("文件已上传。")).toBeVisible();
    // Listed with the request's files (and on the timeline).
    const files = staff.getByRole("complementary");
    await expect(files.getByRole("link", { name: "检测报告.pdf" })).toBeVisible();
    await expect(files.getByRole("link", { name: "运输合同.pdf" })).toBeVisible();
  });

  test("enterprise B gets 404 for enterprise A's request and its file", async ({ browser }) => {
    const supplyRef = await fileWithPackingList();
    const owner = await person(browser, ACCOUNTS.powertrain);
    await owner.goto(`/requests/${supplyRef}`);
    const fileUrl = (await owner.getByRole("link", { name: "装箱单.pdf" }).first().getAttribute("href"))!;
    expect((await owner.request.get(fileUrl)).status()).toBe(200);
    const other = await person(browser, ACCOUNTS.tradeco);
    const res = await other.goto(`/requests/${supplyRef}`);
    expect(res?.status()).toBe(404);
    await expect(other.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    expect((await other.request.get(fileUrl)).status()).toBe(404);
    await other.goto("/requests");
    await expect(other.getByRole("link", { name: supplyRef })).toHaveCount(0);

    const anonymous = await person(browser, null);
    expect((await anonymous.request.get(fileUrl, { maxRedirects: 0 })).status()).not.toBe(200);
  });
});

test.describe("companies join", () => {
  test("a company registers, sees it is pending, invites a colleague, and is verified by its township's officer", async ({ browser }) => {
    const page = await person(browser, null);
    await page.goto("/register");
    await expect(page.getByRole("heading", { level: 1, name: "企业注册" })).toBeVisible();
    const uscc = makeUscc();
    await page.getByLabel("企业名称").fill("义乌赤岸五金制品有限公司");
    await page.getByLabel("统一社会信用代码").fill(uscc.slice(0, 17) + (uscc[17] === "0" ? "1" : "0"));
    await page.getByLabel("所在镇街").selectOption({ label: "赤岸镇" });
    await page.getByLabel("企业地址").fill("义乌市赤岸镇工业路8号");
    await page.getByLabel("联系人", { exact: true }).fill("李娜");
    await page.getByLabel("联系人手机号").fill("13800001234");
    await page.getByLabel("您的姓名").fill("李娜");
    await page.getByLabel("邮箱（登录用）").fill("li.na@hardware-e2e.test");
    await page.getByLabel("密码").fill("五金厂复工第一天加油");
    await page.getByRole("button", { name: "提交注册" }).click();
    await expect(page.getByLabel("统一社会信用代码")).toHaveAccessibleDescription(/末位校验码/);
    await expect(page.getByLabel("统一社会信用代码")).toBeFocused();
    await page.getByLabel("统一社会信用代码").fill(uscc);
    await page.getByLabel("密码").fill("五金厂复工第一天加油");
    await page.getByRole("button", { name: "提交注册" }).click();
    // Not signed in by the form (that would tell a new address from a taken one): sign in as told.
    await expect(page).toHaveURL(/\/login\?registered=1/);
    await expect(page.getByRole("status")).toContainText("注册已提交");
    await page.getByLabel("邮箱").fill("li.na@hardware-e2e.test");
    await page.getByLabel("密码").fill("五金厂复工第一天加油");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/requests$/);
    await expect(page.getByText("企业认证审核中")).toBeVisible();

    await page.goto("/enterprise");
    await page.getByLabel("同事的邮箱").fill("colleague@hardware-e2e.test");
    await page.getByRole("button", { name: "生成邀请链接" }).click();
    const link = await page.getByLabel("邀请链接").inputValue();
    expect(link).toMatch(/\/invite\//);

    const colleague = await person(browser, null);
    await colleague.goto(new URL(link).pathname);
    await expect(colleague.getByRole("heading", { level: 1, name: "加入 义乌赤岸五金制品有限公司" })).toBeVisible();
    await colleague.getByLabel("姓名").fill("王强");
    await colleague.getByLabel("密码").fill("我们一起复工复产吧加油");
    await colleague.getByRole("button", { name: "加入并登录" }).click();
    await expect(colleague).toHaveURL(/\/requests$/);
    await colleague.goto(new URL(link).pathname);
    await expect(colleague.getByRole("heading", { name: "邀请链接已失效" })).toBeVisible();

    const officer = await person(browser, ACCOUNTS.officerChian);
    await officer.goto("/verify");
    const form = officer.getByRole("form", { name: "义乌赤岸五金制品有限公司" });
    await form.getByRole("button", { name: "通过认证" }).click();
    await expect(officer.getByRole("status")).toContainText("已通过认证");
    await page.reload();
    await expect(page.getByText("企业认证审核中")).toHaveCount(0);
    // Both accounts of the company are told.
    for (const person of [colleague, page]) {
      await person.goto("/notifications");
      await expect(person.getByText("贵企业已通过认证，现在可以向服务团提交需求")).toBeVisible();
    }
    await page.getByRole("button", { name: "查看企业信息" }).click();
    await expect(page).toHaveURL(/\/enterprise$/);
  });

  test("the contact preference is the company's to set", async ({ browser }) => {
    const page = await person(browser, await newCompany({ township: "FOTANG" }));
    await page.goto("/enterprise");
    await page.getByLabel("首选联系方式").selectOption({ label: "短信" });
    await page.getByLabel("方便联系的时间").fill("工作日 9:00–11:00");
    await page.getByLabel("欢迎服务团上门走访").uncheck();
    await page.getByRole("button", { name: "保存联系偏好" }).click();
    await expect(page.getByText("已保存。")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("首选联系方式")).toHaveValue("SMS");
    await expect(page.getByLabel("方便联系的时间")).toHaveValue("工作日 9:00–11:00");
    await expect(page.getByLabel("欢迎服务团上门走访")).not.toBeChecked();
  });
});

test.describe("the enterprise pages on a phone", () => {
  test("the form, a request, the profile and the verification page pass axe and fit 390 px", async ({ browser }) => {
    const supplyRef = await fileWithPackingList();
    const check = async (page: Page, path: string) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      // These pages' own content; the shared header is checked by a11y.spec.ts.
      await expectAccessibleOnPhone(page, "main");
    };
    const staff = await person(browser, ACCOUNTS.powertrain);
    for (const path of ["/requests/new/supply-chain-handoff", `/requests/${supplyRef}`, "/enterprise"]) await check(staff, path);
    await check(await person(browser, ACCOUNTS.officerChian), "/verify");
  });
});
