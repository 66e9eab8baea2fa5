import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { parseCsv } from "@/tests/fixtures/csv";
import { E2E_DATABASE_URL as E2E_DB } from "./env";
import { ACCOUNTS, reuseSignIn } from "./helpers";

// The e2e server's own database is read here to know what the demo story seeded (and what the tests
// running beside this one have filed or resolved since: the figures are compared again until they hold still).

// Seventy Shanghai days back covers the whole demo story (eight weeks).
const sinceDay = new Date(Date.now() + 8 * 3_600_000 - 70 * 86_400_000).toISOString().slice(0, 10);
const SINCE = `/stats?period=since&from=${sinceDay}`;

async function seeded(unitCode: string): Promise<{ received: number; resolved: number }> {
  const client = new pg.Client({ connectionString: E2E_DB });
  await client.connect();
  try {
    const from = new Date(`${sinceDay}T00:00:00+08:00`).toISOString();
    const { rows } = await client.query(
      `SELECT count(*) FILTER (WHERE r."submittedAt" >= $2::timestamptz AT TIME ZONE 'UTC')::int AS received,
              count(*) FILTER (WHERE r."status" IN ('RESOLVED','CLOSED') AND r."resolvedAt" >= $2::timestamptz AT TIME ZONE 'UTC')::int AS resolved
       FROM "Request" r JOIN "Unit" u ON u."id" = r."unitId" WHERE u."code" = $1`,
      [unitCode, from],
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

/** The value shown under a figure's name on the page. */
async function card(page: Page, name: string): Promise<string> {
  const term = page.locator("dl dt", { hasText: new RegExp(`^${name}$`) });
  return (await term.locator("xpath=following-sibling::dd[1]").innerText()).trim();
}

/** Follows the page's CSV link for a table in the signed-in browser context, as a download would. */
async function downloadCsv(page: Page, tableName: string): Promise<string[][]> {
  const href = await page.getByRole("link", { name: `下载CSV：${tableName}` }).getAttribute("href");
  expect(href).toMatch(/^\/stats\/export\?/);
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="stats-/);
  const bytes = await res.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(bytes.toString("utf8"));
}

const valueOf = (csv: string[][], figure: string) => csv.find((r) => r[0] === figure)?.[1];

test.describe("stats", () => {
  test("a lead sees the seeded figures of their unit and downloads the same numbers as CSV", async ({ page }) => {
    await reuseSignIn(page, ACCOUNTS.leadChian);
    // Other tests file and resolve cases of this unit meanwhile: read the figures again if one landed in between.
    await expect(async () => {
      const expected = await seeded("CHIAN");
      expect(expected.resolved).toBeGreaterThan(0);
      await page.goto(SINCE);
      await expect(page.getByRole("heading", { level: 1, name: "统计" })).toBeVisible();
      const headline = page.getByTestId("stats-headline");
      await expect(headline).toHaveText(new RegExp(`^自.+以来已为企业解决各类需求${expected.resolved}件$`));
      expect(await card(page, "收到需求")).toBe(String(expected.received));
      expect(await card(page, "期内解决")).toBe(String(expected.resolved));
      const rate = await card(page, "解决率");
      const onTime = await card(page, "按时办结率");
      expect(rate).toMatch(/^\d+\.\d%$/);
      expect(onTime).toMatch(/^\d+\.\d%$/);
      await expect(page.getByRole("img", { name: /共 \d+ 周，收到 \d+ 件，解决 \d+ 件/ })).toBeVisible();
      // When the figures were computed, and how close the medians and 90th percentiles read from histograms are.
      await expect(page.getByTestId("stats-as-of")).toContainText(/^数据截至 .+，至少每分钟重新计算一次。/);
      await expect(page.getByTestId("stats-as-of")).toContainText("一小时以内与精确值相差不超过1分钟，一小时以上不超过3.2%");

      const csv = await downloadCsv(page, "主要指标");
      expect(csv[0]).toEqual(["指标", "数值"]);
      expect(valueOf(csv, "收到需求")).toBe(String(expected.received));
      expect(valueOf(csv, "期内解决")).toBe(String(expected.resolved));
      // Rates are numbers of percent in the CSV (a spreadsheet can sum them), labelled "（%）".
      expect(valueOf(csv, "解决率（%）")).toBe(String(Number(rate.replace("%", ""))));
      expect(valueOf(csv, "按时办结率（%）")).toBe(String(Number(onTime.replace("%", ""))));
      expect(valueOf(csv, "当前超期")).toBe(await card(page, "当前超期"));

      const trend = await downloadCsv(page, "每周趋势");
      const sum = (i: number) => trend.slice(1).reduce((s, r) => s + Number(r[i]), 0);
      expect([sum(1), sum(2)]).toEqual([expected.received, expected.resolved]);
      expect(await seeded("CHIAN")).toEqual(expected);
    }).toPass({ timeout: 45_000 });
  });

  test("the CSV route answers text/csv with a byte-order mark", async ({ page }) => {
    await reuseSignIn(page, ACCOUNTS.admin);
    const res = await page.request.get("/stats/export?table=units");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="stats-units-city-/);
    const body = await res.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(body.toString("utf8"));
    expect(rows[0][0]).toBe("单位");
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(["赤岸镇助企服务团", "出入境管理局"]));
  });

  test("a lead sees only their unit, whatever the address asks for", async ({ page }) => {
    await reuseSignIn(page, ACCOUNTS.leadChian);
    // Two loads show the same figures unless a case of the unit was resolved in between: then load both again.
    await expect(async () => {
      await page.goto(SINCE);
      const own = await page.getByTestId("stats-headline").innerText();
      await page.goto(`${SINCE}&unit=FOTANG`);
      await expect(page.getByTestId("stats-headline")).toHaveText(own, { timeout: 1_000 });
      await expect(page.getByText(/统计范围：赤岸镇/)).toBeVisible();
      await expect(page.getByRole("combobox", { name: "单位" })).toHaveCount(0);
      // A township team's cases are all in its township: no township filter to pick zeros with, and the address cannot either.
      await expect(page.getByRole("combobox", { name: "镇街" })).toHaveCount(0);
      await page.goto(`${SINCE}&township=FOTANG`);
      await expect(page.getByTestId("stats-headline")).toHaveText(own, { timeout: 1_000 });
    }).toPass({ timeout: 45_000 });
    await expect(page.getByRole("heading", { name: "各单位对比" })).toHaveCount(0);
    const officers = page.getByRole("region", { name: "人员工作量" }).first();
    await expect(officers.getByRole("rowheader", { name: "蒋志远" })).toBeVisible();
    await expect(officers.getByRole("rowheader", { name: "王浩然" })).toHaveCount(0);

    await expect(async () => {
      const mine = await page.request.get(`/stats/export?table=summary&period=since&from=${sinceDay}`);
      const asked = await page.request.get(`/stats/export?table=summary&period=since&from=${sinceDay}&unit=FOTANG`);
      const figures = async (r: typeof mine) => parseCsv((await r.body()).toString("utf8")).slice(1);
      expect(await figures(asked)).toEqual(await figures(mine));
      expect((await figures(mine))[0][1]).toMatch(/^赤岸镇/);
    }).toPass({ timeout: 45_000 });
  });

  test("an admin sees the city with units side by side", async ({ page }) => {
    await reuseSignIn(page, ACCOUNTS.admin);
    await page.goto(SINCE);
    await expect(page.getByText(/统计范围：全市/)).toBeVisible();
    await expect(page.locator("dl dt", { hasText: /^解决率$/ })).toBeVisible();
    await expect(page.locator("dl dt", { hasText: /^按时办结率$/ })).toBeVisible();
    const units = page.getByRole("region", { name: "各单位对比" }).first();
    await expect(units.getByRole("rowheader", { name: "佛堂镇助企服务团" })).toBeVisible();
    await expect(page.getByRole("region", { name: "各镇街对比" }).first().getByRole("rowheader", { name: "赤岸镇" })).toBeVisible();
  });

  for (const account of [ACCOUNTS.officerChian, ACCOUNTS.powertrain]) {
    test(`${account} gets 404 on /stats and on the CSV`, async ({ page }) => {
      await reuseSignIn(page, account);
      const res = await page.goto("/stats");
      expect(res?.status()).toBe(404);
      for (const table of ["summary", "withdrawals"]) {
        const csv = await page.request.get(`/stats/export?table=${table}`);
        expect(csv.status()).toBe(404);
        expect(csv.headers()["content-type"]).not.toContain("text/csv");
      }
    });
  }

  test("without a session the CSV is not served", async ({ request }) => {
    const res = await request.get("/stats/export?table=summary", { maxRedirects: 0 });
    expect([307, 404]).toContain(res.status());
    expect(res.headers()["content-type"] ?? "").not.toContain("text/csv");
  });
});
