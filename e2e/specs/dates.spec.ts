import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { HomePage, type UiLang } from "../page-models/home-page.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

/** What the Uozu sister-city signing (August 1989) reads as in each language. */
const SIGNING: Record<UiLang, RegExp> = {
  th: /สิงหาคม 2532/,
  en: /^August 1989$/,
  ja: /^1989年8月（平成元年）$/,
};

describe("dates standing alone", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  for (const lang of ["th", "en", "ja"] as const) {
    it(`reads a signing date the way ${lang} readers write it`, async () => {
      const { page, context, errors } = await openSession(browser);
      const home = new HomePage(page);
      await home.goto();
      await home.chooseLanguage(lang);
      await page.goto("/registry/sister-chiang-mai-city-uozu");
      const start = page.locator('time[datetime="1989-08"]').first();
      await start.waitFor();
      assert.match((await start.textContent()) ?? "", SIGNING[lang]);
      const activities = await page.locator("section:has(#activities-title) time").allTextContents();
      if (lang === "ja")
        assert.ok(
          activities.every((text) => /（(昭和|平成|令和)/.test(text)),
          activities.join(" "),
        );
      else assert.ok(activities.every((text) => !/（/.test(text)));
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
