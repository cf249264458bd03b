import type { Page } from "playwright-core";

/** The header's site-wide search and its results page. */
export class SiteSearch {
  constructor(readonly page: Page) {}

  async search(text: string): Promise<void> {
    const box = this.page.getByRole("searchbox", { name: "Search Jubkoo" });
    await box.fill(text);
    await box.press("Enter");
    await this.page.waitForURL(/\/search\?q=/);
    await this.page.locator(".search-hits, .search-empty").first().waitFor();
  }

  hits(): Promise<Array<{ kind: string | null; text: string }>> {
    return this.page
      .locator(".search-hit")
      .evaluateAll((items) =>
        items.map((item) => ({ kind: item.getAttribute("data-kind"), text: item.textContent ?? "" })),
      );
  }

  async open(name: string): Promise<void> {
    await this.page.locator(".search-hit > a", { hasText: name }).first().click();
    await this.page.locator("#locality-title").waitFor();
  }
}
