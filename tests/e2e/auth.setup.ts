// Signs every demo account in once per run, through the real form, and keeps each browser state in
// E2E_DIR/.auth/<account>.json for the tests that only need to be that person (helpers.ts: reuseSignIn, personPage).
// A state is kept only once the server says whose session it holds: a stored state that opened as someone
// else would put every test using it in the wrong person's shoes without saying so.
import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, authState, signIn, type Account } from "./helpers";

for (const account of Object.keys(ACCOUNTS) as Account[]) {
  setup(`sign in as ${account}`, async ({ page }) => {
    await signIn(page, ACCOUNTS[account]);
    const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
    expect(session?.user?.email, `the stored session of ${account}`).toBe(ACCOUNTS[account]);
    await page.context().storageState({ path: authState(ACCOUNTS[account])! });
  });
}
