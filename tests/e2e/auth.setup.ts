// Signs each demo account in once, through the real form, and saves its
// session for the tests (tests/e2e/.auth/, gitignored). Tests that sign out,
// change a password or disable a user sign in afresh instead, so these stored
// sessions stay valid for the whole run.
import { test as setup } from "@playwright/test";
import { ACCOUNTS, expectSignedIn, signIn, storageStatePath, type Role } from "./support";

for (const role of Object.keys(ACCOUNTS) as Role[]) {
  setup(`${role} signs in`, async ({ page }) => {
    await signIn(page, ACCOUNTS[role]);
    await expectSignedIn(page);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
