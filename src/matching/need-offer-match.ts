import type { Catalog } from "../catalog/catalog.ts";
import type { NeedOffer } from "../domain/relation.ts";
import type { Evidence, Finding } from "./evidence.ts";
import { type Reason, reasonFor } from "./explain.ts";
import { offerRarity, profileOf } from "./profile.ts";

export type NeedOfferMatch = { locality: string; issue: string; reason: Reason; weight: number };

/** The issues a tag covers: itself and every field under it. */
const covered = (catalog: Catalog, issues: readonly string[]): string[] => [
  ...new Set(issues.flatMap((issue) => catalog.issueTree.subtree(issue))),
];

/**
 * Who a newly stated need or offer matters to, as the matcher's issue-fit criterion sees it: for
 * a need, every locality of the other country that offers something on its issues; for an offer,
 * every one that needs it. One match per locality (its strongest issue, rare offers weighing
 * more), strongest first, each with the reason sentence the matcher would give, in th, en and ja.
 */
export const needOfferMatches = (catalog: Catalog, item: NeedOffer): NeedOfferMatch[] => {
  const owner = catalog.localities.get(item.party);
  if (!owner) return [];
  const ownerProfile = profileOf(catalog, owner);
  const stated: Evidence = {
    key: item.id,
    localityId: owner.id,
    kind: item.kind === "need" ? "need" : "offer",
    text: item.text,
    issues: item.issues,
    source: item.source,
  };
  const rarity = offerRarity(catalog);
  const issues = covered(catalog, item.issues);
  const matches: NeedOfferMatch[] = [];
  for (const locality of catalog.data.localities) {
    if (locality.country === owner.country) continue;
    const profile = profileOf(catalog, locality);
    let best: NeedOfferMatch | undefined;
    for (const issue of issues) {
      const theirs = (item.kind === "need" ? profile.offers : profile.needs).get(issue)?.[0];
      if (!theirs) continue;
      // Written as the matcher writes it: for a need, "B can offer what A needs"; for an offer, "A can offer what B needs".
      const finding: Finding =
        item.kind === "need"
          ? { kind: "offer-meets-need", issue, a: stated, b: theirs, weight: 1 }
          : { kind: "offer-for-partner", issue, a: stated, b: theirs, weight: 1 };
      const weight = rarity.get(issue) ?? 1;
      if (best && best.weight >= weight) continue;
      const reason = reasonFor(catalog, "issueFit", finding, ownerProfile, profile);
      if (reason) best = { locality: locality.id, issue, reason, weight };
    }
    if (best) matches.push(best);
  }
  return matches.sort((x, y) => y.weight - x.weight || x.locality.localeCompare(y.locality));
};
