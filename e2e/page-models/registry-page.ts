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

  /** From a relation page, follows an organisation party (e.g. DIP) to its own page. */
  async openOrganisationParty(name: string | RegExp): Promise<string> {
    await this.page.locator("a[href^='/organisations/']", { hasText: name }).first().click();
    await this.page.locator("#organisation-title").waitFor();
    return (await this.page.locator("#organisation-title").textContent()) ?? "";
  }

  async waitForGraph(): Promise<void> {
    await this.page.locator("section:has(#graph-title) .chart[data-rendered]").waitFor({ timeout: 30_000 });
  }
}
