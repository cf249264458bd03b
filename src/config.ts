import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDurations, type StepDurations } from "./domain/proposals/steps.ts";

/** The repository root, found from this file so commands work from any directory. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export type Config = {
  dataDir: string;
  reportPath: string;
  /** The official Japanese lists (DESIGN §10) that `data import-official jp` reads. */
  officialJpDir: string;
  databaseUrl: string | undefined;
  pgliteDir: string;
  port: number;
  host: string;
  /** Where links in mails point; defaults to this machine's address. */
  publicUrl: string;
  /** smtp:// or smtps:// URL of the mail server; without it, links are shown instead of mailed. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Expected days per step of the approval process: JUBKOO_STEP_DAYS="moi-review=45,…" (30 by default). */
  stepDurations: StepDurations;
};

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => ({
  dataDir: env.JUBKOO_DATA_DIR ? resolve(env.JUBKOO_DATA_DIR) : join(ROOT, "data"),
  reportPath: env.JUBKOO_REPORT ? resolve(env.JUBKOO_REPORT) : join(ROOT, "..", "shared", "report", "report-th.txt"),
  officialJpDir: env.JUBKOO_OFFICIAL_JP ? resolve(env.JUBKOO_OFFICIAL_JP) : join(ROOT, "..", "shared", "data", "jp"),
  databaseUrl: env.DATABASE_URL || undefined,
  pgliteDir: env.JUBKOO_DB_DIR ? resolve(env.JUBKOO_DB_DIR) : join(ROOT, ".jubkoo", "db"),
  port: Number(env.PORT ?? 3000),
  // Loopback unless the operator says otherwise: a fresh clone must not serve the whole network.
  host: env.HOST || "127.0.0.1",
  publicUrl: (env.PUBLIC_URL || `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, ""),
  smtpUrl: env.SMTP_URL || undefined,
  mailFrom: env.MAIL_FROM || "Jubkoo <no-reply@jubkoo.localhost>",
  stepDurations: parseDurations(env.JUBKOO_STEP_DAYS),
});

/** Line count of the shared report, to check that cited line ranges exist; unknown when absent. */
export const reportLineCount = (reportPath: string): number | undefined => {
  if (!existsSync(reportPath)) return undefined;
  const text = readFileSync(reportPath, "utf8");
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
};

/** The shared report's lines, to check that facts say only what their cited lines contain; undefined when absent. */
export const reportLines = (reportPath: string): string[] | undefined => {
  if (!existsSync(reportPath)) return undefined;
  const lines = readFileSync(reportPath, "utf8").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
};
