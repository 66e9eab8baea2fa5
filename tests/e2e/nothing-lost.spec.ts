import { expect, test } from "@playwright/test";
import pg from "pg";
import { ACCOUNTS, fileVisaExtension, personPage } from "./helpers";

// DOMAIN: "nothing is lost". The audit stopped PostgreSQL and the typed text was gone behind an error page.
// Here the database refuses every connection while the person sends, then comes back.
const ADMIN_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PGPORT ?? "25432"}/postgres`;

async function databaseDown<T>(during: () => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE resumption_desk WITH ALLOW_CONNECTIONS false`);
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'resumption_desk' AND pid <> pg_backend_pid()`);
    return await during();
  } finally {
    await admin.query(`ALTER DATABASE resumption_desk WITH ALLOW_CONNECTIONS true`);
    await admin.end();
  }
}

const RETRY = /暂时无法保存，您输入的内容仍在/;

test.describe("nothing typed is lost when the database is down", () => {
  test("a new request: the form stays filled, says why, and sends once the database is back", async ({ browser }) => {
    const page = await personPage(browser, ACCOUNTS.tradeco);
    await page.goto("/requests/new/general");
    const subject = `仓库叉车年检到期 ${Date.now()}`;
    await page.getByLabel("需求标题").fill(subject);
    await page.getByLabel("具体说明").fill("叉车年检证明下周到期，检测机构停工，请协调延期或上门检测。");
    await databaseDown(async () => {
      await page.getByRole("button", { name: "提交需求" }).click();
      await expect(page.getByText(RETRY)).toBeVisible();
    });
    await expect(page.getByLabel("需求标题")).toHaveValue(subject);
    await expect(page.getByLabel("具体说明")).toHaveValue("叉车年检证明下周到期，检测机构停工，请协调延期或上门检测。");
    await page.getByRole("button", { name: "提交需求" }).click();
    await expect(page).toHaveURL(/\/requests\/YW-\d{4}-\d{6}/);
    await expect(page.getByText(subject).first()).toBeVisible();
  });

  test("a case note: the text stays in the box, the officer is told, and posts it once the database is back", async ({ browser }) => {
    const staff = await personPage(browser, ACCOUNTS.tradeco);
    await fileVisaExtension(staff, { name: "Anna Schmidt", nationality: "德国", passport: "C01X00T47", validDays: 30, reason: "工作签证到期，需延期一年。" });
    await expect(staff).toHaveURL(/\/requests\/YW-\d{4}-\d{6}/);
    const reference = /YW-\d{4}-\d{6}/.exec(staff.url())![0];

    const officer = await personPage(browser, ACCOUNTS.officerExit);
    await officer.goto(`/cases/${reference}`);
    const note = `已电话联系企业人事，材料周三送达 ${Date.now()}`;
    const form = officer.getByRole("form", { name: "发布" });
    await form.getByLabel("内容").fill(note);
    await form.getByRole("radio", { name: "内部备注（仅单位可见）" }).check();
    await databaseDown(async () => {
      await form.getByRole("button", { name: "发布" }).click();
      await expect(officer.getByText(RETRY)).toBeVisible();
    });
    await expect(form.getByLabel("内容")).toHaveValue(note);
    await form.getByRole("button", { name: "发布" }).click();
    await expect(officer.getByText("已发布。")).toBeVisible();
    await expect(officer.getByText(note).first()).toBeVisible();
  });
});
