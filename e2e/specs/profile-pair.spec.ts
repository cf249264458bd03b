import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { LocalityPage } from "../page-models/locality-page.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

describe("profiles and pairs: reading, printing, sharing", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("states each fact of a profile once with all its tags, has contents, and counts its relations", async () => {
    const { page, context, errors } = await openSession(browser);
    const api = (await (await page.request.get("/api/localities/TH-50")).json()) as {
      strengths: { text: { en: string }; issues: string[] }[];
      relations: unknown[];
    };
    const locality = new LocalityPage(page);
    await locality.goto("TH-50");
    const facts = page.locator("section#strengths li[data-fact]");
    assert.equal(await facts.count(), api.strengths.length, "each strength once");
    const firstTags = await facts.first().locator(".tag-list a").count();
    assert.equal(firstTags, api.strengths[0]?.issues.length, "with every issue it is tagged with");
    const contents = await page
      .locator(".profile-contents a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    assert.ok(contents.includes("#strengths") && contents.includes("#relations"));
    for (const href of contents) assert.equal(await page.locator(href).count(), 1, `${href} is on the page`);
    const count = page.locator(".relations-count");
    assert.equal(await count.getAttribute("data-count"), String(api.relations.length));
    await count.locator("a").click();
    await page.waitForURL(/\/registry\?party=TH-50$/);
    await page.locator(".result-count", { hasText: `${api.relations.length} relations` }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("prints a profile without navigation and with its sources written out", async () => {
    const { page, context } = await openSession(browser);
    await new LocalityPage(page).goto("TH-50");
    await page.locator("section#strengths details.source").first().waitFor();
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".site-header nav").isVisible(), false);
    assert.equal(await page.locator(".profile-contents").isVisible(), false);
    assert.equal(await page.locator("section#strengths .source-label").first().isVisible(), true);
    assert.equal(await page.locator("section#strengths details.source summary").first().isVisible(), false);
    await context.close();
  });

  it("ends a pair with next steps: contacts on each side, print, a link that keeps the language", async () => {
    const { page, context, errors } = await openSession(browser, { locale: "ja-JP" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/match/pair?a=TH-50&b=JP-40");
    const steps = page.locator("section.next-steps");
    await steps.waitFor();
    const contacts = await steps
      .locator("a[data-contact]")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    assert.deepEqual(contacts, ["/atlas/TH-50#contacts", "/atlas/JP-40#contacts"]);
    assert.equal(await page.getByRole("button", { name: /提案|Propose|เสนอ/ }).count(), 0, "no dead propose button");
    const link = await steps.locator('input[name="share-link"]').inputValue();
    assert.match(link, /[?&]lang=ja(&|$)/);
    await steps.getByRole("button", { name: "リンクをコピー" }).click();
    await steps.locator('[role="status"]', { hasText: "コピーしました" }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

    const { page: other, context: otherContext } = await openSession(browser, { locale: "en-GB" });
    await other.goto(link.replace(/^https?:\/\/[^/]+/, ""));
    await other.locator("#pair-title").waitFor();
    assert.equal(await other.evaluate(() => document.documentElement.lang), "ja", "the link opens in Japanese");
    await otherContext.close();

    await steps.locator("a[data-contact='JP-40']").click();
    await page.waitForURL(/\/atlas\/JP-40#contacts$/);
    await page.locator("#locality-title").waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
