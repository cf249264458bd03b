import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { SignInPage } from "../page-models/account-pages.ts";
import { createAccount } from "../support/accounts.ts";
import { screenshot } from "../support/artifacts.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

// A subdistrict municipality the atlas does not hold: Pa Tueng, in Mae Chan district of Chiang Rai.
const BODY = {
  th: "เทศบาลตำบลป่าตึง",
  province: "TH-57",
  provinceName: "เชียงราย",
  district: "แม่จัน",
  subdistrict: "ป่าตึง",
};

describe("registration: a Thai local government registers itself", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("lets a facilitator register a subdistrict municipality in Thai; its profile shows it under its province, self-reported", async () => {
    const facilitator = await createAccount("facilitator", [], "ผู้ประสานงาน กรมส่งเสริมการปกครองท้องถิ่น");
    const session = await openSession(browser, { locale: "th-TH" });
    const { page } = session;
    await new SignInPage(page).signInAs(facilitator);

    // "My locality" links to the form for those allowed to register.
    await page.getByRole("link", { name: "ลงทะเบียนองค์กรปกครองส่วนท้องถิ่น", exact: true }).click();
    await page.locator("#register-title").waitFor();

    // An unknown district is refused beside its input, in Thai, before anything is written.
    await page.locator("#register-names-th").fill(BODY.th);
    await page.locator("#register-tier").selectOption("subdistrict-municipality");
    await page.locator("#register-province").selectOption(BODY.province);
    await page.locator("#register-district").fill("ไม่มีอำเภอนี้");
    await page.getByRole("button", { name: "ลงทะเบียน", exact: true }).click();
    const problem = page.locator(".field.has-error .field-error");
    await problem.waitFor();
    assert.match((await problem.textContent()) ?? "", /ไม่พบอำเภอ/);

    // The district's subdistricts are suggested from the gazetteer once the district is known.
    await page.locator("#register-district").fill(BODY.district);
    await page.locator("#register-subdistrict-list option[value='ตำบลป่าตึง']").waitFor({ state: "attached" });
    await page.locator("#register-subdistrict").fill(BODY.subdistrict);
    await page.getByRole("button", { name: "ลงทะเบียน", exact: true }).click();

    // It lands on the new profile: under Chiang Rai, with the self-reported badge.
    await page.waitForURL(/\/atlas\/TH-57-[a-z0-9-]+$/);
    await page.locator("#locality-title", { hasText: BODY.th }).waitFor();
    const header = page.locator(".profile-header");
    await header.locator(".badge.unreviewed", { hasText: "รายงานเอง" }).waitFor();
    await header.getByRole("link", { name: BODY.provinceName, exact: true }).waitFor();
    assert.ok(await header.getByText("เทศบาลตำบล").count(), "the tier is shown");
    await screenshot(page, "registration-profile");
    await session.context.close();
  });
});
