import type { Page } from "playwright-core";

export class MatchPage {
  constructor(readonly page: Page) {}

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/match${query}`);
    await this.page.locator("#match-title").waitFor();
  }

  /** Searches the locality box and picks the hit whose name contains `name`. */
  async chooseLocality(text: string, name: string): Promise<void> {
    await this.page.locator('input[name="locality"]').fill(text);
    await this.page.locator(".picker-hits button", { hasText: name }).first().click();
    await this.page.locator(".picked").waitFor();
  }

  async askIssue(text: string): Promise<void> {
    await this.page.locator('input[name="issue"]').fill(text);
    await this.page.locator('input[name="issue"]').press("Enter");
    await this.page.waitForURL(/[?&]issue=/);
  }

  /** The ranking once the query in the current URL has answered (earlier results stay meanwhile). */
  async resultIds(): Promise<string[]> {
    const search = new URL(this.page.url()).search;
    const results = this.page.locator(`.match-output[data-state="settled"][data-search="${search}"] li.result`);
    await results.first().waitFor({ timeout: 30_000 });
    return results.evaluateAll((items) => items.map((item) => item.getAttribute("data-result") ?? ""));
  }

  async understood(): Promise<string> {
    await this.resultIds();
    return (await this.page.locator(".match-output .understood").textContent()) ?? "";
  }

  /** Moves one criterion's slider (0–1) and waits for the URL to carry the new weights. */
  async setWeight(criterion: string, value: number): Promise<void> {
    await this.openWeights();
    await this.page.locator(`input[type="range"][name="${criterion}"]`).fill(String(value));
    await this.page.waitForURL(new RegExp(`weights=[^&]*${criterion}%3D${value}(%2C|&|$)`));
  }

  /** The sliders sit in a closed disclosure until the reader opens it. */
  async openWeights(): Promise<void> {
    const panel = this.page.locator("details.weights-panel");
    if ((await panel.getAttribute("open")) === null) await panel.locator("summary").click();
  }

  /** Ticks the n-th result for the side-by-side comparison (the URL keeps the choice). */
  async compare(index: number): Promise<void> {
    const box = this.page.locator(".compare-toggle input").nth(index);
    await box.click();
    await box.and(this.page.locator(":checked")).waitFor();
  }
}
