import type { Page } from "playwright-core";

export class LocalityPage {
  constructor(readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`/atlas/${id}`);
    await this.page.locator("#locality-title").waitFor();
  }

  async title(): Promise<string> {
    return (await this.page.locator("#locality-title").textContent()) ?? "";
  }

  /** Opens the first "Source" disclosure of a section and returns what it reveals. */
  async revealSource(sectionTitleId: string): Promise<string> {
    const section = this.page.locator(`section:has(#${sectionTitleId})`);
    const details = section.locator("details.source").first();
    await details.locator("summary").click();
    return (await details.locator(".source-label").textContent()) ?? "";
  }

  async waitForPartners(): Promise<string[]> {
    await this.page.locator("section:has(#partners-title) li.result").first().waitFor({ timeout: 30_000 });
    return this.page
      .locator("section:has(#partners-title) li.result")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-result") ?? ""));
  }
}
