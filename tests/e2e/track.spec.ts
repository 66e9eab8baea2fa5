import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessibleOnPhone, personPage } from "./helpers";

const REF = /\/requests\/(YW-\d{4}-\d{6})/;

test.describe("status check without signing in", () => {
  test("the right reference and digits show where the request stands; wrong digits show nothing and slow down", async ({ browser }) => {
    // The company's own contact mobile, as its staff see it on the profile (read, not changed).
    const staff = await personPage(browser, ACCOUNTS.powertrain, "en-US");
    await staff.goto("/enterprise");
    const mobile = await staff.getByLabel("Contact phone", { exact: true }).inputValue();
    const digits = mobile.replace(/\D/g, "").slice(-4);
    expect(digits).toMatch(/^\d{4}$/);
    const wrong = digits === "0000" ? "1111" : "0000";

    // A request of its own to look up.
    await staff.goto("/requests/new");
    await staff.getByRole("link", { name: /Other need/ }).click();
    await staff.getByLabel("Subject").fill("Gate access for lorries");
    await staff.getByLabel("Description").fill("Lorries cannot reach the loading bay during the road works.");
    await staff.getByRole("button", { name: "File request" }).click();
    await expect(staff).toHaveURL(REF);
    const reference = REF.exec(staff.url())![1]!;

    const visitor = await personPage(browser, null);
    await visitor.goto("/login");
    await visitor.getByRole("link", { name: "不登录查询办理进度" }).click();
    await expect(visitor.getByRole("heading", { level: 1, name: "查询办理进度" })).toBeVisible();

    await visitor.getByLabel("需求编号").fill(reference);
    await visitor.getByLabel("联系手机号后四位").fill(digits);
    await visitor.getByRole("button", { name: "查询" }).click();
    const result = visitor.getByRole("region", { name: `需求 ${reference}` });
    await expect(result).toBeVisible();
    await expect(result).toContainText("待受理");
    await expect(result).toContainText("赤岸镇");
    await expect(result).toContainText("等待服务团受理");
    await expect(result.locator("time")).toBeVisible();
    // Nothing personal: not the company, not what it asked.
    await expect(visitor.getByText("浙江赤岸动力总成有限公司")).toHaveCount(0);
    await expect(visitor.getByText("Gate access for lorries")).toHaveCount(0);

    const digitsField = visitor.getByLabel("联系手机号后四位");
    /** Sends the form and waits for its answer: the digits are never echoed back, so the field comes back empty. */
    const check = async (four: string) => {
      await visitor.getByLabel("需求编号").fill(reference);
      await digitsField.fill(four);
      await visitor.getByRole("button", { name: "查询" }).click();
      await expect(digitsField).toHaveValue("");
    };
    for (let i = 0; i < 2; i++) {
      await check(wrong);
      await expect(visitor.getByRole("status").filter({ hasText: "没有找到与编号和手机号后四位相符的需求" })).toBeVisible();
      await expect(visitor.getByRole("region", { name: `需求 ${reference}` })).toHaveCount(0);
    }
    await check(wrong);
    await expect(visitor.getByRole("status").filter({ hasText: /尝试次数过多，请 \d+ 秒后再试/ })).toBeVisible();
    // Even the right digits wait now.
    await check(digits);
    await expect(visitor.getByRole("status").filter({ hasText: /尝试次数过多/ })).toBeVisible();
    await expect(visitor.getByRole("region", { name: `需求 ${reference}` })).toHaveCount(0);
  });

  test("speaks English, checks its fields, passes axe and fits 390 px", async ({ browser }) => {
    const visitor = await personPage(browser, null, "en-US");
    await visitor.setViewportSize({ width: 390, height: 844 });
    await visitor.goto("/track");
    await expect(visitor.getByRole("heading", { level: 1, name: "Check a request's progress" })).toBeVisible();
    await visitor.getByLabel("Request reference").fill("YW-2026-000001");
    await visitor.getByLabel("Last four digits of the contact mobile").fill("12");
    await visitor.getByRole("button", { name: "Check" }).click();
    await expect(visitor.getByLabel("Last four digits of the contact mobile")).toHaveAccessibleDescription(/Enter 4 digits/);
    await expectAccessibleOnPhone(visitor);
  });
});
