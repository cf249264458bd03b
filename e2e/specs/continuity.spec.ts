import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { CATALOG } from "../../web/src/i18n/catalog.ts";
import { ContinuityPages, RelationLogPage } from "../page-models/continuity-pages.ts";
import { apiSignIn, createAccount, signInContext } from "../support/accounts.ts";
import { RESULTS_DIR, screenshot } from "../support/artifacts.ts";
import { seriousViolations } from "../support/axe.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

const RELATION = "sister-chiang-mai-city-uozu";
const TITLE = "魚津市の高校生12名がチェンマイ市を訪問";

/** Wider than the window means a sideways scroll on a phone. */
const overflows = (page: import("playwright-core").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

describe("continuity: an activity logged in Japanese reaches the Thai partner, and the annual report", () => {
  let browser: Browser;
  let uozu: { email: string; password: string };
  let chiangMai: { email: string; password: string };
  const year = new Date().getUTCFullYear();
  before(async () => {
    browser = await launchBrowser();
    uozu = await createAccount("editor", ["JP-16204"], "魚津市 国際交流課");
    chiangMai = await createAccount("editor", ["TH-50", "TH-50-chiang-mai-city"], "เจ้าหน้าที่วิเทศสัมพันธ์");
  });
  after(() => browser.close());

  it("logs an activity in Japanese on the relation page", async () => {
    const { page, context, errors } = await openSession(browser, { locale: "ja-JP" });
    await signInContext(context, await apiSignIn(uozu));
    const relation = new RelationLogPage(page);
    await relation.goto(RELATION);
    await relation.logActivity({
      open: "活動を記録する",
      title: { label: "日本語", value: TITLE },
      date: `${year}-01-20`,
      people: [
        { side: "魚津市", count: 12 },
        { side: "チェンマイ", count: 30 },
      ],
      submit: "活動を記録",
    });
    const item = relation.timelineItem(TITLE);
    await item.waitFor();
    assert.match((await item.textContent()) ?? "", /魚津市が報告、確認待ち/);
    await screenshot(page, "continuity-log-ja");
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("shows it on the Thai partner's relation page in Thai, and tells the partner in the inbox", async () => {
    const { page, context, errors } = await openSession(browser, { locale: "th-TH", width: 390, height: 844 });
    await signInContext(context, await apiSignIn(chiangMai));
    const relation = new RelationLogPage(page);
    await relation.goto(RELATION);
    const item = relation.timelineItem(TITLE);
    await item.waitFor();
    const text = (await item.textContent()) ?? "";
    assert.ok(text.includes(CATALOG.th["text.not-translated"]), "the Japanese title is marked as not yet translated");
    assert.match(text, /รายงานโดย .+ รอการยืนยัน/);
    assert.match(text, /30 คน/);
    assert.equal(await item.locator("[lang='ja']").first().textContent(), TITLE);
    assert.ok(await page.getByRole("heading", { name: "สถานะความต่อเนื่องของความสัมพันธ์" }).isVisible());
    assert.equal(await overflows(page), false, "no sideways scroll at phone width");
    await screenshot(page, "continuity-relation-th-phone");

    const pages = new ContinuityPages(page);
    // At least the request to confirm (an hourly scan may add a report reminder meanwhile).
    assert.ok(Number(await pages.unreadCount()) >= 1);
    await pages.openInbox();
    const notice = page.locator(".notice.unread").first();
    assert.match((await notice.textContent()) ?? "", new RegExp(`กรุณายืนยัน: ${TITLE}`));
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, "continuity-inbox-th");
    await notice.locator("button.notice-open").click();
    await page.waitForURL(new RegExp(`/registry/${RELATION}$`));
    await page.locator("#activities-title").waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("generates the province's annual report from the log and prints it on A4 in Thai", async () => {
    const { page, context, errors } = await openSession(browser, { locale: "th-TH" });
    await signInContext(context, await apiSignIn(chiangMai));
    const pages = new ContinuityPages(page);
    await pages.generateReport("TH-50", year, "จัดทำจากบันทึกกิจกรรม");
    const totals = page.locator("table.totals");
    assert.match((await totals.textContent()) ?? "", /ผู้เข้าร่วม \(ฝ่ายเรา\)30/);
    await page.getByLabel("สรุปผลการดำเนินงาน").fill("ปีนี้มีการแลกเปลี่ยนนักเรียนกับเมืองอูโอสึ");
    await page.getByRole("button", { name: "บันทึก", exact: true }).click();
    await page.getByText("บันทึกแล้ว").waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, "continuity-report-th");

    await page.getByRole("link", { name: "พิมพ์ (A4)" }).click();
    const sheet = page.locator("article.print-report");
    await sheet.waitFor();
    assert.equal(await sheet.getAttribute("lang"), "th");
    assert.match((await page.locator("#print-title").textContent()) ?? "", new RegExp(`รายงานประจำปี ${year + 543}`));
    assert.match((await sheet.textContent()) ?? "", /ปีนี้มีการแลกเปลี่ยนนักเรียนกับเมืองอูโอสึ/);
    assert.match((await sheet.textContent()) ?? "", new RegExp(TITLE));
    assert.deepEqual(await seriousViolations(page), []);

    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".site-header").isVisible(), false, "the navigation is not printed");
    assert.equal(await page.locator(".print-tools").isVisible(), false);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, "annual-report-th.pdf"), pdf);
    const raw = pdf.toString("latin1");
    assert.ok(raw.startsWith("%PDF"));
    // A4 is 595 × 842 points.
    assert.match(raw, /\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    await page.emulateMedia({ media: "screen" });
    await screenshot(page, "continuity-print-th");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("lists upcoming events for visitors and offers the calendar feed", async () => {
    const { page, context, errors } = await openSession(browser, { locale: "en-GB", width: 390, height: 844 });
    await page.goto("/events");
    await page.getByRole("heading", { name: "Events calendar" }).waitFor();
    const feed = await page.getByRole("link", { name: /iCalendar/ }).getAttribute("href");
    assert.match(feed ?? "", /^\/api\/events\.ics\?/);
    assert.equal(await overflows(page), false);
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
