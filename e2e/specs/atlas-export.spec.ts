import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { AtlasPage } from "../page-models/atlas-page.ts";
import { RegistryPage } from "../page-models/registry-page.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

/** The settled directory rows for the URL now shown. */
const settledRows = async (page: Page) => {
  const search = new URL(page.url()).search;
  const rows = page.locator(`.paged-results[data-state="settled"][data-search="${search}"] table.directory tbody tr`);
  await rows.first().waitFor({ timeout: 30_000 });
  return rows;
};

const download = async (page: Page, format: "CSV" | "XLSX"): Promise<Buffer> => {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(".export-buttons button", { hasText: format }).click(),
  ]);
  const path = await file.path();
  assert.ok(path);
  return readFileSync(path);
};

describe("atlas columns and exports", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("sorts by a column, filters by offers and partners, and shows the partners column", async () => {
    const { page, context, errors } = await openSession(browser);
    await new AtlasPage(page).goto();
    await page.locator('button[data-sort="population"]').click();
    await page.waitForURL(/sort=population/);
    await page.locator('button[data-sort="population"]').click();
    await page.waitForURL(/order=desc/);
    const rows = await settledRows(page);
    const populations = await rows.locator("td:nth-child(5)").allTextContents();
    const numbers = populations.slice(0, 5).map((text) => Number(text.replace(/\D/g, "")));
    assert.deepEqual(
      numbers,
      [...numbers].sort((a, b) => b - a),
      "largest first",
    );
    assert.equal(await page.locator('th[aria-sort="descending"]').count(), 1);

    await page.locator('select[name="country"]').selectOption("TH");
    await page.locator('select[name="partner"]').selectOption("no");
    await page.waitForURL(/partner=no/);
    const without = await settledRows(page);
    const partners = await without
      .locator("td[data-partners]")
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-partners")));
    assert.ok(partners.every((value) => value === "0"));
    const names = await without.locator("th a").allTextContents();
    assert.ok(!names.includes("Trat") && !names.includes("Samut Prakan"));

    await page.locator('select[name="partner"]').selectOption("");
    await page.locator('select[name="offers"]').selectOption("waste");
    await page.waitForURL(/offers=waste/);
    const offering = await settledRows(page);
    assert.ok((await offering.count()) > 0);
    const total = (await page.locator(".result-count").textContent()) ?? "";
    assert.match(total, /^\d+ localities$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("downloads the filtered atlas and registry as CSV and XLSX, in the reader's language", async () => {
    const { page, context, errors } = await openSession(browser, { locale: "th-TH" });
    await page.goto("/atlas?country=JP&tier=prefecture");
    await settledRows(page);
    const csv = (await download(page, "CSV")).toString("utf8");
    assert.ok(csv.startsWith("\uFEFF"), "a byte-order mark so spreadsheets read UTF-8");
    const lines = csv.trim().split("\r\n");
    assert.equal(lines.length, 1 + 47, "a header and every prefecture, not one page");
    assert.match(lines[0] ?? "", /^ชื่อ,/);
    assert.ok(lines.some((line) => line.includes("จังหวัดฮอกไกโด") && line.includes("北海道")));
    const xlsx = await download(page, "XLSX");
    assert.equal(xlsx.subarray(0, 2).toString("latin1"), "PK", "an XLSX workbook (a zip)");

    await new RegistryPage(page).goto("?type=sister-city");
    const registry = (await download(page, "CSV")).toString("utf8").trim().split("\r\n");
    const total = Number(((await page.locator(".result-count").textContent()) ?? "").replace(/\D/g, ""));
    assert.equal(registry.length, 1 + total);
    assert.ok(
      registry.slice(1).every((line) => line.includes("/registry/")),
      "a link per relation",
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});
