import type { Locator, Page } from "playwright-core";

/** The continuity parts of the relation page: health, the activity timeline and its form. */
export class RelationLogPage {
  constructor(readonly page: Page) {}

  async goto(relationId: string): Promise<void> {
    await this.page.goto(`/registry/${relationId}`);
    await this.page.locator("#activities-title").waitFor({ timeout: 30_000 });
  }

  /** Opens the form, fills what is given, submits, and waits until the form has gone. */
  async logActivity(fields: {
    title: { label: string; value: string };
    date: string;
    people: Array<{ side: string | RegExp; count: number }>;
    submit: string | RegExp;
    open: string | RegExp;
  }): Promise<void> {
    await this.page.getByRole("button", { name: fields.open }).click();
    const form = this.page.locator("form.activity-form");
    await form.getByLabel(fields.title.label, { exact: true }).fill(fields.title.value);
    await form.locator("input[name='date']").fill(fields.date);
    for (const side of fields.people) {
      await form
        .locator("fieldset", { has: this.page.locator("legend", { hasText: side.side }) })
        .locator("input[type='number']")
        .first()
        .fill(String(side.count));
    }
    await form.getByRole("button", { name: fields.submit }).click();
    await form.waitFor({ state: "detached", timeout: 30_000 });
  }

  timelineItem(text: string): Locator {
    return this.page.locator(".activity-timeline > li", { hasText: text });
  }
}

/** The navigation's notices link, the inbox, and the annual report pages. */
export class ContinuityPages {
  constructor(readonly page: Page) {}

  noticesLink(): Locator {
    return this.page.locator(".continuity-nav a[href='/notices']");
  }

  async unreadCount(): Promise<string> {
    await this.noticesLink().locator(".count-badge").waitFor({ timeout: 90_000 });
    return (await this.noticesLink().locator(".count-badge").textContent()) ?? "";
  }

  async openInbox(): Promise<void> {
    await this.noticesLink().click();
    await this.page.locator(".notice-list").waitFor();
  }

  async generateReport(locality: string, year: number, button: string | RegExp): Promise<void> {
    await this.page.goto(`/reports?locality=${locality}&year=${year}`);
    await this.page.getByRole("button", { name: button }).click();
    await this.page.locator("#report-title").waitFor();
  }
}
