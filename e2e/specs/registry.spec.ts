import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { RegistryPage } from "../page-models/registry-page.ts";
import { screenshot } from "../support/artifacts.ts";
import { baseUrl, launchBrowser, openSession } from "../support/browser.ts";

describe("registry", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("filters relations, draws the network and opens a relation", async () => {
    const { page, context, errors } = await openSession(browser);
    const registry = new RegistryPage(page);
    await registry.goto("?type=sister-city");
    await registry.waitForGraph();
    await screenshot(page, "registry");
    const types = await page.locator("table.directory tbody td:nth-child(3)").allInnerTexts();
    assert.ok(types.length > 0 && types.every((type) => type === "Sister city"));
    const first = (await page.locator("table.directory tbody th a").first().textContent()) ?? "";
    await registry.openRelation(first);
    assert.equal(await registry.relationTitle(), first);
    assert.ok((await page.locator("time").count()) > 0, "dates are shown");
    await screenshot(page, "relation");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("opens an organisation party of a relation, with its role and relations", async () => {
    const { page, context, errors } = await openSession(browser);
    const registry = new RegistryPage(page);
    await page.goto("/registry/dip-mou-saitama");
    await page.locator("#relation-title").waitFor();
    const title = await registry.openOrganisationParty(/Department of Industrial Promotion/);
    assert.match(title, /Department of Industrial Promotion/);
    assert.ok(
      (await page.locator("section:has(#organisation-relations) time").count()) > 0,
      "its relations are listed",
    );
    await screenshot(page, "organisation");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("serves the app for deep links and keeps JSON errors under /api", async () => {
    const page = await fetch(`${baseUrl()}/registry/some-relation?x=1`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get("content-type") ?? "", /text\/html/);
    const api = await fetch(`${baseUrl()}/api/no-such-thing?lang=th`);
    assert.equal(api.status, 404);
    assert.equal(((await api.json()) as { error: { code: string } }).error.code, "not_found");
  });
});
