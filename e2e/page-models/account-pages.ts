import type { Page } from "playwright-core";

export class SignInPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/sign-in");
    await this.page.locator("#sign-in-title").waitFor();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.locator("#sign-in-email").fill(email);
    await this.page.locator("#sign-in-password").fill(password);
    await this.page.locator("form.stack-form button[type=submit]").click();
  }

  /** Signs in and waits for "My locality". */
  async signInAs(account: { email: string; password: string }): Promise<void> {
    await this.goto();
    await this.signIn(account.email, account.password);
    await this.page.locator("#workspace-title").waitFor();
  }
}

export class InvitationPage {
  constructor(readonly page: Page) {}

  async goto(link: string): Promise<void> {
    await this.page.goto(new URL(link).pathname);
    await this.page.locator("#invitation-title").waitFor();
    await this.page.locator("#accept-name").waitFor();
  }

  /** What the invitation offers, as the page lists it (email, role, scope, expiry), once `expected` shows. */
  async offer(expected: string): Promise<string> {
    const facts = this.page.locator(".narrow-page dl.facts", { hasText: expected });
    await facts.waitFor();
    return (await facts.textContent()) ?? "";
  }

  async accept(name: string, password: string): Promise<void> {
    await this.page.locator("#accept-name").fill(name);
    await this.page.locator("#accept-password").fill(password);
    await this.page.locator("form.stack-form button[type=submit]").click();
  }
}

export class UsersPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/users");
    await this.page.locator("#invite-email").waitFor();
  }

  /** Invites an address for one locality (searched by name) and returns the link shown to pass on. */
  async invite(email: string, role: string, locality: { search: string; name: string }): Promise<string> {
    await this.page.locator("#invite-email").fill(email);
    await this.page.locator("#invite-role").selectOption(role);
    await this.page.locator('input[name="scope-search"]').fill(locality.search);
    await this.page.locator(".picker-hits button", { hasText: locality.name }).first().click();
    await this.page.locator("#invite-scope .tag-list li").first().waitFor();
    await this.page.locator("form[aria-labelledby=invite-title] button[type=submit]").click();
    const link = this.page.locator("a.one-time-link");
    await link.waitFor();
    return (await link.getAttribute("href")) ?? "";
  }
}
