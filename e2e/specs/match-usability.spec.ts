import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { MatchPage } from "../page-models/match-page.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

describe("match explorer usability", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("keeps weight moves and comparison ticks out of the history: Back leaves the search", async () => {
    const { page, context, errors } = await openSession(browser);
    const match = new MatchPage(page);
    await match.goto("?from=TH-50");
    await match.resultIds();
    await match.askIssue("waste");
    await match.resultIds();
    await match.setWeight("geography", 0.9);
    await match.setWeight("industry", 0.1);
    await match.compare(0);
    assert.match(page.url(), /compare=/);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("issue="));
    assert.equal(new URL(page.url()).search, "?from=TH-50", "one Back undoes the whole search, tweaks included");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("says what a score means as a band with its rule, collapses the weights, hides existing partners, shows more", async () => {
    const { page, context, errors } = await openSession(browser);
    const match = new MatchPage(page);
    await match.goto("?from=TH-10");
    const first = await match.resultIds();
    assert.equal(first.length, 10);
    assert.equal(await page.locator("details.weights-panel").getAttribute("open"), null, "weights start closed");
    const bands = await page
      .locator(".match-output li.result [data-band]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-band")));
    assert.equal(bands[0], "strong");
    assert.ok(bands.every((band) => ["strong", "good", "possible", "weak"].includes(band ?? "")));
    await page.locator(".band-rule summary").click();
    assert.match((await page.locator(".band-rule p").textContent()) ?? "", /top 5%.*top 15%.*top 40%/);
    const related = await page
      .locator(".match-output [data-flag='already-related'], .match-output [data-flag='dormant-relation']")
      .count();
    assert.ok(related > 0, "Bangkok's list starts with partners it has");

    await page.locator('input[name="hide"]').click();
    await page.waitForURL(/hide=related/);
    await match.resultIds();
    assert.equal(
      await page
        .locator(".match-output [data-flag='already-related'], .match-output [data-flag='dormant-relation']")
        .count(),
      0,
    );
    await page.getByRole("button", { name: "More results" }).click();
    await page.waitForURL(/limit=20/);
    assert.equal((await match.resultIds()).length, 20);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("keeps the sliders out of the way on a phone: results come first", async () => {
    const { page, context } = await openSession(browser, { width: 375, height: 800, locale: "th-TH" });
    const match = new MatchPage(page);
    await match.goto("?from=TH-50");
    await match.resultIds();
    assert.equal(await page.locator("details.weights-panel").getAttribute("open"), null);
    const top = await page
      .locator(".match-output li.result")
      .first()
      .evaluate((item) => item.getBoundingClientRect().top + window.scrollY);
    assert.ok(top < 1150, `the first result starts at ${Math.round(top)} px`);
    await context.close();
  });
});
