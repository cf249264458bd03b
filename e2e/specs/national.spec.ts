import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { SiteSearch } from "../page-models/search-page.ts";
import { screenshot } from "../support/artifacts.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

describe("national coverage", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("finds a Thai district from the header and leads to its province", async () => {
    const { page, context, errors } = await openSession(browser);
    await page.goto("/");
    const search = new SiteSearch(page);
    await search.search("อำเภอแม่สาย");
    const hits = await search.hits();
    assert.ok(
      hits.some((hit) => hit.kind === "place" && /Mae Sai District/.test(hit.text) && /Chiang Rai/.test(hit.text)),
      "the district is found, in Chiang Rai",
    );
    await screenshot(page, "search-mae-sai");
    await search.open("Mae Sai District");
    assert.match(page.url(), /\/atlas\/TH-57/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("finds a small Japanese town and shows its official contact; finds Lampang typed with a split sara am", async () => {
    const { page, context, errors } = await openSession(browser);
    await page.goto("/");
    const search = new SiteSearch(page);
    await search.search("Otoyo");
    await search.open("Otoyo Town");
    assert.match(page.url(), /\/atlas\/JP-39344$/);
    await page.locator("#contact-title").waitFor();
    assert.match((await page.locator("section:has(#contact-title)").textContent()) ?? "", /https?:\/\//);
    await search.search("ลําปาง");
    assert.ok(
      (await search.hits()).some((hit) => /Lampang/.test(hit.text)),
      "ลําปาง typed with ํ + า finds Lampang",
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("shows the atlas as a map of every municipality on a phone; an undescribed town invites its editors", async () => {
    const { page, context, errors } = await openSession(browser, { width: 390, height: 844 });
    await page.goto("/atlas?view=map");
    const chart = page.locator(".atlas-map .chart[data-rendered='true']");
    await chart.waitFor({ timeout: 20_000 });
    const label = (await chart.getAttribute("aria-label")) ?? "";
    const [partnered = 0, other = 0] = (label.match(/\d+/g) ?? []).map(Number);
    assert.ok(partnered > 10 && other > 1500, `points for every municipality (${label})`);
    await screenshot(page, "atlas-map-phone");
    // A thin undescribed municipality invites its editors to describe it.
    await page.goto("/atlas/JP-41201");
    await page.locator(".thin-profile").waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
