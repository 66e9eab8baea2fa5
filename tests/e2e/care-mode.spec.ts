import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectFitsPhone, reuseSignIn } from "./helpers";

/** Turns 适老化 mode on for this browser, as the header switch does (its cookie). */
async function careOn(page: Page) {
  await page.context().addCookies([{ name: "CARE_MODE", value: "on", url: test.info().project.use.baseURL! }]);
}

const rootFontPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

/** Text contrast of at least 7:1 (WCAG AAA, axe's color-contrast-enhanced) on the whole page. */
async function expectEnhancedContrast(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withRules(["color-contrast-enhanced"]).analyze();
  const path = new URL(page.url()).pathname;
  expect(violations.flatMap((v) => v.nodes.map((n) => `${path} ${n.target.join(" ")}: ${n.failureSummary?.split("\n")[1] ?? ""}`)).slice(0, 8)).toEqual([]);
}

/** No element cuts its own text off: anything that hides overflow holds all of its content. */
async function expectNothingClipped(page: Page) {
  const clipped = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const cs = getComputedStyle(el);
      if (cs.display === "none" || cs.visibility === "hidden" || el.closest(".sr-only, [aria-hidden=true]")) continue;
      const clipsX = /hidden|clip/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const clipsY = /hidden|clip/.test(cs.overflowY) && el.scrollHeight > el.clientHeight + 1;
      const ellipsis = cs.textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth + 1;
      if (clipsX || clipsY || ellipsis) out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? "").trim().slice(0, 40)}"`);
    }
    return out;
  });
  expect(clipped).toEqual([]);
}

async function expectCareModePage(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await rootFontPx(page)).toBeGreaterThanOrEqual(24);
  await expectAccessible(page);
  await expectEnhancedContrast(page);
  await expectFitsPhone(page);
  await expectNothingClipped(page);
}

test("the header switch turns 适老化 mode on and it stays on: 150 % text, the switch pressed", async ({ page }) => {
  await page.context().clearCookies();
  await page.goto("/login");
  const base = await rootFontPx(page);
  const toggle = page.getByRole("button", { name: "关怀模式" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.getByRole("button", { name: "关怀模式" })).toHaveAttribute("aria-pressed", "true");
  expect(await rootFontPx(page)).toBeGreaterThanOrEqual(base * 1.5);
  await page.goto("/help");
  await expect(page.getByRole("button", { name: "关怀模式" })).toHaveAttribute("aria-pressed", "true");
  expect(await rootFontPx(page)).toBeGreaterThanOrEqual(base * 1.5);
  // A button is at least 48 px high, twice what small print would need.
  const box = await page.getByRole("button", { name: "关怀模式" }).boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(48);
  await page.getByRole("button", { name: "关怀模式" }).click();
  await expect(page.getByRole("button", { name: "关怀模式" })).toHaveAttribute("aria-pressed", "false");
  expect(await rootFontPx(page)).toBe(base);
});

const PAGES: [string | null, string][] = [
  [null, "/login"],
  [null, "/help"],
  [null, "/help/enterprise"],
  [ACCOUNTS.powertrain, "/requests"],
  [ACCOUNTS.powertrain, "/requests/new"],
  [ACCOUNTS.powertrain, "/requests/new/supply-chain-handoff"],
  [ACCOUNTS.officerChian, "/queue"],
  [ACCOUNTS.leadChian, "/stats"],
  [ACCOUNTS.admin, "/admin"],
  [ACCOUNTS.admin, "/admin/api-keys"],
];

for (const [width, height] of [
  [390, 844],
  [1280, 800],
] as const) {
  test.describe(`in 适老化 mode at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    for (const [account, path] of PAGES) {
      test(`${path} as ${account ?? "anonymous"}: large text, 7:1 contrast, axe clean, nothing clipped`, async ({ page }) => {
        if (account) await reuseSignIn(page, account);
        else await page.context().clearCookies();
        await careOn(page);
        await page.goto(path);
        await expectCareModePage(page);
      });
    }

    test("a case page: large text, 7:1 contrast, axe clean, nothing clipped", async ({ page }) => {
      await reuseSignIn(page, ACCOUNTS.officerChian);
      await careOn(page);
      await page.goto("/queue");
      await page
        .getByRole("link", { name: /^YW-\d{4}-\d{6}$/ })
        .first()
        .click();
      // The queue's own heading must not count: the case page (behind its skeleton) is checked once it is there.
      await expect(page).toHaveURL(/\/cases\/YW-/);
      await expectCareModePage(page);
    });

    test("an enterprise's own request page: large text, 7:1 contrast, axe clean, nothing clipped", async ({ page }) => {
      await reuseSignIn(page, ACCOUNTS.powertrain);
      await careOn(page);
      await page.goto("/requests");
      await page
        .getByRole("link", { name: /YW-\d{4}-\d{6}/ })
        .first()
        .click();
      await expectCareModePage(page);
    });
  });
}
