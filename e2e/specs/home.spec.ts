import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Request } from "playwright-core";
import { CATALOG } from "../../web/src/i18n/catalog.ts";
import { HomePage, type UiLang } from "../page-models/home-page.ts";
import { recordMetric, screenshot } from "../support/artifacts.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

describe("home page", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("is usable on a first, cold load: a chart is drawn", async () => {
    const { page, context, errors } = await openSession(browser);
    const home = new HomePage(page);
    await home.goto();
    const firstChart = await home.firstChartTime();
    assert.ok(firstChart > 0, "the first chart marks its time");
    recordMetric("homeFirstChartMs", Math.round(firstChart));
    const navigation = await page.evaluate(() => {
      const [entry] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
      return entry ? entry.domContentLoadedEventEnd : -1;
    });
    recordMetric("homeDomContentLoadedMs", Math.round(navigation));
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const lang of ["th", "en", "ja"] as const satisfies UiLang[]) {
    it(`speaks ${lang}, remembers it and asks the API in it`, async () => {
      const { page, context, errors } = await openSession(browser);
      const apiCalls: string[] = [];
      page.on("request", (request: Request) => {
        if (request.url().includes("/api/")) apiCalls.push(request.url());
      });
      const home = new HomePage(page);
      await home.goto();
      await home.chooseLanguage(lang);
      assert.equal(await home.heading(), CATALOG[lang]["home.title"]);
      await home.firstChartTime();
      assert.ok(
        apiCalls.some((url) => url.includes(`lang=${lang}`)),
        `an API call carries lang=${lang}`,
      );
      await page.reload();
      await page.locator("h1").waitFor();
      assert.equal(await home.heading(), CATALOG[lang]["home.title"], "the choice survives a reload");
      const cookies = await context.cookies();
      assert.equal(cookies.find((cookie) => cookie.name === "lang")?.value, lang);
      assert.equal(await page.evaluate(() => localStorage.getItem("jubkoo.lang")), lang);
      const years = await home.yearTableText();
      if (lang === "th") {
        assert.match(years, /2532/, "1989 is shown as BE 2532");
        assert.doesNotMatch(years, /\b1989\b/);
      } else {
        assert.match(years, /\b1989\b/);
      }
      await home.waitForMap();
      await screenshot(page, `home-${lang}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
