import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { SignInPage } from "../page-models/account-pages.ts";
import { ProposalPages } from "../page-models/proposal-pages.ts";
import { apiSignIn, apiWrite, createAccount, signInContext } from "../support/accounts.ts";
import { RESULTS_DIR, screenshot } from "../support/artifacts.ts";
import { seriousViolations } from "../support/axe.ts";
import { baseUrl, launchBrowser, openSession } from "../support/browser.ts";

const THAI = "TH-50";
const JAPANESE = "JP-40";

const nameOf = async (id: string, lang: "th" | "en" | "ja") => {
  const response = await fetch(`${baseUrl()}/api/localities/${id}`);
  return ((await response.json()) as { names: Record<string, string> }).names[lang] ?? id;
};

/** Thai text as pdftotext gives it back can split a word where the glyphs split; compare without spaces. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("a cooperation proposal from a pair page to a signed relation, in Thai", () => {
  let browser: Browser;
  let proposalId = "";
  let relationId = "";
  const accounts: Record<string, Awaited<ReturnType<typeof createAccount>>> = {};

  before(async () => {
    browser = await launchBrowser();
    accounts.editor = await createAccount("editor", [THAI], "สมศรี ใจดี");
    accounts.facilitator = await createAccount("facilitator", [], "เจ้าหน้าที่ มท.");
  });
  after(() => browser.close());

  const signedIn = async (who: "editor" | "facilitator", width = 1280) => {
    const session = await openSession(browser, { locale: "th-TH", width });
    await signInContext(session.context, await apiSignIn(accounts[who] ?? { email: "", password: "" }));
    return session;
  };

  it("drafts from the pair page, fills the form, checks readiness and sends it to MOI", async () => {
    // The province's officer signs in on the sign-in page, as people do; later steps reuse an API session.
    const { page, context, errors } = await openSession(browser, { locale: "th-TH" });
    await new SignInPage(page).signInAs(accounts.editor ?? { email: "", password: "" });
    const pages = new ProposalPages(page);
    proposalId = await pages.proposeFromPair(THAI, JAPANESE, "เสนอความร่วมมือกับคู่นี้");
    assert.ok(proposalId, "a draft was created");
    assert.equal(await page.locator("select").first().inputValue(), THAI, "the Thai party is prefilled");
    assert.deepEqual(await seriousViolations(page), [], "the form is accessible");

    // The prefilled draft has no framework statement: a legal blocker stops sending it, says why, and moves nothing.
    await pages.open(proposalId);
    const consoleBefore = errors.length;
    await assert.rejects(pages.act("เสนอเรื่องต่อกระทรวงมหาดไทย", "บันทึก", { comment: "ขอเสนอเรื่อง" }), /กฎหมาย/);
    assert.match(await pages.stepText(), /ร่าง/);
    // Chromium logs the refused request (409) as a console error; that one is expected.
    assert.ok(
      errors.slice(consoleBefore).every((line) => /409/.test(line)),
      errors.join("\n"),
    );
    errors.splice(consoleBefore);
    await page.getByRole("link", { name: "แก้ไขข้อเสนอ", exact: true }).click();
    await page.locator("#edit-title").waitFor();

    const exact = { exact: true };
    const objective = await pages.addRow("วัตถุประสงค์", "เพิ่มวัตถุประสงค์");
    await objective.getByLabel("วัตถุประสงค์ข้อ 1", exact).fill("เพิ่มนักท่องเที่ยวญี่ปุ่นมายังเชียงใหม่ร้อยละ 10");
    for (const [party, text] of [
      [THAI, "ความรู้ด้านการตลาดการท่องเที่ยว"],
      [JAPANESE, "นักท่องเที่ยวไทยและตลาดสินค้าเกษตร"],
    ] as const) {
      const row = await pages.addRow(`ประโยชน์ที่ ${await nameOf(party, "th")} จะได้รับ`, "เพิ่มประโยชน์");
      await row.getByLabel(/^ประโยชน์ข้อ \d+$/).fill(text);
    }
    const activity = await pages.addRow("แผนกิจกรรมปีแรก", "เพิ่มกิจกรรม");
    await activity.getByLabel(/^กิจกรรมที่ \d+$/).fill("งานส่งเสริมการท่องเที่ยวร่วม");
    await activity.getByLabel("ช่วงเวลา", exact).fill("2027-09");
    await activity.getByLabel("เป้าหมายที่วัดผลได้", exact).fill("ผู้เข้าชม 2,000 คน");
    await page.getByLabel("แหล่งงบประมาณ", exact).fill("งบพัฒนาจังหวัด พ.ศ. 2570");
    await page.getByLabel("จำนวนเงิน (บาท)", exact).fill("500000");
    const officer = pages.fieldset("ฝ่ายไทย: เจ้าหน้าที่ผู้รับผิดชอบ");
    await officer.getByLabel("ชื่อ", exact).fill("สมศรี ใจดี");
    await officer.getByLabel("ตำแหน่ง", exact).fill("หัวหน้ากลุ่มงานวิเทศสัมพันธ์");
    await officer.getByRole("checkbox", { name: "English" }).check();
    await pages.fieldset("ฝ่ายไทย: ผู้ประสานงานสำรอง").getByLabel("ชื่อ", exact).fill("อนันต์ มีสุข");
    for (const [kind, name] of [
      ["university", "มหาวิทยาลัยเชียงใหม่"],
      ["chamber-of-commerce", "หอการค้าจังหวัดเชียงใหม่"],
    ] as const) {
      const row = await pages.addRow("ผู้เกี่ยวข้องที่ได้หารือ", "เพิ่มผู้เกี่ยวข้องที่ได้หารือ");
      await row.getByLabel("ประเภท", exact).selectOption(kind);
      await row.getByLabel("ชื่อ", exact).fill(name);
    }
    await page.getByLabel("สิ่งที่ฝ่ายญี่ปุ่นต้องการ", exact).fill("ฝ่ายญี่ปุ่นต้องการนักท่องเที่ยวไทยและช่องทางจำหน่ายผลไม้");
    await page
      .getByLabel("ความต่อเนื่องเมื่อเปลี่ยนผู้ว่าราชการจังหวัดหรือเจ้าหน้าที่", exact)
      .fill("คณะทำงานร่วมประชุมปีละสองครั้ง ไม่ว่าผู้ว่าราชการจังหวัดจะเปลี่ยนไป");
    await page
      .getByLabel("การส่งเสริมการพัฒนาและผลประโยชน์ร่วมกัน", exact)
      .fill("เพื่อการพัฒนาและผลประโยชน์ร่วมกันในกรอบความร่วมมืออาเซียน–เอเชียตะวันออก");
    await pages.save("บันทึก");
    await screenshot(page, "proposal-draft-th");

    const summary = (await page.locator(".readiness-summary").textContent()) ?? "";
    assert.match(summary, /เสนอเรื่องได้|พร้อม/, summary);
    assert.deepEqual(await seriousViolations(page), [], "the proposal page is accessible");
    const needsComment = /ข้อควรระวัง/.test(summary);
    await pages.act("เสนอเรื่องต่อกระทรวงมหาดไทย", "บันทึก", needsComment ? { comment: "ฝ่ายญี่ปุ่นยืนยันแล้ว" } : {});
    assert.match(await pages.stepText(), /เสนอกระทรวงมหาดไทยแล้ว/);
    // The MOI steps are not the province's to take.
    assert.ok(!(await pages.offeredActs()).some((act) => /กระทรวงการต่างประเทศเห็นชอบ/.test(act)));

    const pdf = join(RESULTS_DIR, "letter.pdf");
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    await page.locator("input[type=file]").setInputFiles(pdf);
    await page.getByRole("button", { name: "แนบไฟล์" }).click();
    await page.locator("ul.documents a", { hasText: "letter.pdf" }).waitFor({ timeout: 30_000 });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("lets a facilitator record every MOI step from the dashboard, in Thai", async () => {
    const { page, context, errors } = await signedIn("facilitator");
    await page.goto("/moi");
    await page.locator("table.moi-table").waitFor({ timeout: 30_000 });
    assert.deepEqual(await seriousViolations(page), [], "the dashboard is accessible");
    await screenshot(page, "moi-dashboard-th");
    await page.locator(`table.moi-table a[href="/proposals/${proposalId}"]`).click();
    const pages = new ProposalPages(page);
    await pages.waitForProposal();
    for (const [act, step] of [
      [/มท\. มีหนังสือหารือ กต\./, /หารือกระทรวงการต่างประเทศ/],
      ["กระทรวงการต่างประเทศเห็นชอบ", /เสนอรัฐมนตรีว่าการกระทรวงมหาดไทย/],
      ["รัฐมนตรีว่าการกระทรวงมหาดไทยอนุมัติ", /รอความเห็นคณะกรรมการกฤษฎีกา/],
      ["คณะกรรมการกฤษฎีกาให้ความเห็นว่าไม่ขัดต่อรัฐธรรมนูญ", /พร้อมลงนาม/],
    ] as const) {
      await pages.act(act, "บันทึก");
      assert.match(await pages.stepText(), step);
    }
    assert.equal(await page.locator(".timeline li").count(), 6, "the draft, the four MOI steps and ready to sign");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("records the signing, and the relation appears in the registry as active", async () => {
    const { page, context, errors } = await signedIn("editor");
    const pages = new ProposalPages(page);
    await pages.open(proposalId);
    const today = new Date().toISOString().slice(0, 10);
    await pages.act("บันทึกการลงนาม", "บันทึก", { on: today, comment: "ลงนามที่เชียงใหม่" });
    assert.match(await pages.stepText(), /ลงนามแล้ว/);
    await page.getByRole("link", { name: "ความสัมพันธ์ในทะเบียน" }).click();
    await page.locator("#relation-title").waitFor({ timeout: 30_000 });
    const relationPage = (await page.locator("main").textContent()) ?? "";
    assert.ok(relationPage.includes(await nameOf(JAPANESE, "th")));
    relationId = page.url().split("/").pop() ?? "";
    const relation = (await (await fetch(`${baseUrl()}/api/relations/${relationId}`)).json()) as { status: string };
    assert.equal(relation.status, "active");
    await page.goto(`/registry?party=${THAI}`);
    await page.locator(`table.directory a[href="/registry/${relationId}"]`).waitFor({ timeout: 30_000 });
    await screenshot(page, "registry-after-signing-th");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("prints the dossier in Thai, with the partner's name, and a summary in English and Japanese", async () => {
    const { page, context, errors } = await signedIn("editor");
    await page.goto(`/proposals/${proposalId}/dossier`);
    await page.locator(".dossier-page").first().waitFor({ timeout: 30_000 });
    await page.locator(".dossier-page[lang=ja]").waitFor();
    await page.emulateMedia({ media: "print" });
    const file = join(RESULTS_DIR, "dossier.pdf");
    await page.pdf({ path: file, format: "A4", printBackground: true });
    const text = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    const flat = squeeze(text);
    for (const heading of [
      "เรื่อง",
      "เรียน",
      "อ้างถึง",
      "สิ่งที่ส่งมาด้วย",
      "1.ความเป็นมา",
      "2.ข้อมูลเมืองคู่ความร่วมมือ",
      "3.ประเด็นและวัตถุประสงค์ของความร่วมมือ",
      "4.ประโยชน์ที่แต่ละฝ่ายจะได้รับ",
      "5.แผนกิจกรรมและตัวชี้วัด",
      "6.งบประมาณ",
      "7.ผลการตรวจความพร้อม",
      "8.แหล่งอ้างอิง",
    ]) {
      assert.ok(flat.includes(squeeze(heading)), `the dossier has “${heading}”`);
    }
    assert.ok(flat.includes(squeeze(await nameOf(JAPANESE, "th"))), "the partner's name in Thai");
    assert.ok(flat.includes(squeeze(await nameOf(JAPANESE, "en"))), "the partner's name in the English summary");
    assert.ok(flat.includes("Summaryforthepartner"), "the English summary");
    assert.ok(flat.includes("相手側向け概要"), "the Japanese summary");
    const pages = Number(execFileSync("pdfinfo", [file], { encoding: "utf8" }).match(/Pages:\s+(\d+)/)?.[1] ?? 0);
    assert.ok(pages >= 3, `Thai pages, then one page each in English and Japanese (${pages} pages)`);
    await page.emulateMedia({ media: "screen" });
    await screenshot(page, "dossier-th");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("fits a phone screen and keeps its refusals in the reader's language", async () => {
    const { page, context } = await signedIn("editor", 375);
    const pages = new ProposalPages(page);
    await pages.open(proposalId);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling (${overflow}px)`);
    await screenshot(page, "proposal-phone-th");
    const session = await apiSignIn(accounts.editor ?? { email: "", password: "" });
    const refused = await apiWrite("POST", `/api/proposals/${proposalId}/acts?lang=th`, { act: "mfa-concur" }, session);
    assert.equal(refused.status, 403);
    assert.match((refused.body as { error: { message: string } }).error.message, /บทบาท/);
    await context.close();
  });

  it("records the entry into force in English, and in Japanese points the yearly report to the province's annual report", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4));
    const english = await openSession(browser, { locale: "en-GB" });
    await signInContext(english.context, await apiSignIn(accounts.editor ?? { email: "", password: "" }));
    // The province's handover page lists it among the proposals in progress, waiting for the Thai party.
    await english.page.goto(`/handover/${THAI}`);
    const inProgress = english.page.locator("section[aria-labelledby='proposals-title'] li", {
      has: english.page.locator(`a[href='/proposals/${proposalId}']`),
    });
    await inProgress.waitFor();
    assert.match((await inProgress.textContent()) ?? "", /Signed.*Waiting for the Thai party: Record entry into force/);
    const inEnglish = new ProposalPages(english.page);
    await inEnglish.open(proposalId);
    assert.match(await inEnglish.stepText(), /Signed/);
    await inEnglish.act("Record entry into force", "Record", { on: today });
    assert.match(await inEnglish.stepText(), /In force/);
    assert.deepEqual(english.errors, []);
    await english.context.close();

    const japanese = await openSession(browser, { locale: "ja-JP" });
    const session = await apiSignIn(accounts.editor ?? { email: "", password: "" });
    await signInContext(japanese.context, session);
    const inJapanese = new ProposalPages(japanese.page);
    await inJapanese.open(proposalId);
    assert.match(await inJapanese.stepText(), /発効中/);
    // No report typed on the proposal: it links to the province's annual report for the year.
    const link = japanese.page.getByRole("link", { name: "年次報告を開く" });
    assert.equal(await link.getAttribute("href"), `/reports?locality=${THAI}&year=${year}`);
    // The continuity spec may have drafted this year's report already (the specs share one database).
    const listed = (await (
      await fetch(`${baseUrl()}/api/annual-reports?locality=${THAI}&year=${year}`, {
        headers: { cookie: session.cookie },
      })
    ).json()) as { items: Array<{ id: string }> };
    const reportId =
      listed.items[0]?.id ??
      ((await apiWrite("POST", "/api/annual-reports", { locality: THAI, year }, session)).body as { id: string }).id;
    assert.equal((await apiWrite("POST", `/api/annual-reports/${reportId}/submit`, {}, session)).status, 200);
    await inJapanese.open(proposalId);
    const reported = japanese.page.getByRole("link", { name: `${year}年の年次報告で報告済み` });
    assert.equal(await reported.getAttribute("href"), `/reports/${reportId}`);
    const proposal = (await (
      await fetch(`${baseUrl()}/api/proposals/${proposalId}`, { headers: { cookie: session.cookie } })
    ).json()) as { state: { step: string; reports?: number } };
    assert.deepEqual(proposal.state, { step: "in-force", since: today, reports: 1 });
    assert.deepEqual(japanese.errors, []);
    await japanese.context.close();
  });

  it("lets a facilitator take the signed relation back through the audit trail, leaving the registry as it was", async () => {
    // The e2e specs share one database: later specs read the reference data only.
    const session = await apiSignIn(accounts.facilitator ?? { email: "", password: "" });
    const history = (await (
      await fetch(`${baseUrl()}/api/audit?record=${relationId}`, { headers: { cookie: session.cookie } })
    ).json()) as {
      items: Array<{ id: number; action: string }>;
    };
    const created = history.items.find((entry) => entry.action === "relation.create");
    assert.ok(created, "the signing is in the relation's history");
    const reverted = await apiWrite(
      "POST",
      `/api/audit/${created.id}/revert`,
      { reason: "end-to-end test data" },
      session,
    );
    assert.equal(reverted.status, 201);
    assert.equal((await fetch(`${baseUrl()}/api/relations/${relationId}`)).status, 404);
  });
});
