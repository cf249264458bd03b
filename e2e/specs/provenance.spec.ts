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
    await page.waitForFunction(() => !document.querySelector(".flags")?.textContent?.includes("…"));
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

describe("the report, named and readable", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  for (const lang of ["th", "en", "ja"] as const) {
    it(`has an About page in ${lang}: the report's titles, sources, as of when, matching and limits`, async () => {
      const { page, context, errors } = await openSession(browser);
      const home = new HomePage(page);
      await home.goto();
      await home.chooseLanguage(lang);
      await page.locator(`footer a[href="/about"]`).click();
      await page.locator("#about-title").waitFor();
      const text = await mainText(page);
      assert.match(text, /ความสัมพันธ์ไทย-ญี่ปุ่นในระดับท้องถิ่น/);
      assert.match(text, /Thailand-Japan Relations at the Local Level/);
      assert.match(text, lang === "th" ? /2561/ : /2018/, "as of when");
      await page.locator(".datasets li").first().waitFor();
      assert.equal(await page.locator(".criteria-list li").count(), 10);
      assert.equal(await page.locator("main h2").count(), 7);
      if (lang !== "en") assert.doesNotMatch(text, /Who it serves|How matching works|Limits/);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it("names the report in a fact's source and opens the cited lines", async () => {
    const { page, context, errors } = await openSession(browser);
    const available = ((await (await page.request.get("/api/report")).json()) as { available: boolean }).available;
    await page.goto("/registry/sister-chiang-mai-city-uozu");
    const details = page.locator("section.conflicts details.source").first();
    await details.locator("summary").click();
    assert.match(
      (await details.locator(".source-label").textContent()) ?? "",
      /^Report “Thailand-Japan Relations at the Local Level: Status and Future Possibility” \(research project reporting to the Thailand Research Fund; information to 2018\), lines \d+–\d+$/,
    );
    if (available) {
      await details.locator("a.report-link").click();
      await page.locator("#report-title").waitFor();
      const cited = page.locator(".report-lines li.cited");
      await cited.first().waitFor();
      const url = new URL(page.url());
      const from = Number(url.searchParams.get("from"));
      const to = Number(url.searchParams.get("to"));
      assert.equal(await cited.count(), to - from + 1);
      assert.equal(await cited.first().getAttribute("data-line"), String(from));
    } else {
      assert.equal(await details.locator("a.report-link").count(), 0);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
});
