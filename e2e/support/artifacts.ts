import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "../../src/config.ts";

export const RESULTS_DIR = join(ROOT, "test-results");
export const SCREENSHOTS_DIR = join(RESULTS_DIR, "screenshots");
export const METRICS_FILE = join(RESULTS_DIR, "web-metrics.json");

export const screenshot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
};

/** Figures measured during the run, read later by scripts/measure-web.ts (never asserted). */
export const recordMetric = (name: string, value: number): void => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  let metrics: Record<string, number> = {};
  try {
    metrics = JSON.parse(readFileSync(METRICS_FILE, "utf8")) as Record<string, number>;
  } catch {
    // First figure of the run.
  }
  writeFileSync(METRICS_FILE, `${JSON.stringify({ ...metrics, [name]: value }, null, 2)}\n`);
};
