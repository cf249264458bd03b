/**
 * Before-and-after figures of the tag audit: compares every fact of an earlier copy of data/ (the
 * commit before the audit, extracted to a directory) with data/ now. A tag replaced by a narrower
 * one is a refinement; a tag dropped with nothing narrower in its place was imprecise; a tag added
 * that is not narrower than an old one was missing (recall). Kinds and lists are compared too.
 *
 *   git archive 2a36cc6 data | tar -x -C /tmp/before && npx tsx scripts/tag-audit/stats.ts /tmp/before/data
 */
import { join } from "node:path";
import { buildIssueTree } from "../../src/catalog/issue-tree.ts";
import { loadReferenceData } from "../../src/catalog/load.ts";
import { type FactKind, factKindIn } from "../../src/domain/fact-kind.ts";

type Row = { key: string; text: string; issues: string[]; kind: string; list: string };

const rowsOf = (dir: string): Row[] => {
  const { data } = loadReferenceData(dir);
  const rows: Row[] = [];
  for (const locality of data.localities) {
    for (const item of locality.industries)
      rows.push({
        key: locality.id,
        text: item.text.en ?? "",
        issues: item.issues,
        kind: "industry",
        list: "industries",
      });
    for (const list of ["strengths", "challenges", "heritage"] as const)
      for (const item of locality[list])
        rows.push({
          key: locality.id,
          text: item.text.en ?? "",
          issues: item.issues,
          kind: factKindIn(list, item.kind as FactKind | undefined),
          list,
        });
  }
  for (const item of data.needsOffers)
    rows.push({ key: item.id, text: item.text.en ?? "", issues: item.issues, kind: item.kind, list: "needs-offers" });
  return rows;
};

const before = rowsOf(process.argv[2] ?? "");
const after = rowsOf(join(import.meta.dirname, "..", "..", "data"));
const tree = buildIssueTree(loadReferenceData(join(import.meta.dirname, "..", "..", "data")).data.issues);
const afterByText = new Map(after.map((row) => [row.text, row]));
let tags = 0;
let kept = 0;
let refined = 0;
let dropped = 0;
let added = 0;
let kindChanged = 0;
let moved = 0;
let matched = 0;
for (const old of before) {
  const now = afterByText.get(old.text);
  if (!now) continue;
  matched++;
  if (now.kind !== old.kind) kindChanged++;
  if (now.list !== old.list || now.key !== old.key) moved++;
  for (const tag of old.issues) {
    tags++;
    if (now.issues.includes(tag)) kept++;
    else if (now.issues.some((other) => tree.lineage(other).includes(tag))) refined++;
    else dropped++;
  }
  for (const tag of now.issues)
    if (!old.issues.includes(tag) && !old.issues.some((other) => tree.lineage(tag).includes(other))) added++;
}
const pct = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
console.log(`facts compared: ${matched} of ${before.length} (the rest were reworded)`);
console.log(
  `tags before: ${tags}; kept ${kept}, refined to a narrower field ${refined}, dropped as imprecise ${dropped}`,
);
console.log(`precision of the tags before (not dropped): ${pct(tags - dropped, tags)}`);
console.log(
  `tags added as missing: ${added}; recall of the tags before: ${pct(tags - dropped, tags - dropped + added)}`,
);
console.log(
  `facts whose kind changed: ${kindChanged} (${pct(kindChanged, matched)}); facts moved to another list or side: ${moved}`,
);
