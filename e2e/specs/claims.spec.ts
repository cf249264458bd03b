import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { apiSignIn, createAccount, signInContext } from "../support/accounts.ts";
import { screenshot } from "../support/artifacts.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

const TITLE = "Friendship between Chai Nat and Toyama (e2e)";

describe("relation claims between two parties", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("holds a proposed relation until the other party's editor confirms it on their page", async () => {
    const thai = await createAccount("editor", ["TH-18"], "Chai Nat editor");
    const japanese = await createAccount("editor", ["JP-16"], "Toyama editor");

    // The Thai editor proposes a friendship with Toyama from "My locality".
    const proposer = await openSession(browser);
    await signInContext(proposer.context, await apiSignIn(thai));
    await proposer.page.goto("/propose-relation?party=TH-18");
    await proposer.page.locator("#claim-title-en").waitFor();
    await proposer.page.locator('input[name="parties-search"]').fill("Toyama");
    await proposer.page.locator(".picker-hits button", { hasText: "Toyama Prefecture" }).first().click();
    await proposer.page.locator('#claim-parties li[data-party="JP-16"]').waitFor();
    await proposer.page.locator("#claim-title-en").fill(TITLE);
    // (A start before the reference data's latest date: specs share one database, and the home
    // page's "data as of" is the latest recorded date.)
    await proposer.page.locator("#claim-start").fill("2015-13");
    await proposer.page.locator("form.stack-form button[type=submit]").click();
    // A date that does not exist is refused beside its input; nothing is sent on.
    await proposer.page.locator("#claim-start-error").waitFor();
    await proposer.page.locator("#claim-start").fill("2015-11");
    await proposer.page.locator("form.stack-form button[type=submit]").click();
    await proposer.page.locator(".ok[role=status]").waitFor();

    // Not published: the registry does not list it while it waits.
    const listed = (await (await proposer.page.request.get("/api/relations?party=TH-18&limit=100")).json()) as {
      items: { title: { en: string } }[];
    };
    assert.equal(listed.items.filter((relation) => relation.title.en === TITLE).length, 0);

    // Toyama's editor sees it awaiting their confirmation, and confirms it.
    const confirmer = await openSession(browser);
    await signInContext(confirmer.context, await apiSignIn(japanese));
    await confirmer.page.goto("/workspace");
    const claim = confirmer.page.locator("section:has(#awaiting-me-title) li", { hasText: TITLE });
    await claim.waitFor();
    await screenshot(confirmer.page, "workspace-claim-awaiting");
    await claim.getByRole("button", { name: "Confirm", exact: true }).click();
    await confirmer.page.locator(".decided-note.ok").waitFor();

    // The proposer sees the outcome, and the relation is published.
    await proposer.page.goto("/workspace");
    await proposer.page
      .locator('section:has(#mine-title) .submission[data-status="approved"]', { hasText: TITLE })
      .waitFor();
    const published = (await (await proposer.page.request.get("/api/relations?party=TH-18&limit=100")).json()) as {
      items: { title: { en: string } }[];
    };
    assert.equal(published.items.filter((relation) => relation.title.en === TITLE).length, 1);
    assert.deepEqual([...proposer.errors.filter((error) => !error.includes("status of 400")), ...confirmer.errors], []);
    await proposer.context.close();
    await confirmer.context.close();
  });
});
