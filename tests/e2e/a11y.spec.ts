import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessibleOnPhone, expectFitsPhone, reuseSignIn } from "./helpers";

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
      if (account) await reuseSignIn(page, account);
      else await page.context().clearCookies();
      await page.goto(path);
      await expectAccessibleOnPhone(page);
    });
  }

  test("the city-wide stats in English, with their widest tables, fit 390 px", async ({ page, baseURL }) => {
    await reuseSignIn(page, ACCOUNTS.admin);
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.goto("/stats");
    await expect(page.getByRole("heading", { level: 1, name: "Statistics" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Townships side by side" })).toBeVisible();
    await expectFitsPhone(page);
  });

  test("a case page passes axe and fits 390 px", async ({ page }) => {
    await reuseSignIn(page, ACCOUNTS.officerChian);
    await page.goto("/queue");
    await page
      .getByRole("link", { name: /^YW-\d{4}-\d{6}$/ })
      .first()
      .click();
    // The queue's own heading must not count: wait for the case page (it streams in after its loading.tsx).
    await expect(page).toHaveURL(/\/cases\/YW-/);
    await expectAccessibleOnPhone(page);
  });
});
