// Signs every demo account in once per run, through the real form, and keeps each browser state in
// E2E_DIR/.auth/<account>.json for the tests that only need to be that person (helpers.ts: signedInAs, personPage).
import { test as setup } from "@playwright/test";
import { ACCOUNTS, authState, signIn, type Account } from "./helpers";

for (const account of Object.keys(ACCOUNTS) as Account[]) {
  setup(`sign in as ${account}`, async ({ page }) => {
    await signIn(page, ACCOUNTS[account]);
    await page.context().storageState({ path: authState(ACCOUNTS[account])! });
  });
}
