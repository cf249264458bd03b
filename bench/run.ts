/**
 * `npm run bench`: matching speed on the reference dataset. Prints median and p95 latency of
 * single queries, each with the reference scorer and the compiled one in the same run (both answer
 * identically; the ten results shown are explained by the reference either way), then batch
 * throughput and HTTP through the real app on embedded PGlite.
 * Figures depend on the machine; compare runs on the same one.
 */
import { buildCatalog } from "../src/catalog/catalog.ts";
import { loadReferenceData } from "../src/catalog/load.ts";
import { loadConfig } from "../src/config.ts";
import { compiledOf } from "../src/matching/compiled/compile.ts";
import { bestPairs, partnersFor } from "../src/matching/modes.ts";
import type { Ranking } from "../src/matching/ranking.ts";
import { buildApp } from "../src/server/app.ts";
import { DEFAULT_SETTINGS } from "../src/server/settings.ts";
import { seedDatabase } from "../src/services/seed.service.ts";
import { openDatabase } from "../src/store/database.ts";
import { createRepositories } from "../src/store/repositories.ts";

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
};
const report = (label: string, samples: number[]) =>
  console.log(
    `${label.padEnd(44)} median ${quantile(samples, 0.5).toFixed(2).padStart(8)} ms   p95 ${quantile(samples, 0.95).toFixed(2).padStart(8)} ms   (n=${samples.length})`,
  );

const config = loadConfig();
const [{ data }, loadMs] = time(() => loadReferenceData(config.dataDir));
const catalog = buildCatalog(data);
console.log(
  `Reference data: ${data.localities.length} localities, ${data.relations.length} relations, ${data.needsOffers.length} needs/offers (loaded and validated in ${loadMs.toFixed(0)} ms)`,
);
const [, warmMs] = time(() => partnersFor(catalog, { from: "TH-50" }, "reference"));
console.log(`First query, building profiles and the mention index: ${warmMs.toFixed(0)} ms`);
const [, compileMs] = time(() => partnersFor(catalog, { from: "TH-50" }));
console.log(
  `First compiled query, compiling every profile: ${compileMs.toFixed(0)} ms (compilation ${compiledOf(catalog).buildMs.toFixed(0)} ms)\n`,
);

const sources = data.localities.filter((locality) => locality.parent === null).map((locality) => locality.id);
const thai = data.localities.filter((locality) => locality.country === "TH").map((locality) => locality.id);
const issues = ["waste", "การท่องเที่ยว", "高齢化", "smart city", "ยางพารา"];
const RANKINGS: readonly Ranking[] = ["reference", "compiled"];
/** Each line measured with both scorers in the same run, the reference first. */
const compare = (label: string, target: string, measure: (ranking: Ranking) => number[]) => {
  const [reference, compiled] = RANKINGS.map(measure) as [number[], number[]];
  console.log(`${label} (target ${target})`);
  report("  reference", reference);
  report("  compiled", compiled);
};
compare("partners for a locality (no issue)", "p95 ≤ 15 ms", (ranking) =>
  sources.map((from) => time(() => partnersFor(catalog, { from }, ranking))[1]),
);
compare("partners for a locality (typed issue)", "p95 ≤ 15 ms", (ranking) =>
  sources.map(
    (from, index) => time(() => partnersFor(catalog, { from, issue: issues[index % issues.length] }, ranking))[1],
  ),
);
compare("best pairs for an issue", "p95 ≤ 250 ms", (ranking) =>
  [...issues, ...issues].map((issue) => time(() => bestPairs(catalog, { issue }, ranking))[1]),
);
for (const ranking of RANKINGS) {
  const [, allMs] = time(() => {
    for (const from of thai) partnersFor(catalog, { from, limit: 10 }, ranking);
  });
  console.log(
    `${`top 10 partners for every Thai locality (${thai.length}), ${ranking}`.padEnd(56)} ${allMs.toFixed(0).padStart(8)} ms   (target ≤ 2000 ms)`,
  );
}

const batch = Array.from({ length: 500 }, (_, index) => ({
  from: sources[index % sources.length] ?? "TH-50",
  issue: index % 2 ? issues[index % issues.length] : undefined,
}));
const [, batchMs] = time(() => {
  for (const query of batch) JSON.stringify(partnersFor(catalog, query));
});
console.log(
  `${"batch of 500 queries (as match --batch)".padEnd(56)} ${(batch.length / (batchMs / 1000)).toFixed(0)} queries/s (${batchMs.toFixed(0)} ms)\n`,
);

const database = await openDatabase({});
await database.migrate();
const repos = createRepositories(database.db);
await seedDatabase(repos, { dataDir: config.dataDir });
// One client sends every query: the per-client limit would measure refusals, not matching.
const settings = { ...DEFAULT_SETTINGS, rateLimit: { ...DEFAULT_SETTINGS.rateLimit, heavyMax: 1_000_000 } };
const app = await buildApp({ repos, database, dataDir: config.dataDir, settings });
await app.inject("/api/match?from=TH-50");
const httpSamples: number[] = [];
for (const [index, from] of sources.entries()) {
  const query = index % 2 ? `&issue=${encodeURIComponent(issues[index % issues.length] ?? "")}` : "";
  const start = performance.now();
  const response = await app.inject(`/api/match?from=${from}${query}`);
  httpSamples.push(performance.now() - start);
  if (response.statusCode !== 200) throw new Error(`GET /api/match?from=${from} answered ${response.statusCode}`);
}
report("HTTP GET /api/match (in-process, PGlite)", httpSamples);
await app.close();
await database.close();
