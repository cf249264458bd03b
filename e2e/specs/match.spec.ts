import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { MatchPage } from "../page-models/match-page.ts";
import { screenshot } from "../support/artifacts.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

describe("match explorer", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("matches on an issue typed in Thai, re-ranks when a weight moves, and keeps it all in the URL", async () => {
    const { page, context, errors } = await openSession(browser);
    const match = new MatchPage(page);
    await match.goto();
    await match.chooseLocality("chiang", "Chiang Mai");
    await match.askIssue("การจัดการขยะ");
    const before = await match.resultIds();
    assert.ok(before.length >= 3, "several candidates");
    assert.ok(before.every((id) => id.startsWith("JP-")));
    assert.equal(await page.locator(".understood").getAttribute("data-understood"), "waste");
    assert.match(await match.understood(), /^Issues understood: /);
    await screenshot(page, "match");

    await match.setWeight("issueFit", 0);
    const after = await match.resultIds();
    assert.notDeepEqual(after, before);

    const shared = page.url();
    assert.match(shared, /from=TH-50/);
    const { page: other, context: otherContext } = await openSession(browser);
    await other.goto(shared);
    assert.deepEqual(await new MatchPage(other).resultIds(), after, "the URL reproduces the query");
    await otherContext.close();

    await match.compare(0);
    await match.compare(1);
    await page.locator("#compare-title").waitFor();
    assert.equal(await page.locator(".compare tbody tr").count(), 11, "score and ten criteria side by side");

    await page.locator(".match-output li.result").first().getByRole("link", { name: "Open the pair" }).click();
    await page.locator("#pair-title").waitFor();
    assert.match((await page.locator("#pair-title").textContent()) ?? "", /^Chiang Mai and /);
    await page.locator(".gains").first().waitFor();
    await screenshot(page, "pair");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("asks for the best pairs when only an issue is given", async () => {
    const { page, context } = await openSession(browser);
    const match = new MatchPage(page);
    await match.goto(`?issue=${encodeURIComponent("高齢化")}`);
    const pairs = await match.resultIds();
    assert.ok(pairs.length > 0);
    assert.ok(
      pairs.every((id) => /^TH-.+\|JP-/.test(id)),
      "each result is a Thai–Japanese pair",
    );
    await context.close();
  });

  it("shows the API's error message for a pair it refuses", async () => {
    const { page, context } = await openSession(browser);
    await page.goto("/match/pair?a=TH-50&b=TH-10");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? "", /Chiang Mai/);
    await context.close();
  });
});
