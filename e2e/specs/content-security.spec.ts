import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { launchBrowser, openSession } from "../support/browser.ts";

/** Every page the app has, visited under the Content-Security-Policy the server sends (issue 9, point 11). */
const PAGES = [
  "/",
  "/atlas",
  "/atlas/TH-50",
  "/registry",
  "/match?from=TH-50&issue=waste",
  "/issues",
  "/issues/waste",
  "/registry/sister-chiang-mai-city-uozu",
  "/events",
  "/admin/import",
];

describe("the Content-Security-Policy", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  it("is sent with the app, allows only this server, and no page violates it", async () => {
    const { page, context, errors } = await openSession(browser);
    // The browser reports each violation as an event before anything else can hide it.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    for (const path of PAGES) {
      const response = await page.goto(path);
      const policy = response?.headers()["content-security-policy"] ?? "";
      assert.match(policy, /default-src 'self'/, `${path} is sent with the policy`);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/, `${path}: no unsafe sources`);
      await page.locator("main h1").first().waitFor();
      await page.waitForLoadState("load");
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      assert.deepEqual(violations, [], `${path} violates nothing`);
    }
    assert.deepEqual(
      errors.filter((error) => /Content Security Policy/i.test(error)),
      [],
    );
    await context.close();
  });
});
