#!/usr/bin/env node
// Builds the web app (web/dist) when it is missing or older than its sources, so that
// `npm ci && npm start` on a fresh clone serves the built app. Called by "prestart" and the e2e run.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "web", "dist", "index.html");
const inputs = ["web/src", "web/index.html", "web/vite.config.ts", "src/i18n", "package-lock.json"];

const newest = (path) => {
  if (!existsSync(path)) return { time: 0, path };
  const stat = statSync(path);
  if (!stat.isDirectory()) return { time: stat.mtimeMs, path };
  return readdirSync(path)
    .map((name) => newest(join(path, name)))
    .reduce((a, b) => (b.time > a.time ? b : a), { time: 0, path });
};

const reasonToBuild = () => {
  if (process.argv.includes("--force")) return "asked to (--force)";
  if (!existsSync(built)) return "web/dist is missing";
  const builtAt = statSync(built).mtimeMs;
  const latest = inputs.map((input) => newest(join(root, input))).reduce((a, b) => (b.time > a.time ? b : a));
  return latest.time > builtAt ? `${relative(root, latest.path)} changed since the last build` : undefined;
};

const reason = reasonToBuild();
if (!reason) {
  console.log("[jubkoo] web app is up to date (web/dist)");
} else {
  console.log(`[jubkoo] building the web app: ${reason} …`);
  const started = Date.now();
  const vite = join(root, "node_modules", "vite", "bin", "vite.js");
  if (!existsSync(vite)) {
    console.error("[jubkoo] vite is not installed: run `npm ci` first");
    process.exit(1);
  }
  const result = spawnSync(process.execPath, [vite, "build", "--config", "web/vite.config.ts"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error(`[jubkoo] the web build failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`[jubkoo] web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
