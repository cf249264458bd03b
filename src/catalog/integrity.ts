import { basename } from "node:path/posix";
import { parsePartialDate } from "../domain/dates.ts";
import { JP_PREFECTURE_ID, THAI_TOP_ID } from "../domain/ids.ts";
import { JAPANESE_REGIONS, JAPANESE_TIERS, THAI_REGIONS, THAI_TIERS } from "../domain/locality.ts";
import { normaliseSource, type Source } from "../domain/source.ts";
import type { Problem } from "./problem.ts";
import type { RecordKind, RecordLocation, ReferenceData } from "./reference-data.ts";
import { collectReferences } from "./references.ts";

type Locate = (kind: RecordKind, id: string, path: PropertyKey[]) => Pick<Problem, "file" | "line">;

const thaiTiers: ReadonlySet<string> = new Set(THAI_TIERS);
const japaneseTiers: ReadonlySet<string> = new Set(JAPANESE_TIERS);
const thaiRegions: ReadonlySet<string> = new Set(THAI_REGIONS);
const japaneseRegions: ReadonlySet<string> = new Set(JAPANESE_REGIONS);

/** Cross-record rules the schemas cannot see: every id that a record names must exist. */
export const checkIntegrity = (
  data: ReferenceData,
  locations: ReadonlyMap<string, RecordLocation>,
  options: { reportLineCount?: number },
): Problem[] => {
  const problems: Problem[] = [];
  const locate: Locate = (kind, id, path) => {
    const location = locations.get(`${kind}:${id}`);
    if (!location) return { file: "?" };
    const line = location.lineOf(path);
    return { file: location.file, ...(line === undefined ? {} : { line }) };
  };
  const report = (kind: RecordKind, id: string, path: PropertyKey[], message: string) =>
    problems.push({ ...locate(kind, id, path), id, field: path.map(String).join("."), message });

  const issueIds = new Set(data.issues.map((issue) => issue.id));
  const designationIds = new Set(data.designations.map((designation) => designation.id));
  const datasetIds = new Set(data.datasets.map((dataset) => dataset.id));
  const localities = new Map(data.localities.map((locality) => [locality.id, locality]));
  const partyIds = new Set([...localities.keys(), ...data.organisations.map((organisation) => organisation.id)]);

  const issuesById = new Map(data.issues.map((issue) => [issue.id, issue]));
  for (const issue of data.issues) {
    if (issue.parent === null) continue;
    const parent = issuesById.get(issue.parent);
    const grandparent = parent?.parent ? issuesById.get(parent.parent) : undefined;
    if (!parent) report("issues", issue.id, ["parent"], `unknown parent issue "${issue.parent}"`);
    else if (parent.parent !== null && grandparent?.parent !== null)
      report("issues", issue.id, ["parent"], "the taxonomy has three levels: root, issue, specific field");
  }

  for (const locality of data.localities) {
    const at = (path: PropertyKey[], message: string) => report("localities", locality.id, path, message);
    const location = locations.get(`localities:${locality.id}`);
    if (location?.file.startsWith("localities/") && basename(location.file) !== `${locality.id}.yaml`) {
      at(["id"], `file name should be ${locality.id}.yaml`);
    }
    if (!locality.id.startsWith(`${locality.country}-`))
      at(["country"], `id ${locality.id} is not in ${locality.country}`);
    const tiers = locality.country === "TH" ? thaiTiers : japaneseTiers;
    if (!tiers.has(locality.tier)) at(["tier"], `tier ${locality.tier} does not exist in ${locality.country}`);
    const regions = locality.country === "TH" ? thaiRegions : japaneseRegions;
    if (!regions.has(locality.region)) at(["region"], `region ${locality.region} is not in ${locality.country}`);
    const isTop = (THAI_TOP_ID.test(locality.id) && locality.id !== "TH-S") || JP_PREFECTURE_ID.test(locality.id);
    if (isTop && locality.parent !== null) at(["parent"], "a province or prefecture has no parent");
    if (!isTop && locality.parent === null)
      at(["parent"], "a locality below a province or prefecture needs its parent");
    if (locality.parent !== null && !localities.has(locality.parent))
      at(["parent"], `unknown parent "${locality.parent}"`);
    for (const [index, holding] of locality.designations.entries())
      for (const [place, holder] of (holding.heldBy ?? []).entries()) {
        const inside = localities.get(holder);
        if (inside && inside.parent !== locality.id)
          at(["designations", index, "heldBy", place], `${holder} is not a place inside ${locality.id}`);
      }
  }

  for (const reference of collectReferences(data)) {
    const { kind, id, path, target, value } = reference;
    if (target === "issue" && !issueIds.has(value)) report(kind, id, path, `unknown issue "${value}"`);
    if (target === "designation" && !designationIds.has(value))
      report(kind, id, path, `unknown designation "${value}"`);
    if (target === "party" && !partyIds.has(value))
      report(kind, id, path, `unknown locality or organisation "${value}"`);
    if (target === "date" && !parsePartialDate(value)) report(kind, id, path, `invalid date "${value}"`);
    if (target === "source")
      checkSource(reference.source, datasetIds, options, (message) => report(kind, id, path, message));
  }
  return problems;
};

const checkSource = (
  source: Source | undefined,
  datasetIds: ReadonlySet<string>,
  options: { reportLineCount?: number },
  fail: (message: string) => void,
) => {
  if (source === undefined) return;
  const { parsed } = normaliseSource(source);
  if (parsed.kind === "dataset" && !datasetIds.has(parsed.id)) fail(`unknown dataset "${parsed.id}"`);
  if (parsed.kind === "report" && options.reportLineCount !== undefined && parsed.to > options.reportLineCount) {
    fail(`report lines ${parsed.from}-${parsed.to} are past the report's end (${options.reportLineCount} lines)`);
  }
};
