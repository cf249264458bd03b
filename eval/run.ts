/**
 * Matching evaluation on the development set (eval/dev-set.ts): leave-one-out on every relation
 * the report documents between a Thai and a Japanese locality. Prints recall@5, recall@10 and MRR
 * for the engine and two baselines, then the validity of the engine's reasons on the labelled samples
 * of eval/reasons (issue 13). `npm run eval` (add `-- --cases` to list every case, `-- --weights=issueFit=1,…` to try weights).
 */
import { buildCatalog } from "../src/catalog/catalog.ts";
import { loadReferenceData } from "../src/catalog/load.ts";
import { loadConfig } from "../src/config.ts";
import { partnersFor } from "../src/matching/modes.ts";
import { parseWeights } from "../src/matching/weights.ts";
import { populationRanking, randomRanking } from "./baselines.ts";
import { buildDevSet } from "./dev-set.ts";
import { withoutTie } from "./holdout.ts";
import { type Metrics, rankOf, summarise } from "./metrics.ts";
import { validityReport } from "./reasons/report.ts";

const RANDOM_SEEDS = 20;

const config = loadConfig();
const { data, problems } = loadReferenceData(config.dataDir);
if (problems.length) {
  console.error(`data/ has ${problems.length} problem(s); run bin/jubkoo data check`);
  process.exit(2);
}
const weightsArg = process.argv.find((arg) => arg.startsWith("--weights="))?.slice("--weights=".length);
const parsedWeights = parseWeights(weightsArg);
if (!parsedWeights.ok) {
  console.error(`--weights: ${parsedWeights.error}`);
  process.exit(2);
}
const weights = parsedWeights.weights;
const cases = buildDevSet(buildCatalog(data));
console.log(
  `Development set: ${cases.length} queries from ${new Set(cases.map((c) => c.relation)).size} documented Thai–Japanese relations (leave-one-out)\n`,
);

const knownPartners = new Map<string, Set<string>>();
for (const devCase of cases) {
  const set = knownPartners.get(devCase.from) ?? new Set<string>();
  set.add(devCase.expected);
  knownPartners.set(devCase.from, set);
}

const engine: Array<number | undefined> = [];
const population: Array<number | undefined> = [];
const randoms: Array<Array<number | undefined>> = Array.from({ length: RANDOM_SEEDS }, () => []);
const listCases = process.argv.includes("--cases");
for (const [index, devCase] of cases.entries()) {
  const catalog = withoutTie(data, devCase.from, devCase.expected);
  // Filtered ranking: the asker's other documented partners are right answers too, so they are
  // taken out of the list before the held-out partner's rank is read (standard in link prediction).
  const others = knownPartners.get(devCase.from) ?? new Set<string>();
  const filtered = (ranking: string[]) => ranking.filter((id) => id === devCase.expected || !others.has(id));
  const ranking = partnersFor(catalog, {
    from: devCase.from,
    issue: devCase.issue,
    limit: 10_000,
    weights,
  }).results.map((result) => result.id);
  const rank = rankOf(filtered(ranking), devCase.expected);
  engine.push(rank);
  population.push(rankOf(filtered(populationRanking(catalog, devCase.from, index + 1)), devCase.expected));
  for (let seed = 0; seed < RANDOM_SEEDS; seed++)
    randoms[seed]?.push(rankOf(filtered(randomRanking(catalog, devCase.from, seed + 1)), devCase.expected));
  if (listCases)
    console.log(
      `${String(rank ?? "-").padStart(4)} ${String(population.at(-1) ?? "-").padStart(4)}  ${devCase.id}${devCase.issue ? ` [${devCase.issue}]` : ""} → ${devCase.expected}`,
    );
  if (!listCases && (index + 1) % 25 === 0) process.stderr.write(`  ${index + 1}/${cases.length} queries\n`);
}

const mean = (all: Metrics[]): Metrics => ({
  cases: all[0]?.cases ?? 0,
  recallAt5: all.reduce((sum, m) => sum + m.recallAt5, 0) / all.length,
  recallAt10: all.reduce((sum, m) => sum + m.recallAt10, 0) / all.length,
  mrr: all.reduce((sum, m) => sum + m.mrr, 0) / all.length,
});
const withIssue = cases.map((devCase) => devCase.issue !== undefined);
const subset = (ranks: Array<number | undefined>, issue: boolean) =>
  ranks.filter((_rank, index) => withIssue[index] === issue);
const rows: Array<[string, Metrics]> = [
  ["engine", summarise(engine)],
  ["  engine, no issue", summarise(subset(engine, false))],
  ["  engine, with the issue", summarise(subset(engine, true))],
  [`random (mean of ${RANDOM_SEEDS} seeds)`, mean(randoms.map(summarise))],
  ["population similarity", summarise(population)],
  ["  population, no issue", summarise(subset(population, false))],
];
const pct = (value: number) => `${(100 * value).toFixed(1)}%`.padStart(8);
console.log(`\n${"ranker".padEnd(28)}${"recall@5".padStart(10)}${"recall@10".padStart(10)}${"MRR".padStart(8)}`);
for (const [name, metrics] of rows)
  console.log(
    `${name.padEnd(28)}${pct(metrics.recallAt5)}  ${pct(metrics.recallAt10)}${metrics.mrr.toFixed(3).padStart(8)}`,
  );

console.log("\nReason validity (labels by eval/reasons/RULES.md)");
for (const line of validityReport(buildCatalog(data))) console.log(line);
