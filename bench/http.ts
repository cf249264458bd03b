/**
 * `npm run bench:http`: the issue 9 targets over loopback HTTP with autocannon, against the real
 * app (worker threads, caches, rate limit raised out of the way) on an embedded database seeded
 * with data/. Prints requests per second and latency percentiles; not a test: figures depend on
 * the machine and on whatever else runs on it. BENCH_SECONDS sets each run's length (default 10).
 */
import autocannon from "autocannon";
import { loadConfig } from "../src/config.ts";
import { buildApp } from "../src/server/app.ts";
import { DEFAULT_SETTINGS } from "../src/server/settings.ts";
import { seedDatabase } from "../src/services/seed.service.ts";
import { openDatabase } from "../src/store/database.ts";
import { createRepositories } from "../src/store/repositories.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const config = loadConfig();
const database = await openDatabase({});
await database.migrate();
const repos = createRepositories(database.db);
await seedDatabase(repos, { dataDir: config.dataDir });
const app = await buildApp({
  repos,
  database,
  dataDir: config.dataDir,
  webDir: null,
  settings: { ...DEFAULT_SETTINGS, rateLimit: { max: 1e9, heavyMax: 1e9, windowMs: 60_000 } },
});
await app.listen({ port: 0, host: "127.0.0.1" });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const { items } = await repos.localities.list({ limit: 1000 });
const ids = items.map((locality) => locality.id);
const provinces = items.filter((locality) => locality.parent === null).map((locality) => locality.id);

type Row = { label: string; target: string; result: autocannon.Result };
const rows: Row[] = [];

const run = async (label: string, target: string, paths: string[], connections = 10): Promise<autocannon.Result> => {
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  rows.push({ label, target, result });
  return result;
};

const print = (row: Row) => {
  const { requests, latency, non2xx, errors } = row.result;
  console.log(
    `${row.label.padEnd(52)} ${requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(latency.p50).padStart(4)} ms   p99 ${String(latency.p99).padStart(5)} ms   non-2xx ${non2xx}   errors ${errors}   (target ${row.target})`,
  );
};

// The first answers build the catalog and the worker's copy; measure the server warm, as users meet it.
await fetch(`${base}/api/localities/${ids[0]}`);
await fetch(`${base}/api/match?from=${provinces[0]}`);
console.log(`Jubkoo HTTP benchmark: ${ids.length} localities, ${seconds} s per run, loopback\n`);
await run("/api/health (c10)", "≥ 2000 req/s", ["/api/health"]);
await run(
  "/api/localities/:id (c10, every locality)",
  "≥ 1000 req/s",
  ids.map((id) => `/api/localities/${id}`),
);
// Warm the answer cache with one request per question, then measure at concurrency 50.
for (const from of provinces) await fetch(`${base}/api/match?from=${from}`);
await run(
  "/api/match (c50, cached answers)",
  "≥ 500 req/s, p99 ≤ 100 ms",
  provinces.map((from) => `/api/match?from=${from}`),
  50,
);
await run(
  "/api/match (c10, fresh questions: limit varies)",
  "(not a target: computed)",
  provinces.flatMap((from) =>
    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((limit) => `/api/match?from=${from}&limit=${limit}&issue=waste`),
  ),
);
await fetch(`${base}/api/match/pairs?issue=waste`);
await run("/api/match/pairs (c10, cached answer)", "≥ 500 req/s", ["/api/match/pairs?issue=waste"]);

// One client floods /api/match/pairs with fresh issues while others read.
const flood = autocannon({
  url: base,
  connections: 4,
  duration: seconds,
  requests: Array.from({ length: 400 }, (_, index) => ({
    method: "GET",
    path: `/api/match/pairs?issue=${encodeURIComponent(["waste", "tourism", "ageing", "agriculture", "education"][index % 5] ?? "waste")}&limit=${(index % 50) + 1}`,
  })),
});
const [health, locality] = await Promise.all([
  run("  meanwhile /api/health (c5)", "p99 ≤ 100 ms", ["/api/health"], 5),
  run(
    "  meanwhile /api/localities/:id (c5)",
    "p99 ≤ 100 ms",
    ids.map((id) => `/api/localities/${id}`),
    5,
  ),
]);
const flooded = await flood;
rows.push({
  label: "  the flood: /api/match/pairs fresh issues (c4)",
  target: "503 when the queue is full",
  result: flooded,
});
void health;
void locality;

console.log("");
for (const row of rows) print(row);
await app.close();
await database.close();
