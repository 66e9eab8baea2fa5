import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { AUTH_DIR } from "./env";

export const DEMO_PASSWORD = "demo-pass";

export const ACCOUNTS = {
  admin: "admin@demo.yiwu.gov",
  leadChian: "lead.chian@demo.yiwu.gov",
  officerChian: "officer.chian@demo.yiwu.gov",
  officerFotang: "officer.fotang@demo.yiwu.gov",
  leadExit: "lead.exit@demo.yiwu.gov",
  officerExit: "officer.exit@demo.yiwu.gov",
  powertrain: "staff@powertrain.demo",
  tradeco: "staff@tradeco.demo",
} as const;

export type Account = keyof typeof ACCOUNTS;

/**
 * The browser state of a demo account of ACCOUNTS, signed in once per run through the real form by
 * auth.setup.ts (null for anyone else). Tests that only need to be someone use it (`reuseSignIn` or
 * `personPage`); tests about signing in or out sign in themselves, since signing out ends the session for
 * every copy of its cookie.
 */
export function authState(email: string): string | null {
  const account = (Object.keys(ACCOUNTS) as Account[]).find((a) => ACCOUNTS[a] === email);
  return account ? path.join(AUTH_DIR, `${account}.json`) : null;
}

/** This page's browser takes the account's stored sign-in (no form, no redirect); anyone else signs in through the form. */
export async function reuseSignIn(page: Page, email: string): Promise<void> {
  const file = authState(email);
  if (!file) return signIn(page, email);
  const state = JSON.parse(readFileSync(file, "utf8")) as { cookies: Parameters<BrowserContext["addCookies"]>[0] };
  await page.context().clearCookies();
  await page.context().addCookies(state.cookies);
}

/** Someone to be in a browser: a demo account's email, or a person a test created, with their password. */
export type Person = string | { email: string; password: string };

/** Signs in through the real form, as a person would (fields found by their labels). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel(/邮箱|Email/).fill(email);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * A fresh browser for one person (signed in unless `who` is null, optionally in another language), so
 * sessions never mix: switching people in one context is racy, as a link prefetch still in flight can set
 * the old session cookie again after it was cleared. An account of ACCOUNTS starts from its stored
 * sign-in; anyone else (a person the test created) signs in through the form.
 */
export async function personPage(browser: Browser, who: Person | null, locale?: string): Promise<Page> {
  const use = test.info().project.use;
  const stored = typeof who === "string" ? authState(who) : null;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    timezoneId: use.timezoneId,
    locale: locale ?? use.locale,
    storageState: stored ?? undefined,
  });
  const page = await context.newPage();
  if (who && !stored) await (typeof who === "string" ? signIn(page, who) : signIn(page, who.email, who.password));
  return page;
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** No axe violation on the page (or only inside `within`, e.g. "main" when the header is checked elsewhere). */
export async function expectAccessible(page: Page, within?: string) {
  await expectPageShown(page);
  const axe = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const { violations } = await (within ? axe.include(within) : axe).analyze();
  const path = new URL(page.url()).pathname;
  expect(
    violations.map(
      (v) =>
        `${path} ${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

/**
 * The page itself, not its loading skeleton (loading.tsx): a client-side navigation shows the skeleton at once
 * while the page streams in, and a check run then would check the skeleton.
 */
export async function expectPageShown(page: Page) {
  await expect(page.locator("[data-loading=page]")).toHaveCount(0);
}

/** Nothing wider than the phone: no sideways scrolling of the page itself. */
export async function expectFitsPhone(page: Page) {
  await expectPageShown(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

/** A page once its heading shows: accessible and as wide as the phone it is on. */
export async function expectAccessibleOnPhone(page: Page, within?: string) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, within);
  await expectFitsPhone(page);
}

/** Fills the visa-extension form (in Chinese) as a company's staff would, for a visa valid `validDays` more days, and submits it. */
export async function fileVisaExtension(page: Page, v: { name: string; nationality: string; passport: string; validDays: number; reason: string }) {
  await page.goto("/requests/new/visa-extension");
  await page.getByLabel("员工姓名").fill(v.name);
  await page.getByLabel("国籍").selectOption({ label: v.nationality });
  await page.getByLabel("护照号码").fill(v.passport);
  await page.getByLabel("签证种类").selectOption({ label: "Z 字（工作）" });
  await page.getByLabel("当前有效期至").fill(new Date(Date.now() + v.validDays * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10));
  await page.getByLabel("办理事项").selectOption({ label: "延期" });
  await page.getByLabel("申请事由").fill(v.reason);
  await page.getByRole("button", { name: "提交需求" }).click();
}

/** The hidden fields of a form (a server action's id and bound state): what a browser without scripts posts with it. */
export const hiddenFields = (page: Page, form: string) =>
  page
    .locator(form)
    .locator('input[type="hidden"]')
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])));
