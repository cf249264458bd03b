import { describe, expect, it } from "vitest";
import { catalogOf, fact, locality } from "../../tests/support/catalog-builder.ts";
import { byCountry, referenceCatalog } from "../../tests/support/compiled-equivalence.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type { Tier } from "../domain/locality.ts";
import { candidatePool } from "./candidate-pool.ts";
import { candidatesFor } from "./engine.ts";
import { type Profile, profileOf } from "./profile.ts";
import { isUndescribed, shortlistUndescribed } from "./thin-profiles.ts";

/** What partnersFor ranked before the pool was cached per catalog: the plain definition. */
const plainPool = (catalog: Catalog, asker: Profile, tiers?: readonly Tier[], size?: number) => {
  const candidates = candidatesFor(catalog, asker.locality, tiers).map((candidate) => profileOf(catalog, candidate));
  return [...candidates.filter((profile) => !isUndescribed(profile)), ...shortlistUndescribed(asker, candidates, size)];
};
const ids = (profiles: readonly Profile[]) => profiles.map((profile) => profile.locality.id);

describe("candidate pools cached per catalog", () => {
  it("are the plain pools for every locality of the reference data, with and without tiers", () => {
    const catalog = referenceCatalog();
    let undescribed = 0;
    for (const country of ["TH", "JP"] as const)
      for (const asker of byCountry(catalog, country).map((item) => profileOf(catalog, item)))
        for (const tiers of [undefined, ["town", "village"] as Tier[], ["province", "prefecture"] as Tier[]]) {
          const pool = candidatePool(catalog, asker, tiers);
          undescribed += pool.filter(isUndescribed).length;
          expect(ids(pool)).toEqual(ids(plainPool(catalog, asker, tiers)));
        }
    // Not vacuous: the shortlists were filled.
    expect(undescribed).toBeGreaterThan(1_000);
  });

  it("give the plain shortlist at every size (tiers, sizes, unknown sizes, ids out of order)", () => {
    const tiers = ["city", "town", "village", "prefecture"] as const;
    const many = Array.from({ length: 90 }, (_, index) =>
      locality({
        id: `JP-${String(40_000 + ((index * 37) % 90)).padStart(5, "0")}`,
        tier: tiers[index % tiers.length],
        parent: "JP-38",
        ...(index % 7 === 0 ? {} : { population: { value: 1_000 * (1 + (index % 5)) ** 3, source: "gk:low" } }),
      }),
    );
    const askers = [
      locality({ id: "TH-57", population: { value: 27_000, source: "gk:low" } }),
      locality({ id: "TH-58", tier: "sao", parent: "TH-57", population: { value: 8_000, source: "gk:low" } }),
      locality({ id: "TH-59", tier: "town-municipality", parent: "TH-57" }),
    ];
    const described = locality({ id: "JP-39", strengths: [fact("Forestry", ["forestry"])] });
    const catalog = catalogOf([...askers, described, ...many]);
    for (const asker of askers.map((item) => profileOf(catalog, item)))
      for (const size of [0, 1, 5, 40, 89, 90, 200])
        expect(ids(candidatePool(catalog, asker, undefined, size))).toEqual(
          ids(plainPool(catalog, asker, undefined, size)),
        );
  });

  it("follow an edit: a new catalog with a locality described has it among the described", () => {
    const asker = locality({ id: "TH-57", population: { value: 27_000, source: "gk:low" } });
    const town = locality({ id: "JP-39344", tier: "town", parent: "JP-39" });
    const before = catalogOf([asker, town]);
    expect(candidatePool(before, profileOf(before, asker)).filter(isUndescribed)).toHaveLength(1);
    const after = catalogOf([
      asker,
      locality({ id: "JP-39344", tier: "town", parent: "JP-39", strengths: [fact("Forestry", ["forestry"])] }),
    ]);
    expect(candidatePool(after, profileOf(after, asker)).filter(isUndescribed)).toHaveLength(0);
  });
});
