import type { Designation, Issue } from "../domain/issue.ts";
import type { Locality } from "../domain/locality.ts";
import type { Organisation } from "../domain/organisation.ts";
import type { NeedOffer, Relation } from "../domain/relation.ts";
import type { Dataset } from "../domain/source.ts";
import { buildIssueTree, type IssueTree } from "./issue-tree.ts";
import type { ReferenceData } from "./reference-data.ts";

/** The reference data indexed for lookups; built once per dataset and never mutated. */
export type Catalog = {
  data: ReferenceData;
  localities: ReadonlyMap<string, Locality>;
  organisations: ReadonlyMap<string, Organisation>;
  issues: ReadonlyMap<string, Issue>;
  issueTree: IssueTree;
  designations: ReadonlyMap<string, Designation>;
  datasets: ReadonlyMap<string, Dataset>;
  relationsByParty: ReadonlyMap<string, readonly Relation[]>;
  needsOffersByParty: ReadonlyMap<string, readonly NeedOffer[]>;
  childrenOf: ReadonlyMap<string, readonly Locality[]>;
};

const groupBy = <T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
};

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> =>
  new Map(items.map((item) => [item.id, item]));

export const buildCatalog = (data: ReferenceData): Catalog => ({
  data,
  localities: byId(data.localities),
  organisations: byId(data.organisations),
  issues: byId(data.issues),
  issueTree: buildIssueTree(data.issues),
  designations: byId(data.designations),
  datasets: byId(data.datasets),
  relationsByParty: groupBy(data.relations, (relation) => relation.parties),
  needsOffersByParty: groupBy(data.needsOffers, (needOffer) => [needOffer.party]),
  childrenOf: groupBy(data.localities, (locality) => (locality.parent ? [locality.parent] : [])),
});

/** The issues a tag stands for: itself and every narrower issue below it. */
export const issueSubtree = (catalog: Catalog, issueId: string): readonly string[] =>
  catalog.issues.has(issueId) ? catalog.issueTree.subtree(issueId) : [];
