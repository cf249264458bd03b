import type { Locator, Page } from "playwright-core";

/** For the losing side of a race: a wait that ended (or the page closed) without its sign settles nothing. */
const never = () => new Promise<string>(() => {});

/** The proposal pages as a person uses them: the pair page's button, the form, the steps, the dossier. */
export class ProposalPages {
  constructor(readonly page: Page) {}

  /** "Propose this partnership" on a pair page; lands on the draft's form. Returns the proposal id. */
  async proposeFromPair(a: string, b: string, label: string | RegExp): Promise<string> {
    await this.page.goto(`/match/pair?a=${a}&b=${b}`);
    await this.page.locator(".gains").first().waitFor({ timeout: 30_000 });
    await this.page.getByRole("button", { name: label }).click();
    await this.page.waitForURL(/\/proposals\/[^/]+\/edit$/, { timeout: 30_000 });
    await this.page.locator("#edit-title").waitFor();
    return this.page.url().split("/").at(-2) ?? "";
  }

  /** The form's fieldset whose legend reads `legend`. */
  fieldset(legend: string | RegExp): Locator {
    return this.page.getByRole("group", { name: legend, exact: true });
  }

  /** Adds a row to a list and returns the new row. */
  async addRow(legend: string | RegExp, button: string | RegExp): Promise<Locator> {
    const set = this.fieldset(legend);
    await set.getByRole("button", { name: button }).click();
    return set.locator(".row").last();
  }

  /** Saves the form; a refusal shown in the form fails with its message. */
  async save(label: string | RegExp): Promise<void> {
    await this.page.getByRole("button", { name: label, exact: true }).click();
    const saved = this.page.waitForURL(/\/proposals\/[^/]+$/, { timeout: 30_000 }).then(() => "");
    const refused = this.page
      .locator("form [role=alert]")
      .waitFor({ timeout: 30_000 })
      .then(async () => (await this.page.locator("form [role=alert]").textContent()) ?? "refused")
      .catch(never);
    const problem = await Promise.race([saved, refused]);
    if (problem) throw new Error(`the form was refused: ${problem}`);
    await this.waitForProposal();
  }

  async waitForProposal(): Promise<void> {
    await this.page.locator("#proposal-title").waitFor({ timeout: 30_000 });
    await this.page.locator(".readiness-summary").waitFor({ timeout: 30_000 });
  }

  async open(id: string): Promise<void> {
    await this.page.goto(`/proposals/${id}`);
    await this.waitForProposal();
  }

  /** Takes one act from the "next step" form and waits for the page to show it in the history. */
  async act(
    label: string | RegExp,
    record: string | RegExp,
    fields: { comment?: string; on?: string } = {},
  ): Promise<void> {
    const form = this.page.locator("form.act-form");
    await form.getByRole("radio", { name: label }).check();
    if (fields.on) await form.locator("input[type=date]").fill(fields.on);
    if (fields.comment) await form.locator("textarea").fill(fields.comment);
    // Every act is one more entry in the history, whether or not the step changes.
    const before = await this.page.locator("ol.history > li").count();
    await form.getByRole("button", { name: record }).click();
    const recorded = this.page
      .waitForFunction((count) => document.querySelectorAll("ol.history > li").length > count, before, {
        timeout: 30_000,
      })
      .then(() => "");
    const alert = form.locator("[role=alert]");
    const refused = alert
      .waitFor({ timeout: 30_000 })
      .then(async () => (await alert.textContent()) ?? "refused")
      .catch(never);
    const problem = await Promise.race([recorded, refused]);
    if (problem) throw new Error(`the act was refused: ${problem}`);
  }

  async stepText(): Promise<string> {
    return (await this.page.locator(".proposal-header .step-badge").textContent()) ?? "";
  }

  /** The acts the "next step" form offers this reader. */
  async offeredActs(): Promise<string[]> {
    const form = this.page.locator("form.act-form");
    if ((await form.count()) === 0) return [];
    return form.locator("label.choice:has(input[type=radio])").allInnerTexts();
  }
}
