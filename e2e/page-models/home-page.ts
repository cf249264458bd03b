import type { Page } from "playwright-core";

export type UiLang = "th" | "en" | "ja";
const BUTTON_TEXT: Record<UiLang, string> = { th: "ไทย", en: "English", ja: "日本語" };

export class HomePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/");
    await this.page.locator("h1").waitFor();
  }

  async heading(): Promise<string> {
    return (await this.page.locator("h1").textContent()) ?? "";
  }

  async chooseLanguage(lang: UiLang): Promise<void> {
    await this.page.getByRole("button", { name: BUTTON_TEXT[lang], exact: true }).click();
    await this.page.waitForFunction((expected) => document.documentElement.lang === expected, lang);
  }

  /** Waits for the first chart to be drawn; returns its time since navigation start (ms). */
  async firstChartTime(): Promise<number> {
    await this.page.locator(".chart[data-rendered]").first().waitFor({ timeout: 30_000 });
    return this.page.evaluate(() => performance.getEntriesByName("jubkoo:first-chart")[0]?.startTime ?? -1);
  }

  async waitForMap(): Promise<void> {
    await this.page
      .locator("#map-title ~ .chart[data-rendered], #map-title ~ * .chart[data-rendered]")
      .first()
      .waitFor();
  }

  async yearTableText(): Promise<string> {
    // After a reload the figure's (visually hidden) table fills in only when the chart's data has arrived;
    // reading at once raced it (CI read an empty table).
    const rows = this.page.locator(".chart-figure").first().locator("table tbody th");
    await rows.first().waitFor({ state: "attached" });
    const years = await rows.allTextContents();
    return years.join(" ");
  }
}
