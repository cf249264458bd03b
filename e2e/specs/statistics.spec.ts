import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { HomePage } from "../page-models/home-page.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

describe("statistics and statuses", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("counts every party: Trat and Samut Prakan are not listed as without a partner", async () => {
    const { page, context, errors } = await openSession(browser);
    const home = new HomePage(page);
    await home.goto();
    await page.locator(".no-partner li").first().waitFor();
    const without = await page.locator(".no-partner li > a:first-child").allTextContents();
    assert.ok(without.length > 0);
    assert.ok(!without.includes("Trat") && !without.includes("Samut Prakan"), without.join(", "));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("charts the suggested status, with the recorded one on hover, and one-off events apart", async () => {
    const { page, context, errors } = await openSession(browser);
    const home = new HomePage(page);
    await home.goto();
    const figure = page.locator(".chart-figure", { hasText: "Relations by status" });
    await figure.locator(".chart[data-rendered]").waitFor({ timeout: 30_000 });
    const rows = await figure
      .locator("table tbody tr")
      .evaluateAll((items) =>
        items.map((item) => [item.querySelector("th")?.textContent ?? "", item.querySelector("td")?.textContent ?? ""]),
      );
    const count = (label: string) => Number.parseInt(rows.find(([name]) => name === label)?.[1] ?? "0", 10);
    assert.ok(count("Held (one-off)") >= 13, JSON.stringify(rows));
    assert.ok(count("Active") < 133, "fewer relations are active than the records say");
    assert.match(rows.find(([name]) => name === "Lapsed")?.[1] ?? "", /Recorded: Active \d+/);
    await figure.locator(".chart").scrollIntoViewIfNeeded();
    const box = await figure.locator(".chart").boundingBox();
    assert.ok(box);
    for (const fraction of [0.3, 0.45, 0.6]) {
      await page.mouse.move(box.x + box.width * fraction, box.y + box.height * 0.5);
      if (await figure.locator(".chart div", { hasText: "Recorded:" }).count()) break;
    }
    await figure.locator(".chart div", { hasText: "Recorded:" }).first().waitFor();
    assert.match((await page.locator(".count", { hasText: "One-off events" }).textContent()) ?? "", /\d+/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("shows a one-off trade fair as held, not as an active relation that lapsed", async () => {
    const { page, context, errors } = await openSession(browser);
    await page.goto("/registry/business-matching-shiga-thaifex-2016");
    await page.locator("#relation-title").waitFor();
    const status = (await page.locator("dd:has([data-status])").textContent()) ?? "";
    assert.match(status, /Held \(one-off\)/);
    assert.match(status, /One-off event/);
    assert.doesNotMatch(status, /Active|Lapsed|suggested/);
    await page.goto("/registry?status=lapsed");
    const badges = page.locator('.paged-results[data-state="settled"] table.directory [data-status]');
    await badges.first().waitFor({ timeout: 30_000 });
    const shown = await badges.evaluateAll((items) => items.map((item) => item.getAttribute("data-status")));
    assert.ok(
      shown.every((value) => value === "lapsed"),
      "the status filter and the badges agree",
    );
    assert.ok((await page.locator('table.directory [data-recorded="active"]').count()) > 0, "recorded status kept");
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("home page: search and how current the data is", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("searches from the home page and dates its charts (Thai, BE)", async () => {
    const { page, context, errors } = await openSession(browser, { locale: "th-TH" });
    const home = new HomePage(page);
    await home.goto();
    await home.firstChartTime();
    const asOf = page.locator(".as-of");
    assert.match((await asOf.getAttribute("data-as-of")) ?? "", /^2018/);
    assert.match((await asOf.textContent()) ?? "", /2561/);
    const notes = await page.locator(".chart-figure .note").allTextContents();
    assert.ok(notes.length >= 4 && notes.every((note) => /ข้อมูล ณ|สถานะ ณ/.test(note)), notes.join(" | "));
    await page.locator(".home-search input").fill("เชียงใหม่");
    await page.locator(".home-search button").click();
    await page.waitForURL(/\/atlas\?q=/);
    await page.locator("table.directory tbody th a", { hasText: "เชียงใหม่" }).first().waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
