import type { Page } from "playwright-core";

export class RegistryPage {
  constructor(readonly page: Page) {}

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/registry${query}`);
    await this.page.locator("table.directory tbody tr").first().waitFor({ timeout: 30_000 });
  }

  async openRelation(title: string | RegExp): Promise<void> {
    await this.page.locator("table.directory tbody th a", { hasText: title }).first().click();
    await this.page.locator("#relation-title").waitFor();
  }

  async relationTitle(): Promise<string> {
    return (await this.page.locator("#relation-title").textContent()) ?? "";
  }

  async waitForGraph(): Promise<void> {
    await this.page.locator("section:has(#graph-title) .chart[data-rendered]").waitFor({ timeout: 30_000 });
  }
}
