import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext } from "playwright-core";
import { CATALOG } from "../../web/src/i18n/catalog.ts";
import {
  type ApiSession,
  apiSignIn,
  apiWrite,
  createAccount,
  firstAdmin,
  freshEmail,
  signInContext,
} from "../support/accounts.ts";
import { screenshot } from "../support/artifacts.ts";
import { seriousViolations } from "../support/axe.ts";
import { launchBrowser, openSession } from "../support/browser.ts";

const LANG_LOCALES = { th: "th-TH", en: "en-GB", ja: "ja-JP" } as const;
const PROVINCE = "TH-18";

/** A fresh, unused invitation link's path. */
const invitationPath = async (admin: ApiSession): Promise<string> => {
  const invited = await apiWrite(
    "POST",
    "/api/invitations",
    { email: freshEmail("pages"), role: "editor", scope: { localities: [PROVINCE] } },
    admin,
  );
  return new URL((invited.body as { link: string }).link).pathname;
};

const signedIn = async (context: BrowserContext, account: { email: string; password: string }) =>
  signInContext(context, await apiSignIn(account));

describe("workspace pages: languages, accessibility, phone width, contacts", () => {
  let browser: Browser;
  let admin: ApiSession;
  let editor: { email: string; password: string };
  let facilitator: { email: string; password: string };
  let offerId = "";
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSignIn(firstAdmin());
    editor = await createAccount("editor", [PROVINCE], "Chai Nat editor");
    facilitator = await createAccount("facilitator", [], "Facilitator");
    // Something in the queue and in the history.
    const session = await apiSignIn(editor);
    const added = await apiWrite(
      "POST",
      "/api/needs-offers",
      {
        party: PROVINCE,
        kind: "offer",
        text: { ja: "有機米の栽培ノウハウ" },
        issues: ["agriculture"],
        source: { kind: "self-reported" },
      },
      session,
    );
    assert.equal(added.status, 201);
    offerId = (added.body as { id: string }).id;
  });
  after(() => browser.close());

  for (const lang of ["th", "en", "ja"] as const) {
    it(`shows the sign-in, invitation and review pages in ${lang}`, async () => {
      const messages: Record<string, string> = CATALOG[lang];
      const { page, context, errors } = await openSession(browser, { locale: LANG_LOCALES[lang] });
      await page.goto("/sign-in");
      assert.equal(await page.locator("h1").textContent(), messages["ws.sign-in.title"]);
      assert.equal(await page.locator("label[for=sign-in-password]").textContent(), messages["ws.field.password"]);
      // A wrong password: the API's answer in the reader's language.
      await page.locator("#sign-in-email").fill("nobody@e2e.jubkoo.test");
      await page.locator("#sign-in-password").fill("not the password at all");
      await page.locator("main form button[type=submit]").click();
      assert.equal(await page.locator(".form-summary p").textContent(), messages["error.sign-in-failed"]);

      await page.goto(await invitationPath(admin));
      await page.locator("#accept-name").waitFor();
      assert.equal(await page.locator("h1").textContent(), messages["ws.invitation.title"]);
      assert.ok((await page.locator("dl.facts").textContent())?.includes(messages["role.editor"] ?? "?"));
      await screenshot(page, `invitation-${lang}`);

      await signedIn(context, facilitator);
      await page.goto("/review");
      await page.locator(".review-queue").waitFor();
      assert.equal(await page.locator("h1").textContent(), messages["ws.review.title"]);
      assert.ok(
        await page.getByRole("button", { name: messages["ws.decide.approve"], exact: true }).first().isVisible(),
      );
      assert.equal(await page.locator("label[for=review-status]").textContent(), messages["registry.status"]);
      await screenshot(page, `review-${lang}`);
      assert.deepEqual(
        errors.filter((error) => !error.includes("status of 401")),
        [],
      );
      await context.close();
    });
  }

  /** Each workspace page, who opens it, and what shows that it has loaded. */
  const PAGES: [string, "visitor" | "editor" | "facilitator" | "admin", string, string][] = [
    ["sign-in", "visitor", "/sign-in", "#sign-in-email"],
    ["forgot-password", "visitor", "/forgot-password", "#forgot-email"],
    ["invitation", "visitor", "", "#accept-name"],
    ["reset-password", "visitor", "/reset-password/not-a-real-token", "#reset-password"],
    ["workspace", "editor", "/workspace", ".workspace-card .completeness"],
    ["edit-hub", "editor", `/edit/${PROVINCE}`, ".edit-hub"],
    ["edit-facts", "editor", `/edit/${PROVINCE}/facts/strengths`, "#add-fact-text-th"],
    ["edit-needs-offers", "editor", `/edit/${PROVINCE}/needs-offers`, "#add-need-offer-text-th"],
    ["edit-contacts", "editor", `/edit/${PROVINCE}/contacts`, "#contacts-office-th"],
    ["propose-relation", "editor", `/propose-relation?party=${PROVINCE}`, "#claim-title-th"],
    ["review", "facilitator", "/review", ".review-queue"],
    ["users", "admin", "/users", ".user-list"],
    ["history", "admin", "history", ".history-list"],
  ];

  const visit = async (width: number, check: (name: string, context: BrowserContext) => Promise<void>) => {
    const accounts = { editor, facilitator, admin: firstAdmin() };
    for (const [name, who, path, ready] of PAGES) {
      const { page, context } = await openSession(browser, { width, height: 800, locale: "th-TH" });
      if (who !== "visitor") await signedIn(context, accounts[who]);
      const at = path === "history" ? `/history/${offerId}` : path || (await invitationPath(admin));
      await page.goto(at);
      await page.locator(ready).first().waitFor({ timeout: 30_000 });
      await check(name, context);
      await context.close();
    }
  };

  it("has no serious or critical axe violations on the workspace pages", async () => {
    const found: string[] = [];
    await visit(1280, async (name, context) => {
      const [page] = context.pages();
      if (page) found.push(...(await seriousViolations(page)).map((violation) => `${name}: ${violation}`));
    });
    assert.deepEqual(found, []);
  });

  it("fits the workspace pages on a 375px phone screen", async () => {
    const overflowing: string[] = [];
    await visit(375, async (name, context) => {
      const [page] = context.pages();
      if (!page) return;
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 376) overflowing.push(`${name}: ${width}px`);
      if (["workspace", "edit-needs-offers", "review"].includes(name)) await screenshot(page, `phone-${name}`);
    });
    assert.deepEqual(overflowing, []);
  });

  it("shows the contacts block, officers' own details only to signed-in readers, and Edit only to those allowed", async () => {
    const session = await apiSignIn(editor);
    const saved = await apiWrite(
      "PUT",
      `/api/localities/${PROVINCE}/contacts`,
      {
        office: { en: "International Affairs Section" },
        email: "inter@chainat.example.go.th",
        languages: ["th", "en"],
        officer: { name: "Somchai", email: "somchai@chainat.example.go.th", phone: "+66 56 000 000" },
        source: { kind: "document", title: "Provincial directory", url: "https://chainat.example.go.th/dir" },
      },
      session,
    );
    assert.equal(saved.status, 200, JSON.stringify(saved.body));

    const visitor = await openSession(browser);
    await visitor.page.goto(`/atlas/${PROVINCE}`);
    const block = visitor.page.locator("section#contacts");
    await block.locator("dl").waitFor();
    const seen = (await block.textContent()) ?? "";
    assert.ok(seen.includes("inter@chainat.example.go.th") && seen.includes("Somchai"), seen);
    assert.ok(!seen.includes("somchai@chainat.example.go.th"), "a visitor does not see the officer's own email");
    assert.equal(await block.locator(".edit-link").count(), 0, "no Edit link for visitors");
    await block.locator("summary").click();
    assert.equal(await block.locator("a.source-link").getAttribute("href"), "https://chainat.example.go.th/dir");
    await visitor.context.close();

    const other = await createAccount("editor", ["TH-50"], "Someone else");
    const outsider = await openSession(browser);
    await signedIn(outsider.context, other);
    await outsider.page.goto(`/atlas/${PROVINCE}`);
    await outsider.page.locator("section#contacts dl").waitFor();
    assert.ok(((await outsider.page.locator("section#contacts").textContent()) ?? "").includes("somchai@chainat"));
    assert.equal(await outsider.page.locator(".edit-link").count(), 0, "another locality's editor gets no Edit link");
    await outsider.context.close();

    const own = await openSession(browser);
    await signedIn(own.context, editor);
    await own.page.goto(`/atlas/${PROVINCE}`);
    await own.page.locator("section#contacts .edit-link").waitFor();
    await own.context.close();
  });
});
