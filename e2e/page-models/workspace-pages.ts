import type { Page } from "playwright-core";

export class NeedsOffersEditor {
  constructor(readonly page: Page) {}

  async goto(locality: string): Promise<void> {
    await this.page.goto(`/edit/${locality}/needs-offers`);
    await this.page.locator("#add-need-offer-text-th").waitFor();
  }

  /** Fills the add form: a need or an offer, text per language, issues picked by filtering. */
  async fill(entry: { kind: "need" | "offer"; text: Partial<Record<"th" | "en" | "ja", string>>; issues: string[] }) {
    const form = this.page.locator("form.entry-form").last();
    await form.locator(`input[type=radio][value=${entry.kind}]`).check();
    for (const [lang, text] of Object.entries(entry.text))
      await form.locator(`#add-need-offer-text-${lang}`).fill(text);
    for (const issue of entry.issues) await form.locator(`input[type=checkbox][value="${issue}"]`).check();
  }

  async submit(): Promise<void> {
    await this.page.locator("form.entry-form").last().locator("button[type=submit]").click();
  }

  /** The inline problems shown beside the inputs, by input id. */
  async inlineErrors(): Promise<Record<string, string>> {
    return this.page
      .locator(".field-error")
      .evaluateAll((nodes) =>
        Object.fromEntries(nodes.map((node) => [node.id.replace(/-error$/, ""), node.textContent ?? ""])),
      );
  }
}

export class ReviewPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/review");
    await this.page.locator("#review-title").waitFor();
    await this.page.locator(".review-queue, .review-empty").first().waitFor();
  }

  /** The pending submission whose summary contains `text`. */
  item(text: string) {
    return this.page.locator(".review-queue > li", { hasText: text });
  }

  async approve(text: string): Promise<void> {
    const item = this.item(text);
    await item.locator(".decision-form button.button").first().click();
    await this.page.locator(".decided-note.ok").waitFor();
    await item.waitFor({ state: "detached" });
  }
}
