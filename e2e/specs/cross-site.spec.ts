import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { SignInPage } from "../page-models/account-pages.ts";
import { apiSignIn, createAccount, firstAdmin } from "../support/accounts.ts";
import { baseUrl, launchBrowser, openSession } from "../support/browser.ts";

const MARK = "cross-site-forgery-attempt";

/**
 * Another origin's page (same host, another port: the same "site", so the browser does send the
 * victim's SameSite=Lax cookie) that posts two forms to the app's write endpoints as it loads: a
 * need smuggled as JSON in a text/plain body, and a password-reset link for another account.
 */
const attackerPage = (target: string, userId: string): string => `<!doctype html>
<html lang="en"><head><title>Win a prize</title></head><body>
<iframe name="sink-need" title="need"></iframe>
<iframe name="sink-reset" title="reset"></iframe>
<form id="need" method="post" enctype="text/plain" target="sink-need" action="${target}/api/needs-offers">
  <input type="hidden" name='{"party":"TH-15","kind":"need","issues":["waste"],"source":{"kind":"self-reported"},"text":{"en":"${MARK}' value='"}}'>
</form>
<form id="reset" method="post" enctype="text/plain" target="sink-reset" action="${target}/api/users/${userId}/reset-link"></form>
<script>
  document.getElementById("need").submit();
  document.getElementById("reset").submit();
  document.title = "sent";
</script>
</body></html>`;

const listen = (server: Server): Promise<number> =>
  new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));

const auditEntries = async (recordId: string): Promise<{ action: string }[]> => {
  const admin = await apiSignIn(firstAdmin());
  const response = await fetch(`${baseUrl()}/api/audit?record=${encodeURIComponent(recordId)}`, {
    headers: { cookie: admin.cookie },
  });
  return ((await response.json()) as { items: { action: string }[] }).items;
};

describe("cross-site requests", () => {
  let browser: Browser;
  let attacker: Server;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await new Promise((resolve) => attacker?.close(resolve));
  });

  it("refuses a form post from another origin even with the victim's session cookie", async () => {
    // The victim: an administrator, signed in in the browser; the target of the reset link: an editor.
    const target = await createAccount("editor", ["TH-15"], "Target");
    const admin = await apiSignIn(firstAdmin());
    const users = (await (await fetch(`${baseUrl()}/api/users`, { headers: { cookie: admin.cookie } })).json()) as {
      items: { id: string; email: string }[];
    };
    const targetId = users.items.find((user) => user.email === target.email)?.id ?? "";
    assert.ok(targetId, "the target account exists");
    const resetsBefore = (await auditEntries(targetId)).filter((entry) => entry.action === "password-reset.link");

    attacker = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(attackerPage(baseUrl(), targetId));
    });
    const port = await listen(attacker);

    const victim = await openSession(browser);
    await new SignInPage(victim.page).signInAs(firstAdmin());
    // What the app answered each forged request (the frames themselves may not show another origin's page).
    const answers = new Map<string, number>();
    const seen = new Promise<void>((resolve) => {
      victim.context.on("response", async (response) => {
        const url = response.url();
        if (!url.startsWith(`${baseUrl()}/api/`) || response.request().method() !== "POST") return;
        answers.set(url.includes("reset-link") ? "reset" : "need", response.status());
        if (answers.size === 2) resolve();
      });
    });
    await victim.page.goto(`http://127.0.0.1:${port}/`);
    await Promise.race([seen, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    assert.equal(answers.size, 2, `both forged requests reached the app: ${JSON.stringify([...answers])}`);
    // 403, not 401: the victim's cookie went along, and both were refused for where they came from.
    assert.equal(answers.get("reset"), 403);
    assert.equal(answers.get("need"), 403);

    // Nothing was written: no need or offer with the attacker's text, no reset link made.
    const needs = (await (await fetch(`${baseUrl()}/api/needs-offers?party=TH-15`)).json()) as {
      items: { text: { en?: string } }[];
    };
    assert.equal(needs.items.filter((item) => item.text.en === MARK).length, 0);
    const resetsAfter = (await auditEntries(targetId)).filter((entry) => entry.action === "password-reset.link");
    assert.equal(resetsAfter.length, resetsBefore.length);
    await victim.context.close();
  });
});
