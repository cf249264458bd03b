import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { AtlasPage } from "../page-models/atlas-page.ts";
import { LocalityPage } from "../page-models/locality-page.ts";
import { screenshot } from "../support/artifacts.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

describe("atlas", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("finds a locality typed in Thai and opens its sourced profile", async () => {
    const { page, context, errors } = await openSession(browser);
    const atlas = new AtlasPage(page);
    await atlas.goto();
    await screenshot(page, "atlas");
    await atlas.search("เชียงใหม่", "Chiang Mai");
    assert.ok((await atlas.rowNames()).includes("Chiang Mai"), "the search in Thai finds Chiang Mai");
    await atlas.open("Chiang Mai");
    const locality = new LocalityPage(page);
    assert.equal(await locality.title(), "Chiang Mai");
    assert.match(page.url(), /\/atlas\/TH-50$/);
    const source = await locality.revealSource("overview-title");
    assert.match(
      source,
      /^(Report “Thailand-Japan Relations at the Local Level.*lines \d+–\d+|Dataset: .+|General knowledge \(confidence: (high|medium|low)\))/,
    );
    const strengths = await page.locator("section#strengths li[data-fact]").count();
    assert.ok(strengths > 0, "strengths are listed, each with its issue tags");
    const partners = await locality.waitForPartners();
    assert.ok(partners.length > 0 && partners.length <= 5, "up to five suggested partners");
    assert.ok(
      partners.every((id) => id.startsWith("JP-")),
      "a Thai locality's partners are Japanese",
    );
    await screenshot(page, "locality-TH-50");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("names and links the city that holds a designation listed on its prefecture", async () => {
    const { page, context, errors } = await openSession(browser);
    await page.goto("/");
    await page.getByRole("button", { name: "日本語", exact: true }).click();
    await page.goto("/atlas/JP-12");
    // Chiba Prefecture's record lists Kashiwa's FutureCity: the page says whose it is.
    const holder = page.locator('li:has-text("環境未来都市") a[href="/atlas/JP-12217"]');
    await holder.waitFor();
    assert.equal(await holder.textContent(), "柏市");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("answers an unknown locality with the API's message in the reader's language", async () => {
    const { page, context } = await openSession(browser);
    await page.goto("/");
    await page.getByRole("button", { name: "日本語", exact: true }).click();
    await page.goto("/atlas/TH-99");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? "", /TH-99/);
    assert.doesNotMatch((await alert.textContent()) ?? "", /Not found/);
    await context.close();
  });
});
