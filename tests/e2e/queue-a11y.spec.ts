import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

// The lead's views carry the most controls (bulk form, assignment, co-handling, priority): check those.
async function expectAccessibleOnPhone(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test.describe("queue, case and notifications on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a lead's queue with filters open and the bulk form", async ({ page }) => {
    await signIn(page, ACCOUNTS.leadExit);
    await page.goto("/queue?tab=all&type=PASSPORT_EXPEDITE");
    await expect(page.getByRole("button", { name: "批量分派" })).toBeVisible();
    await expectAccessibleOnPhone(page);
  });

  test("a lead's case page with every action form", async ({ page }) => {
    await signIn(page, ACCOUNTS.leadExit);
    await page.goto("/queue?tab=open&type=PASSPORT_EXPEDITE");
    await page.getByRole("list", { name: "办件" }).getByRole("link", { name: /^YW-\d{4}-\d{6}$/ }).first().click();
    await expect(page.getByRole("button", { name: "添加协办单位" })).toBeVisible();
    await expectAccessibleOnPhone(page);
  });

  test("the notification centre", async ({ page }) => {
    await signIn(page, ACCOUNTS.officerChian);
    await page.goto("/notifications");
    await expectAccessibleOnPhone(page);
  });
});
