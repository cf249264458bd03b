import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { HomePage, type UiLang } from "../page-models/home-page.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

const BRAND: Record<UiLang, string> = { th: "จับคู่", en: "Jubkoo", ja: "チャップクー" };

describe("brand, missing records and refused requests", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  for (const lang of ["th", "en", "ja"] as const) {
    it(`names the brand once and the match page apart from it (${lang})`, async () => {
      const { page, context, errors } = await openSession(browser);
      const home = new HomePage(page);
      await home.goto();
      await home.chooseLanguage(lang);
      const brand = ((await page.locator(".brand").textContent()) ?? "").trim();
      assert.ok(brand.startsWith(BRAND[lang]), `the brand reads ${BRAND[lang]}`);
      const title = await page.title();
      const parts = title.split(" · ");
      assert.equal(new Set(parts).size, parts.length, `"${title}" repeats nothing`);
      const navItems = await page.locator("nav .nav-list a").allInnerTexts();
      assert.ok(!navItems.includes(BRAND[lang]), `no navigation item is named like the brand: ${navItems.join(", ")}`);
      assert.doesNotMatch((await page.locator("body").textContent()) ?? "", /ジャブクー/);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it("says a missing record is missing, once, and offers a search instead of a retry", async () => {
    const { page, context } = await openSession(browser);
    let requests = 0;
    page.on("request", (request) => {
      if (request.url().includes("/api/localities/TH-99")) requests++;
    });
    await page.goto("/atlas/TH-99");
    await page.locator("[data-not-found]").waitFor();
    assert.match((await page.getByRole("alert").textContent()) ?? "", /TH-99/);
    assert.equal(await page.getByRole("button", { name: "Try again" }).count(), 0);
    await page.locator("[data-not-found] input[type=search]").fill("Chiang");
    await page.locator("[data-not-found] button[type=submit]").click();
    await page.waitForURL(/\/atlas\?q=Chiang/);
    await page.locator("table.directory tbody th a", { hasText: "Chiang Mai" }).first().waitFor();
    assert.equal(requests, 1, "a 404 is asked once, never retried");
    for (const path of [
      "/registry/no-such-relation",
      "/organisations/org%3Anone",
      "/issues/no-such-issue",
      "/nowhere",
    ]) {
      await page.goto(path);
      await page.locator("[data-not-found]").waitFor();
      assert.equal(await page.getByRole("button", { name: "Try again" }).count(), 0, path);
    }
    await context.close();
  });

  it("explains a refused pair in the reader's language, with names, and never retries it", async () => {
    const { page, context } = await openSession(browser, { locale: "th-TH" });
    await page.goto("/match/pair?a=TH-50&b=TH-10");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    assert.match(text, /เชียงใหม่/);
    assert.doesNotMatch(text, /Invalid|TH-50/);
    assert.equal(await page.getByRole("button", { name: "ลองอีกครั้ง" }).count(), 0);
    await context.close();
  });
});
