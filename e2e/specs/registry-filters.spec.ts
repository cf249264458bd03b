import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { RegistryFilters } from "../page-models/registry-filters.ts";
import { RegistryPage } from "../page-models/registry-page.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

describe("registry filters", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("takes a Buddhist Era year from a Thai reader and never shows a raw validation message", async () => {
    const { page, context, errors } = await openSession(browser, { locale: "th-TH" });
    const years: string[] = [];
    page.on("request", (request) => {
      const year = new URL(request.url()).searchParams.get("year");
      if (request.url().includes("/api/relations") && year) years.push(year);
    });
    await new RegistryPage(page).goto();
    const filters = new RegistryFilters(page);
    assert.match(await filters.yearLabel(), /พ\.ศ\./);
    assert.doesNotMatch(await filters.yearLabel(), /ค\.ศ\./);
    await filters.typeYear("2559");
    await page.waitForURL(/[?&]year=2016/);
    const dates = await filters.startDates();
    assert.ok(dates.length > 0 && dates.every((date) => date.startsWith("2016")), dates.join(" "));
    assert.equal(await filters.yearInput().inputValue(), "2559", "the Thai reader keeps seeing BE");
    assert.equal(await page.getByRole("alert").count(), 0);

    await filters.typeYear("25");
    await page.locator(".field-error").waitFor();
    assert.equal(await page.getByRole("alert").count(), 0);
    assert.ok(!years.some((year) => year === "25" || year === "2559"), `asked ${years.join(", ")}`);
    const text = (await page.locator("main").textContent()) ?? "";
    assert.doesNotMatch(text, /Invalid|querystring|Too big|expected/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("finds a party by name as typed, spaces and Thai kept, localities and organisations", async () => {
    const { page, context, errors } = await openSession(browser);
    await new RegistryPage(page).goto();
    const filters = new RegistryFilters(page);
    await filters.typeParty("Chiang Mai");
    assert.equal(await filters.partyText(), "Chiang Mai");
    await filters.chooseParty(/^Chiang Mai \(Province/);
    await page.waitForURL(/[?&]party=TH-50(&|$)/);
    await page.locator("table.directory tbody td", { hasText: "Chiang Mai" }).first().waitFor();

    await page.locator(".picked button").click();
    await filters.typeParty("เชียงใหม่");
    assert.equal(await filters.partyText(), "เชียงใหม่");
    await page.locator(".picker-hits button", { hasText: "Chiang Mai" }).first().waitFor();
    await page.locator('input[name="party"]').fill("");

    await filters.typeParty("Industrial Promotion");
    await filters.chooseParty(/Department of Industrial Promotion/);
    await page.waitForURL(/[?&]party=org%3Ath-dip/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("the network graph", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  for (const width of [1280, 375]) {
    it(`starts on one issue rather than every relation, and can widen (${width}px)`, async () => {
      const { page, context, errors } = await openSession(browser, { width, height: 800 });
      const registry = new RegistryPage(page);
      await registry.goto();
      await registry.waitForGraph();
      const select = page.locator('select[name="graph"]');
      assert.match(await select.inputValue(), /^issue:/);
      const hint = page.locator(".graph-focus .hint");
      const shown = Number(await hint.getAttribute("data-shown"));
      const total = Number(((await page.locator(".result-count").textContent()) ?? "").replace(/\D/g, ""));
      assert.ok(shown > 0 && shown < total, `${shown} of ${total}`);
      await select.selectOption("region:north");
      await page.waitForURL(/graph=region%3Anorth/);
      await select.selectOption("all");
      await page.waitForURL(/graph=all/);
      await page.locator(`.graph-focus .hint[data-shown="${total}"]`).waitFor();
      const box = await page.locator("section:has(#graph-title) .chart").boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width + 1, "the graph fits the screen");
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
