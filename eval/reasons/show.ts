/**
 * Prints the reasons of a labelled sample that have no label yet, as YAML entries to label by the
 * rules of eval/reasons/RULES.md, with the facts each one quotes in full.
 *
 *   npx tsx eval/reasons/show.ts eval/reasons/labelled-dev.yaml
 */
import { buildCatalog } from "../../src/catalog/catalog.ts";
import { loadReferenceData } from "../../src/catalog/load.ts";
import { loadConfig } from "../../src/config.ts";
import { measureValidity, readSample } from "./validity.ts";

const file = process.argv[2] ?? "eval/reasons/labelled-dev.yaml";
const catalog = buildCatalog(loadReferenceData(loadConfig().dataDir).data);
const validity = measureValidity(catalog, readSample(file));
const quote = (text: string) => JSON.stringify(text);
for (const reason of validity.unlabelled) {
  const facts = [reason.finding.a, reason.finding.b].filter((item) => item !== undefined);
  console.log(`  - from: ${reason.query.from}`);
  if (reason.query.issue !== undefined) console.log(`    issue: ${quote(reason.query.issue)}`);
  console.log(`    candidate: ${reason.candidate}`);
  console.log(`    en: ${quote(reason.en)}`);
  console.log(`    # ${reason.criterion} / ${reason.finding.kind} / rank ${reason.rank}`);
  for (const fact of facts)
    console.log(`    # ${fact.localityId} ${fact.kind} [${fact.issues.join(",")}]: ${fact.text.en}`);
  console.log(`    # th: ${reason.th}`);
  console.log(`    # ja: ${reason.ja}`);
  console.log("    label: ");
}
console.error(`${validity.unlabelled.length} unlabelled of ${validity.drawn.length}`);
