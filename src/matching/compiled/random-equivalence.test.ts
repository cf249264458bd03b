import { describe, expect, it } from "vitest";
import { catalogOf, fact, locality, relation } from "../../../tests/support/catalog-builder.ts";
import { GEOGRAPHY_KINDS, type Locality, type Tier } from "../../domain/locality.ts";
import type { Relation } from "../../domain/relation.ts";
import { scorePair } from "../engine.ts";
import { focusOf, NO_FOCUS } from "../focus.ts";
import { profileOf } from "../profile.ts";
import { type Ranking, rankPairs } from "../ranking.ts";
import { CRITERIA, DEFAULT_WEIGHTS } from "../weights.ts";
import { compiledScorer, valuesByCriterion } from "./score.ts";

/**
 * The compiled scorer against the reference on made-up countries: seeded random localities with
 * every kind of fact, tags anywhere in the taxonomy (trade and investment needs included), names
 * of the other side in their texts, designations, relations through provinces and prefectures,
 * offices and flights, under no focus and under foci with fallbacks. It reaches the paths the
 * reference dataset may not (tests/compiled-equivalence-*.test.ts covers the real data).
 */
const seeded = (seed: number) => {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
};

const text = (en: string) => ({ th: `th:${en}`, en, ja: `ja:${en}` });

const world = (seed: number) => {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const vocabulary = catalogOf([]).data;
  // A small pool per world, with parents and children of what it picks, so that tags meet often,
  // directly, below, above and as siblings; the designations' own issues are in it too.
  const all = vocabulary.issues;
  const chosen = Array.from({ length: 5 }, () => pick(all));
  const issues = [
    ...chosen.map((issue) => issue.id),
    ...chosen.flatMap((issue) => (issue.parent ? [issue.parent] : [])),
    ...chosen.flatMap((issue) => all.filter((child) => child.parent === issue.id).map((child) => child.id)),
    ...chosen.flatMap((issue) => all.filter((other) => other.parent === issue.parent && other.parent).map((o) => o.id)),
    ...vocabulary.designations.flatMap((designation) => designation.issues).slice(0, 6),
    "trade",
    "investment",
  ];
  const tags = () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(issues));
  const ids = {
    TH: ["TH-10", "TH-11", "TH-12", "TH-10-alpha-city", "TH-11-beta-town", "TH-12-gamma-sao"],
    JP: ["JP-01", "JP-02", "JP-03", "JP-01100", "JP-02201", "JP-03321"],
  };
  const thaiTiers: Tier[] = ["city-municipality", "town-municipality", "sao"];
  const japaneseTiers: Tier[] = ["designated-city", "city", "town"];
  const make = (id: string): Locality => {
    const country = id.startsWith("TH") ? "TH" : "JP";
    const other = country === "TH" ? ids.JP : ids.TH;
    const local = id.length > 5;
    const some = <T>(max: number, item: () => T): T[] => Array.from({ length: Math.floor(random() * (max + 1)) }, item);
    return locality({
      id,
      ...(local
        ? {
            tier: country === "TH" ? pick(thaiTiers) : pick(japaneseTiers),
            parent: id.slice(0, 5),
          }
        : {}),
      ...(random() < 0.8 ? { population: { value: Math.ceil(10 ** (3 + random() * 4)), source: "gk:low" } } : {}),
      strengths: some(3, () => ({ ...fact("Offer", tags()), kind: pick(["offer", "offer", "relation", "event"]) })),
      challenges: some(3, () => ({ ...fact("Need", tags()), kind: pick(["challenge", "need"]) })),
      industries: some(3, () => ({ ...fact("Industry", tags()), kind: pick(["industry", "speciality"]) })),
      heritage: some(2, () => ({ ...fact(`Ties with ${pick(other)}`, random() < 0.5 ? tags() : []) })),
      geography: some(3, () => ({
        kind: pick(GEOGRAPHY_KINDS),
        name: text("Place"),
        source: "gk:low",
      })),
      access: some(1, () => ({
        kind: pick(["airport", "direct-flight"] as const),
        text: text(pick(["International airport", "Local airfield"])),
        source: "gk:low",
      })),
      designations: some(2, () => ({ id: pick(vocabulary.designations).id, source: "gk:low" })),
    });
  };
  const localities = [...ids.TH, ...ids.JP].map(make);
  const relations: Relation[] = Array.from({ length: 10 }, (_, index) => {
    const parties = [pick(ids.JP), pick(ids.TH)];
    // Some relations have a reading that denies one party: no tie is cited for it (citedParties).
    const denied = pick([undefined, undefined, undefined, parties[0], parties[1]]);
    const reading = (extra: object) => ({ value: text("a reading"), source: "gk:low", ...extra });
    return relation({
      id: `r-${seed}-${index}`,
      parties,
      type: pick(["mou", "sister-city", "branch-office", "project", "exchange"] as const),
      status: pick(["active", "pending", "declining", "lapsed", "ended"] as const),
      issues: tags(),
      ...(denied
        ? { conflicts: [{ field: "parties" as const, readings: [reading({}), reading({ excludes: [denied] })] }] }
        : {}),
    });
  });
  return { catalog: catalogOf(localities, relations), issues, pick };
};

describe("compiled scorer on random countries", () => {
  const scored = new Set<string>();
  for (const seed of [1, 7, 42, 1_234, 5_678, 31_337, 99_999, 424_242])
    it(`gives the reference's criterion values and score for every pair (seed ${seed})`, () => {
      const { catalog, issues, pick } = world(seed);
      const foci = [NO_FOCUS, ...[0, 1, 2, 3].map(() => focusOf(catalog, [pick(issues)]))];
      const differences: string[] = [];
      let pairs = 0;
      for (const focus of foci) {
        const scorer = compiledScorer(catalog, focus, DEFAULT_WEIGHTS);
        for (const a of catalog.data.localities)
          for (const b of catalog.data.localities) {
            if (a.country === b.country) continue;
            const reference = scorePair(catalog, profileOf(catalog, a), profileOf(catalog, b), focus, DEFAULT_WEIGHTS);
            const compiled = scorer.score(scorer.compiled.byId.get(a.id) ?? -1, scorer.compiled.byId.get(b.id) ?? -1);
            const values = valuesByCriterion(scorer);
            pairs++;
            for (const criterion of CRITERIA) if (reference.criteria[criterion] > 0) scored.add(criterion);
            for (const criterion of CRITERIA)
              if (Math.abs(values[criterion] - reference.criteria[criterion]) > 1e-9)
                differences.push(
                  `${focus.asked.join("+")} ${a.id}→${b.id} ${criterion}: ${values[criterion]} ≠ ${reference.criteria[criterion]}`,
                );
            if (Math.abs(compiled.score - reference.score) > 1e-9)
              differences.push(
                `${focus.asked.join("+")} ${a.id}→${b.id} score: ${compiled.score} ≠ ${reference.score}`,
              );
          }
      }
      expect(differences.slice(0, 10)).toEqual([]);
      expect(pairs).toBe(foci.length * 72);
    });

  it("is not vacuous: in these worlds every criterion scores above 0 somewhere", () => {
    expect([...scored].sort()).toEqual([...CRITERIA].sort());
  });

  // The compiled ranking orders pairs lazily (pair-order.ts) and bands them as it goes: the whole
  // order, bands and ties included, is the reference's, for one asker and for many at once.
  let ties = 0;
  for (const seed of [3, 11, 2_024, 65_536])
    it(`ranks every pair in the reference's order, with its band (seed ${seed})`, () => {
      const { catalog, issues, pick } = world(seed);
      const side = (country: "TH" | "JP") =>
        catalog.data.localities.filter((l) => l.country === country).map((l) => profileOf(catalog, l));
      const [thai, japanese] = [side("TH"), side("JP")];
      for (const focus of [NO_FOCUS, focusOf(catalog, [pick(issues)]), focusOf(catalog, [pick(issues)])]) {
        const listed = (ranking: Ranking, askers: typeof thai, candidates: typeof thai) => {
          const ranked = rankPairs(catalog, focus, DEFAULT_WEIGHTS, askers, candidates, ranking);
          const all = [...ranked].map((e) => `${e.a.locality.id}→${e.b.locality.id} ${e.score} ${e.band}`);
          ties += [...ranked].filter((entry, index, list) => entry.score === list[index - 1]?.score).length;
          expect(ranked.take(3).map((e) => `${e.a.locality.id}→${e.b.locality.id} ${e.score} ${e.band}`)).toEqual(
            all.slice(0, 3),
          );
          return { length: ranked.length, all };
        };
        expect(listed("compiled", thai, japanese)).toEqual(listed("reference", thai, japanese));
        for (const asker of [...thai, ...japanese]) {
          const candidates = asker.locality.country === "TH" ? japanese : thai;
          expect(listed("compiled", [asker], candidates)).toEqual(listed("reference", [asker], candidates));
        }
      }
    });

  it("is not vacuous: pairs tie on score, so the tie-breaks are compared too", () => {
    expect(ties).toBeGreaterThan(20);
  });
});
