/**
 * Lists every tagged fact with the key apply-decisions.ts reads (LOCALITY/LIST/INDEX, no:ID),
 * its kind, tags, source and English text: the sheet the tag audit is done on.
 *
 *   npx tsx scripts/tag-audit/dump-facts.ts > /tmp/facts.tsv
 */
import { join } from "node:path";
import { loadReferenceData } from "../../src/catalog/load.ts";
import { factKindIn } from "../../src/domain/fact-kind.ts";
import { normaliseSource } from "../../src/domain/source.ts";

const { data } = loadReferenceData(join(import.meta.dirname, "..", "..", "data"));
const rows: string[] = [];
const ref = (source: Parameters<typeof normaliseSource>[0]) => normaliseSource(source).ref;
for (const locality of data.localities) {
  for (const [index, item] of locality.industries.entries())
    rows.push(
      [
        `${locality.id}/industries/${index}`,
        `industry:${item.kind}`,
        item.issues.join(","),
        ref(item.source),
        item.text.en,
      ].join("\t"),
    );
  for (const list of ["strengths", "challenges", "heritage"] as const)
    for (const [index, item] of locality[list].entries())
      rows.push(
        [
          `${locality.id}/${list}/${index}`,
          factKindIn(list, item.kind),
          item.issues.join(","),
          ref(item.source),
          item.text.en,
        ].join("\t"),
      );
  for (const [index, item] of locality.designations.entries())
    rows.push(
      [
        `${locality.id}/designations/${index}`,
        `designation:${item.id}`,
        (item.issues ?? []).join(","),
        ref(item.source),
        item.note ?? "",
      ].join("\t"),
    );
}
for (const item of data.needsOffers)
  rows.push(
    [`no:${item.id}`, `${item.kind}@${item.party}`, item.issues.join(","), ref(item.source), item.text.en].join("\t"),
  );
console.log(rows.join("\n"));
