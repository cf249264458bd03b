import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { startServer } from "../e2e/support/server.ts";
import { ROOT } from "../src/config.ts";

/**
 * Prints, never asserts: first-load JS of the built app (gzip), the time to a usable home page
 * measured by the last e2e run, and /api/match latency on the reference data.
 */
type Chunk = { file: string; imports?: string[]; isEntry?: boolean };
const dist = join(ROOT, "web", "dist");
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8")) as Record<string, Chunk>;

const gzipKb = (files: Iterable<string>): number =>
  [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0) / 1024;

const closure = (key: string, seen = new Set<string>()): Set<string> => {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
};

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry) ?? "index.html";
const shell = closure(entryKey);
const home = closure("src/features/home/home-page.tsx");
const homeOnly = new Set([...home].filter((file) => !shell.has(file)));
const css = [...new Set(Object.values(manifest).flatMap((chunk) => (chunk as { css?: string[] }).css ?? []))];

console.log("First-load JavaScript (gzip)");
console.log(`  app shell (entry + static imports): ${gzipKb(shell).toFixed(1)} KiB in ${shell.size} file(s)`);
console.log(`  home page route (lazy, incl. ECharts): ${gzipKb(homeOnly).toFixed(1)} KiB in ${homeOnly.size} file(s)`);
console.log(`  total JS to a usable home page: ${gzipKb([...shell, ...homeOnly]).toFixed(1)} KiB`);
console.log(`  CSS: ${gzipKb(css).toFixed(1)} KiB (fonts load per script on demand)`);

const metricsFile = join(ROOT, "test-results", "web-metrics.json");
if (existsSync(metricsFile)) {
  const metrics = JSON.parse(readFileSync(metricsFile, "utf8")) as Record<string, number>;
  console.log("Home page (last `npm run test:e2e`, headless Chromium, cold cache, same machine)");
  console.log(`  DOMContentLoaded: ${metrics.homeDomContentLoadedMs ?? "?"} ms`);
  console.log(`  first chart drawn (usable): ${metrics.homeFirstChartMs ?? "?"} ms`);
} else {
  console.log("Home page timing: run `npm run test:e2e` first");
}

const QUERIES = [
  `/api/match?from=TH-50`,
  `/api/match?from=TH-50&issue=${encodeURIComponent("การจัดการขยะ")}`,
  `/api/match?from=JP-13&issue=${encodeURIComponent("高齢化")}&limit=20`,
  `/api/match/pairs?issue=waste`,
];
const RUNS = 20;
const server = await startServer({ quiet: true });
try {
  console.log(`API latency on the reference data (${RUNS} runs after one warm-up, sequential, loopback)`);
  for (const query of QUERIES) {
    await (await fetch(`${server.url}${query}`)).arrayBuffer();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const response = await fetch(`${server.url}${query}`, { headers: { "cache-control": "no-cache" } });
      await response.arrayBuffer();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
    console.log(`  ${decodeURIComponent(query)}: median ${at(0.5)} ms, p95 ${at(0.95)} ms`);
  }
} finally {
  await server.stop();
}
