import { expect, test } from "@playwright/test";
import { ACCOUNTS, personPage } from "./helpers";
import { supplyDetails } from "../fixtures/intake";

test("an admin's key, shown once, files a handoff through the API that the township's queue shows; a bad USCC is a field error", async ({ browser }) => {
  const staff = await personPage(browser, ACCOUNTS.powertrain);
  await staff.goto("/enterprise");
  const uscc = (await staff
    .getByText(/^[0-9A-HJ-NPQRTUWXY]{18}$/)
    .first()
    .textContent())!.trim();

  const admin = await personPage(browser, ACCOUNTS.admin);
  await admin.goto("/admin/api-keys");
  const name = `12345 热线 ${Date.now()}`;
  await admin.getByLabel("名称").fill(name);
  await admin.getByLabel("可以提交需求（否则只能读取）").check();
  await admin.getByLabel("供应链物资接驳").check();
  await admin.getByLabel("赤岸镇助企服务团", { exact: true }).check();
  await admin.getByLabel("企业（统一社会信用代码）").fill(uscc);
  await admin.getByRole("button", { name: "创建密钥" }).click();
  const keyBox = admin.getByLabel("新密钥");
  await expect(keyBox).toHaveValue(/^rdk_[a-z0-9]{8}_/);
  const key = await keyBox.inputValue();

  const api = admin.request;
  const headers = { authorization: `Bearer ${key}`, "accept-language": "zh-CN" };
  const bad = await api.post("/api/v1/requests.json", {
    headers,
    data: {
      service_code: "SUPPLY_CHAIN_HANDOFF",
      enterprise_uscc: uscc.slice(0, 17) + (uscc.endsWith("0") ? "1" : "0"),
      attributes: supplyDetails(new Date()),
    },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fields.enterprise_uscc[0].message).toContain("统一社会信用代码");

  const filed = await api.post("/api/v1/requests.json", {
    headers,
    data: { service_code: "SUPPLY_CHAIN_HANDOFF", enterprise_uscc: uscc, attributes: supplyDetails(new Date()) },
  });
  expect(filed.status()).toBe(201);
  const reference = (await filed.json()).service_request_id as string;

  const officer = await personPage(browser, ACCOUNTS.officerChian);
  await officer.goto(`/queue?q=${reference}&tab=all`);
  await expect(officer.getByRole("link", { name: reference })).toBeVisible();

  // The key is not shown again; its calls are listed on its page.
  await admin.goto("/admin/api-keys");
  await expect(admin.getByLabel("新密钥")).toHaveCount(0);
  await admin.getByRole("link", { name }).click();
  await expect(admin.getByRole("cell", { name: reference })).toBeVisible();
  await expect(admin.getByRole("cell", { name: "400" })).toBeVisible();
});

test("the OpenAPI document is served and rendered for integrators, and help is one click from any page", async ({ page }) => {
  const doc = await page.request.get("/api/v1/openapi.json");
  expect((await doc.json()).openapi).toBe("3.1.0");
  await page.goto("/login");
  await page.getByRole("link", { name: "系统对接（接口）" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "对接接口说明" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "POST /api/v1/requests.json" })).toBeVisible();
  await page.getByRole("link", { name: "帮助", exact: true }).click();
  await page.getByRole("link", { name: /企业用户帮助/ }).click();
  await expect(page.getByRole("heading", { level: 3, name: "供应链物资接驳" })).toBeVisible();
  await expect(page.getByText("2 小时，连续计算")).toBeVisible();
});
