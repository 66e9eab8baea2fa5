import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessibleOnPhone, reuseSignIn } from "./helpers";

// The lead's views carry the most controls (bulk form, assignment, co-handling, priority): check those.
test.describe("queue, case and notifications on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a lead's queue with filters open and the bulk form", async ({ page }) => {
    await reuseSignIn(page, ACCOUNTS.leadExit);
    await page.goto("/queue?tab=all&type=PASSPORT_EXPEDITE");
    await expect(page.getByRole("button", { name: "批量分派" })).toBeVisible();
    await expectAccessibleOnPhone(page);
  });

  test("a lead's case page with every action form", async ({ page }) => {
    await reuseSignIn(page, ACCOUNTS.leadExit);
    await page.goto("/queue?tab=open&type=PASSPORT_EXPEDITE");
    await page
      .getByRole("list", { name: "办件" })
      .getByRole("link", { name: /^YW-\d{4}-\d{6}$/ })
      .first()
      .click();
    await expect(page.getByRole("button", { name: "添加协办单位" })).toBeVisible();
    await expectAccessibleOnPhone(page);
  });

  test("the notification centre", async ({ page }) => {
    await reuseSignIn(page, ACCOUNTS.officerChian);
    await page.goto("/notifications");
    await expectAccessibleOnPhone(page);
    // The message keeps the width of the card; its buttons go below it instead of squeezing it.
    const item = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: /^打开 / }) })
      .first();
    const [itemBox, textBox] = [await item.boundingBox(), await item.locator("p").first().boundingBox()];
    expect(textBox!.width).toBeGreaterThan(itemBox!.width * 0.8);
  });
});
