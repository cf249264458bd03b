import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium, headless, with nothing reaching out to the internet. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });

export type Session = { context: BrowserContext; page: Page; errors: string[] };

/** A fresh context (no stored language) at a phone or desktop width; page errors are collected. */
export const openSession = async (
  browser: Browser,
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<Session> => {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? "en-GB",
    baseURL: baseUrl(),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // A visitor's GET /api/session is answered 401 by contract; Chromium logs every 4xx as an error.
    const isVisitorCheck = message.location().url.endsWith("/api/session") && message.text().includes("401");
    if (message.type() === "error" && !isVisitorCheck) errors.push(`${message.text()} ${message.location().url}`);
  });
  // The app must load nothing from outside this server.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
    errors.push(`external request: ${route.request().url()}`);
    return route.abort();
  });
  return { context, page, errors };
};

export const baseUrl = (): string => process.env.JUBKOO_E2E_URL ?? "http://127.0.0.1:3000";
