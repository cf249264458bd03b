import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { HomePage, type UiLang } from "../page-models/home-page.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

/** Record ids as the data writes them: a reader should see names, never these. */
const RAW_ID = /\b(TH|JP)-\d{2}[\w-]*|\borg:[a-z]|\b[a-z]+(-[a-z0-9]+){2,}\b/;

const mainText = async (page: Page): Promise<string> => (await page.locator("main").textContent()) ?? "";

describe("names, titles and the reader's language", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  const open = async (lang: UiLang) => {
    const session = await openSession(browser);
    const home = new HomePage(session.page);
    await home.goto();
    await home.chooseLanguage(lang);
    return session;
  };

  it("names an existing relation by its title, linked, on the pair page", async () => {
    const { page, context, errors } = await open("en");
    await page.goto("/match/pair?a=TH-50-chiang-mai-city&b=JP-16204");
    const link = page.locator(".flags a[data-relation]");
    await link.waitFor();
    await page.waitForFunction(() => !document.querySelector(".flags a[data-relation]")?.textContent?.includes("…"));
    assert.match((await link.textContent()) ?? "", /Chiang Mai City.*Uozu/);
    assert.equal(await link.getAttribute("href"), "/registry/sister-chiang-mai-city-uozu");
    assert.doesNotMatch((await page.locator(".flags").textContent()) ?? "", RAW_ID);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const lang of ["th", "ja"] as const) {
    it(`shows where sources disagree in ${lang}: field names, readings, notes and linked names`, async () => {
      const { page, context, errors } = await open(lang);
      await page.goto("/registry/sister-chiang-mai-city-uozu");
      const block = page.locator("section.conflicts");
      await block.locator('.conflict[data-field="parties"] a[href="/atlas/TH-50-chiang-mai-city"]').waitFor();
      await page.waitForFunction(() => !document.querySelector(".conflicts a")?.textContent?.startsWith("TH-"));
      const text = (await block.textContent()) ?? "";
      assert.doesNotMatch(text, RAW_ID);
      assert.doesNotMatch(text, /parties|Chapter|credits|Province/, "no English left in the block");
      await page.goto("/organisations/org%3Aint-citynet");
      await page.locator('section.conflicts .conflict[data-field="based_in"]').waitFor();
      const citynet = (await page.locator("section.conflicts").textContent()) ?? "";
      assert.match(citynet, lang === "th" ? /โซล/ : /ソウル/);
      assert.doesNotMatch(citynet, /based_in|secretariat/);
      assert.doesNotMatch(await mainText(page), RAW_ID);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
