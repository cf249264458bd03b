/**
 * The claims the engine makes most often, one row per (fact, issue, kind of sentence), for a
 * reader to audit a fact as it is actually quoted rather than as it is tagged. Draws many queries
 * with a seed that no labelled sample uses, takes every reason of their top three partners, and
 * counts how often each fact is quoted for each claim.
 *
 *   npx tsx eval/reasons/claim-pool.ts --seed 31337 --queries 800 > /tmp/claims.tsv
 *
 * Columns: times quoted, fact key, locality, fact kind, sentence kind, issue quoted, the fact's
 * tags, the fact's English text, one sentence that quoted it.
 */
import { buildCatalog } from "../../src/catalog/catalog.ts";
import { loadReferenceData } from "../../src/catalog/load.ts";
import { loadConfig } from "../../src/config.ts";
import { drawQueries, reasonsFor } from "./draw.ts";

const option = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const catalog = buildCatalog(loadReferenceData(loadConfig().dataDir).data);
const queries = drawQueries(catalog, option("seed", 31337), option("queries", 800));

type Row = { count: number; columns: string[] };
const rows = new Map<string, Row>();
for (const reason of reasonsFor(catalog, queries, 3).flat()) {
  for (const fact of [reason.finding.a, reason.finding.b]) {
    if (fact === undefined) continue;
    const key = [fact.key, reason.finding.issue ?? "", reason.finding.kind].join("\t");
    const row = rows.get(key);
    if (row) row.count += 1;
    else
      rows.set(key, {
        count: 1,
        columns: [
          fact.key,
          fact.localityId,
          fact.kind,
          reason.finding.kind,
          reason.finding.issue ?? "",
          fact.issues.join(","),
          (fact.text.en ?? "").replace(/\s+/g, " "),
          reason.en.replace(/\s+/g, " "),
        ],
      });
  }
}
const sorted = [...rows.values()].sort((x, y) => y.count - x.count);
console.log(["count", "fact", "locality", "fact_kind", "claim", "issue", "tags", "fact_en", "example"].join("\t"));
for (const row of sorted) console.log([row.count, ...row.columns].join("\t"));
console.error(`${sorted.length} claims from ${queries.length} queries`);
