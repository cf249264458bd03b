import type { Page } from "playwright-core";

/** The registry's filter panel: the year in either era and the party picker. */
export class RegistryFilters {
  constructor(readonly page: Page) {}

  yearInput() {
    return this.page.locator('input[name="year"]');
  }

  async yearLabel(): Promise<string> {
    const id = await this.yearInput().getAttribute("id");
    return (await this.page.locator(`label[for="${id}"]`).textContent()) ?? "";
  }

  /** Types like a person (one key at a time). */
  async typeYear(text: string): Promise<void> {
    await this.yearInput().fill("");
    await this.yearInput().pressSequentially(text, { delay: 40 });
  }

  async typeParty(text: string): Promise<void> {
    await this.page.locator('input[name="party"]').pressSequentially(text, { delay: 40 });
  }

  partyText(): Promise<string> {
    return this.page.locator('input[name="party"]').inputValue();
  }

  async chooseParty(name: string | RegExp): Promise<void> {
    await this.page.locator(".picker-hits button", { hasText: name }).first().click();
    await this.page.locator(".picked").waitFor();
  }

  /** The starting dates shown in the table once the URL's query has answered. */
  async startDates(): Promise<string[]> {
    const search = new URL(this.page.url()).search;
    const settled = this.page.locator(`.paged-results[data-state="settled"][data-search="${search}"]`);
    await settled.locator("table.directory tbody tr").first().waitFor({ timeout: 30_000 });
    return settled
      .locator("table.directory tbody td time")
      .evaluateAll((items) => items.map((item) => item.getAttribute("datetime") ?? ""));
  }
}
