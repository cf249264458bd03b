import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { screenshot } from "../support/artifacts.ts";
import { seriousViolations } from "../support/axe.ts";
import { baseUrl, launchBrowser, openSession } from "../support/browser.ts";

const firstRelation = async (): Promise<string> => {
  const response = await fetch(`${baseUrl()}/api/relations?type=sister-city&limit=1`);
  const body = (await response.json()) as { items: { id: string }[] };
  return body.items[0]?.id ?? "none";
};

/** Each page with what shows that it has finished loading. */
const pages = async (): Promise<[string, string, string][]> => [
  ["home", "/", ".chart[data-rendered]"],
  ["atlas", "/atlas", "table.directory"],
  ["locality", "/atlas/TH-50", "section:has(#partners-title) li.result"],
  ["match", `/match?from=TH-50&issue=${encodeURIComponent("การจัดการขยะ")}`, ".match-output li.result"],
  ["pair", "/match/pair?a=TH-50&b=JP-40", ".gains"],
  ["registry", "/registry", "section:has(#graph-title) .chart[data-rendered]"],
  ["relation", `/registry/${await firstRelation()}`, "#relation-title"],
  ["issues", "/issues", ".issue-tree li"],
  ["issue", "/issues/waste", "section:has(#pairs-title) li.result"],
  ["about", "/about", ".criteria-list li"],
  ["report", "/report?from=7506&to=7518", "#report-title"],
  ["organisation", "/organisations/org%3Aint-citynet", "section.conflicts"],
];

describe("accessibility and phone width", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("has no serious or critical axe violations on the main pages", async () => {
    const { page, context } = await openSession(browser);
    const found: string[] = [];
    for (const [name, path, ready] of await pages()) {
      await page.goto(path);
      await page.locator(ready).first().waitFor({ timeout: 30_000 });
      found.push(...(await seriousViolations(page)).map((violation) => `${name}: ${violation}`));
    }
    assert.deepEqual(found, []);
    await context.close();
  });

  it("fits a 375px phone screen without sideways scrolling, in Thai", async () => {
    const { page, context } = await openSession(browser, { width: 375, height: 800, locale: "th-TH" });
    const overflowing: string[] = [];
    for (const [name, path, ready] of await pages()) {
      await page.goto(path);
      await page.locator(ready).first().waitFor({ timeout: 30_000 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 376) overflowing.push(`${name}: ${width}px`);
      if (["home", "locality", "match"].includes(name)) await screenshot(page, `phone-${name}`);
    }
    assert.deepEqual(overflowing, []);
    await context.close();
  });

  it("can be driven by keyboard: skip link, then the navigation", async () => {
    const { page, context } = await openSession(browser);
    await page.goto("/");
    await page.locator("h1").waitFor();
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.className), "skip-link");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("href")), "/atlas");
    await page.keyboard.press("Enter");
    await page.locator("#atlas-title").waitFor();
    await context.close();
  });
});
