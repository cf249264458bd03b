/**
 * Starts a sample of reasons to label: draws its queries with the seed and writes the file, with
 * no labels yet (then `npx tsx eval/reasons/show.ts FILE` prints the reasons to label).
 *
 *   npx tsx eval/reasons/new-sample.ts --seed 20261206 --queries 40 > eval/reasons/labelled-fresh-2.yaml
 */
import { stringify } from "yaml";
import { buildCatalog } from "../../src/catalog/catalog.ts";
import { loadReferenceData } from "../../src/catalog/load.ts";
import { loadConfig } from "../../src/config.ts";
import { drawQueries } from "./draw.ts";

const option = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const seed = option("seed", 13);
const count = option("queries", 50);
const catalog = buildCatalog(loadReferenceData(loadConfig().dataDir).data);
const queries = drawQueries(catalog, seed, count);
console.log(
  [
    `# Reasons drawn by eval/reasons/draw.ts with seed ${seed} and labelled by the rules of RULES.md.`,
    stringify({ seed, queries, labels: [] }, { lineWidth: 0 }),
  ].join("\n"),
);
