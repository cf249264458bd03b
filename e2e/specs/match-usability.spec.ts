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
});
