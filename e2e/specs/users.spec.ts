import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { SignInPage } from "../page-models/account-pages.ts";
import { apiSignIn, createAccount, firstAdmin, signInContext } from "../support/accounts.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

describe("the administrator's users page", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("makes a reset link, changes a role, and disables an account, which ends its sessions", async () => {
    const account = await createAccount("editor", ["TH-20"], "Chonburi editor");
    const admin = await openSession(browser);
    await signInContext(admin.context, await apiSignIn(firstAdmin()));
    await admin.page.goto("/users");
    const row = admin.page.locator(`.user-list li[data-user="${account.email}"]`);
    await row.waitFor();
    await row.getByRole("button", { name: "Change Chonburi editor" }).click();

    await row.getByRole("button", { name: "Make a password-reset link" }).click();
    const link = (await row.locator("a.one-time-link").getAttribute("href")) ?? "";
    assert.match(link, /\/reset-password\/[A-Za-z0-9_-]{20,}$/);

    await row.getByLabel("Role").selectOption("facilitator");
    await row.getByRole("button", { name: "Save", exact: true }).click();
    await row.locator(".ok[role=status]").waitFor();
    await row.locator("p", { hasText: "facilitator" }).first().waitFor();

    // The person sets a new password with the link, and signs in with it as a facilitator now.
    const person = await openSession(browser);
    await person.page.goto(new URL(link).pathname);
    await person.page.locator("#reset-password").fill("a brand new passphrase 2026");
    await person.page.locator("main form button[type=submit]").click();
    await person.page.locator(".ok[role=status]").waitFor();
    await new SignInPage(person.page).signInAs({ email: account.email, password: "a brand new passphrase 2026" });
    await person.page.getByRole("navigation").getByRole("link", { name: "Review", exact: true }).waitFor();
    // The link worked once.
    await person.page.goto(new URL(link).pathname);
    await person.page.locator("#reset-password").fill("yet another passphrase 2026");
    await person.page.locator("main form button[type=submit]").click();
    await person.page.locator(".form-summary").waitFor();

    // Disabled: the account's sessions end at once, and what was public stays readable.
    await row.getByRole("button", { name: "Disable", exact: true }).click();
    await admin.page.locator(`.user-list li[data-user="${account.email}"][data-status="disabled"]`).waitFor();
    await person.page.goto("/workspace");
    await person.page.locator("#sign-in-needed-title").waitFor();
    await person.page.goto("/atlas/TH-20");
    await person.page.locator("#locality-title").waitFor();
    await admin.context.close();
    await person.context.close();
  });
});
