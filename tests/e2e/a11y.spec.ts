import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary).toEqual([]);
}

/** Nothing wider than a 390 px phone: no sideways scrolling of the page itself. */
async function expectFitsPhone(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const PAGES: [string | null, string][] = [
  [null, "/login"],
  [null, "/register"],
  [ACCOUNTS.powertrain, "/requests"],
  [ACCOUNTS.powertrain, "/requests/new"],
  [ACCOUNTS.officerChian, "/queue"],
  [ACCOUNTS.leadChian, "/stats"],
  [ACCOUNTS.admin, "/admin"],
];

test.describe("accessible on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const [account, path] of PAGES) {
    test(`${path} as ${account ?? "anonymous"} passes axe and fits 390 px`, async ({ page }) => {
      if (account) await signIn(page, account);
      else await page.context().clearCookies();
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
      await expectFitsPhone(page);
    });
  }

  test("a case page passes axe and fits 390 px", async ({ page }) => {
    await signIn(page, ACCOUNTS.officerChian);
    await page.goto("/queue");
    await page.getByRole("link", { name: /^YW-\d{4}-\d{6}$/ }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
    await expectFitsPhone(page);
  });
});
