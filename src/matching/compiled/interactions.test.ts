import { describe, expect, it } from "vitest";
import { byCountry, focusFor, referenceCatalog } from "../../../tests/support/compiled-equivalence.ts";
import { compiledOf } from "./compile.ts";
import { globalAgenda, industry, issueFit, nationalPolicy, sharedProblems } from "./criteria.ts";
import {
  AGENDA,
  BACKWARD,
  FORWARD,
  INDUSTRY,
  interactions,
  interactionsAll,
  POLICY,
  PROBLEMS,
  rowOf,
  SETS,
} from "./interactions.ts";
import { focusLevels } from "./issue-tables.ts";
import { meetsOf } from "./meets.ts";
import { newQuery } from "./query.ts";
import { fillRow, reachRowsOf } from "./reach-rows.ts";

/**
 * The scorer skips a criterion whose bit is clear (score.ts): that is right only if every such
 * criterion, called anyway, gives 0. Checked on every Thai × Japanese pair of the reference
 * dataset, both ways round, under no focus and under issues; and the check must be able to fail:
 * some pairs have each bit set and a finding.
 */
const catalog = referenceCatalog();
const compiled = compiledOf(catalog);
const indexesOf = (country: "TH" | "JP") =>
  byCountry(catalog, country).map((locality) => compiled.byId.get(locality.id) ?? -1);

describe("interactions", () => {
  it("lays SETS bitsets end to end in a row", () => {
    const row = rowOf(Array.from({ length: SETS }, (_, index) => Uint32Array.of(index + 1, 0)));
    expect([...row]).toEqual([1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0]);
  });

  it("finds, from the words of the own rows, what the whole rows' sets share, pair by pair and pool by pool", () => {
    const words = (row: Uint32Array) => row.length / SETS;
    /** Set x of one row and set y of another share a member. */
    const share = (xRow: Uint32Array, x: number, yRow: Uint32Array, y: number) => {
      for (let w = 0; w < words(xRow); w++)
        if (((xRow[x * words(xRow) + w] ?? 0) & (yRow[y * words(yRow) + w] ?? 0)) !== 0) return true;
      return false;
    };
    const profiles = [...indexesOf("TH"), ...indexesOf("JP")].map((index) => compiled.profiles[index]);
    const seen = new Set<number>();
    const wrong: string[] = [];
    let pairs = 0;
    for (const a of profiles.filter((_, index) => index % 3 === 0))
      for (const b of profiles) {
        if (!a || !b) throw new Error("a profile outside the compiled catalog");
        const aReach = meetsOf(compiled.tables, a).reach;
        const bReach = meetsOf(compiled.tables, b).reach;
        const expected =
          (share(a.own, 0, bReach, 0) || share(a.own, 1, bReach, 1) ? FORWARD : 0) |
          (share(b.own, 0, aReach, 0) || share(b.own, 1, aReach, 1) ? BACKWARD : 0) |
          (share(a.own, 2, bReach, 2) ? PROBLEMS : 0) |
          (share(a.own, 3, bReach, 3) ? INDUSTRY : 0) |
          (share(a.own, 4, bReach, 4) ? AGENDA : 0) |
          ([5, 6].some((set) => share(a.own, set, bReach, set) || share(b.own, set, aReach, set)) ? POLICY : 0);
        const mask = interactions(a.askerWords, aReach, b.candidateWords, bReach);
        if (mask !== expected) wrong.push(`${a.id}→${b.id} ${mask} for ${expected}`);
        seen.add(expected);
        pairs++;
      }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(pairs).toBeGreaterThan(10_000);
    // And the same masks for a whole pool at once, from the rows laid end to end (reach-rows.ts).
    const indexes = [...indexesOf("TH"), ...indexesOf("JP")];
    const rows = reachRowsOf(compiled);
    const pool = indexes.map((index) => {
      const profile = compiled.profiles[index];
      if (!profile) throw new Error("a profile outside the compiled catalog");
      fillRow(compiled, rows, profile, index);
      return profile;
    });
    const masks = new Int32Array(pool.length);
    for (const a of pool.filter((_, index) => index % 5 === 0)) {
      const aReach = meetsOf(compiled.tables, a).reach;
      interactionsAll(a.askerWords, aReach, pool, indexes, rows.rows, rows.width, masks);
      const each = pool.map((b) =>
        interactions(a.askerWords, aReach, b.candidateWords, meetsOf(compiled.tables, b).reach),
      );
      each.forEach((mask, index) => {
        if (masks[index] !== mask) wrong.push(`${a.id}→${pool[index]?.id} ${masks[index]} for ${mask} (pool)`);
      });
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // Every bit is set somewhere, so each line above is exercised.
    for (const bit of [FORWARD, BACKWARD, PROBLEMS, INDUSTRY, AGENDA, POLICY])
      expect([...seen].some((mask) => (mask & bit) !== 0)).toBe(true);
  }, 120_000);

  for (const issue of [undefined, "waste", "การท่องเที่ยว"])
    it(`clears a criterion's bit only where the criterion finds nothing (${issue ?? "no issue"})`, () => {
      const q = newQuery(
        compiled.tables,
        focusLevels(compiled.tables, focusFor(catalog, issue)),
        compiled.profiles.length,
      );
      const thai = indexesOf("TH");
      const japanese = indexesOf("JP");
      const nonzero = { fit: 0, problems: 0, industry: 0, agenda: 0, policy: 0 };
      const wrong: string[] = [];
      for (const [as, bs] of [
        [thai, japanese],
        [japanese.filter((_, index) => index % 8 === 0), thai],
      ] as const)
        for (const ai of as)
          for (const bi of bs) {
            const a = compiled.profiles[ai];
            const b = compiled.profiles[bi];
            if (!a || !b) throw new Error("a profile outside the compiled catalog");
            const mask = interactions(
              a.askerWords,
              meetsOf(compiled.tables, a).reach,
              b.candidateWords,
              meetsOf(compiled.tables, b).reach,
            );
            const check = (name: keyof typeof nonzero, bit: number, value: number, skipped = (mask & bit) === 0) => {
              if (value !== 0) nonzero[name]++;
              if (skipped && value !== 0) wrong.push(`${a.id}→${b.id} ${name} ${value}`);
            };
            // Issue fit with the bits it was given: with a direction left out it must find the same.
            const full = issueFit(q, a, b, FORWARD | BACKWARD);
            // Under an issue it is called whatever the bits (offers on the issue count), so not checked.
            check("fit", FORWARD | BACKWARD, full, issue === undefined && (mask & (FORWARD | BACKWARD)) === 0);
            if (issueFit(q, a, b, mask) !== full) wrong.push(`${a.id}→${b.id} fit by direction`);
            check("problems", PROBLEMS, sharedProblems(q, a, b));
            check("industry", INDUSTRY, industry(q, a, b));
            check("agenda", AGENDA, globalAgenda(q, a, b));
            check("policy", POLICY, nationalPolicy(q, a, b));
          }
      expect(wrong.slice(0, 10)).toEqual([]);
      // Under an issue some criteria find nothing anywhere in the dataset; without one, each does somewhere.
      if (issue === undefined) for (const count of Object.values(nonzero)) expect(count).toBeGreaterThan(0);
    }, 120_000);
});
