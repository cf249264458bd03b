import type { Page } from "playwright-core";

export class AtlasPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/atlas");
    await this.page.locator("table.directory").waitFor();
  }

  /** Types into the labelled search box and waits for the directory to show the hit. */
  async search(text: string, expected: string): Promise<void> {
    await this.page.getByRole("searchbox", { name: "Search by name" }).fill(text);
    await this.page.waitForURL(/[?&]q=/);
    await this.page.locator("table.directory tbody th a", { hasText: expected }).first().waitFor();
  }

  rowNames(): Promise<string[]> {
    return this.page.locator("table.directory tbody th a").allInnerTexts();
  }

  async open(name: string): Promise<void> {
    await this.page.locator("table.directory tbody th a", { hasText: name }).first().click();
    await this.page.locator("#locality-title").waitFor();
  }
}
