import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { apiSignIn, createAccount, firstAdmin, signInContext } from "../support/accounts.ts";
import { screenshot } from "../support/artifacts.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

const PROVINCE = "TH-19";
const CHANGED = "Changed by the province's editor in the e2e run";

describe("editing a profile, its history and a revert", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("edits and removes a strength with reasons; an administrator reads the diff and reverts the removal", async () => {
    const editor = await createAccount("editor", [PROVINCE], "Saraburi editor");
    const { page, context, errors } = await openSession(browser);
    await signInContext(context, await apiSignIn(editor));
    await page.goto(`/edit/${PROVINCE}/facts/strengths`);
    const first = page.locator("li[data-fact]").first();
    await first.waitFor();
    const factId = (await first.getAttribute("data-fact")) ?? "";

    await first.getByRole("button", { name: "Edit", exact: true }).click();
    await page.locator(`#edit-${factId}-text-en`).fill(CHANGED);
    await page.locator(`#edit-${factId}-reason`).fill("the old wording was out of date");
    await page.locator(`form[aria-label] button[type=submit]`).first().click();
    // (A textarea's text is its value too: wait for the list item itself, the form closed.)
    const changed = page.locator("li[data-fact]:not(:has(form))", { hasText: CHANGED });
    await changed.waitFor();
    assert.equal(await changed.locator(".badge.unreviewed").count(), 1, "the edit is flagged self-reported");

    await changed.getByRole("button", { name: /^Remove: / }).click();
    await changed.getByLabel("Why remove it?").fill("no longer true");
    await changed.getByRole("button", { name: "Remove it", exact: true }).click();
    await changed.waitFor({ state: "detached" });
    await context.close();

    // The administrator reads the history, newest first: the removal with its reason, then the edit.
    const admin = await openSession(browser);
    await signInContext(admin.context, await apiSignIn(firstAdmin()));
    await admin.page.goto(`/history/${PROVINCE}`);
    const entries = admin.page.locator(".history-list > li");
    await entries.first().waitFor();
    assert.ok(((await entries.nth(0).textContent()) ?? "").includes("no longer true"));
    const edit = (await entries.nth(1).textContent()) ?? "";
    assert.ok(edit.includes("the old wording was out of date") && edit.includes(CHANGED), edit);
    await screenshot(admin.page, "history-before-revert");

    await entries.nth(0).getByRole("button", { name: "Revert this change" }).click();
    await entries.nth(0).getByLabel("Reason (kept in the history)").fill("removed by mistake");
    await entries.nth(0).getByRole("button", { name: "Revert", exact: true }).click();
    await admin.page.locator(".history-list > li", { hasText: "removed by mistake" }).waitFor();
    await admin.context.close();

    // The strength is back on the public profile.
    const visitor = await openSession(browser);
    await visitor.page.goto(`/atlas/${PROVINCE}`);
    await visitor.page.locator("#strengths-title").waitFor();
    // (Listed under each of its issues.)
    await visitor.page.locator("section:has(#strengths-title) li", { hasText: CHANGED }).first().waitFor();
    assert.deepEqual([...errors, ...visitor.errors], []);
    await visitor.context.close();
  });
});
