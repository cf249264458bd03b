import { describe, expect, it } from "vitest";
import { catalogOf, fact, locality, relation } from "../../tests/support/catalog-builder.ts";
import { bestPairs, evaluatePair, MatchInputError, partnersFor } from "./modes.ts";
import { parseWeights } from "./weights.ts";

const population = (value: number) => ({
  value,
  year: 2020,
  source: { ref: "dataset:jp-census-2020", confidence: "medium" as const },
});

const rayong = locality({
  id: "TH-21",
  population: population(760_000),
  challenges: [
    fact("Industrial air pollution (VOC) around Map Ta Phut", ["air-quality"]),
    fact("Waste from industry", ["waste"]),
  ],
  industries: [{ kind: "industry", ...fact("Petrochemical complex", ["petrochemicals"]) }],
});
const mie = locality({
  id: "JP-24",
  population: population(1_770_000),
  strengths: [
    fact("ICETT trains engineers on industrial pollution control", ["air-quality"]),
    fact("Yokkaichi recovered from asthma pollution", ["air-quality"]),
  ],
  industries: [{ kind: "industry", ...fact("Yokkaichi petrochemical complex", ["petrochemicals"]) }],
  challenges: [fact("Local firms need markets abroad", ["trade"])],
});
const fukuoka = locality({
  id: "JP-40",
  population: population(5_130_000),
  strengths: [fact("Landfill technology (Fukuoka method)", ["waste"])],
});
const hokkaido = locality({
  id: "JP-01",
  population: population(5_220_000),
  strengths: [fact("Snow festival", ["festivals"])],
});
const yokohama = locality({
  id: "JP-14100",
  tier: "designated-city",
  parent: "JP-14",
  population: population(3_770_000),
  strengths: [fact("Smart city", ["smart-city"])],
});
const kanagawa = locality({ id: "JP-14" });
const bangkok = locality({ id: "TH-10", tier: "capital", population: population(5_470_000) });

const catalog = catalogOf(
  [rayong, mie, fukuoka, hokkaido, yokohama, kanagawa, bangkok],
  [relation({ id: "rayong-mie", parties: ["TH-21", "JP-24"], status: "lapsed" })],
);

describe("partners for a locality", () => {
  it("keeps localities nobody has described out of the ranking, in a separate list with the thin-data flag", () => {
    const big = locality({ id: "JP-13", population: population(14_000_000) });
    const town = locality({
      id: "JP-39344",
      tier: "town",
      parent: "JP-39",
      population: population(3_500),
      strengths: [fact("Rice terraces and upland farming know-how", ["agriculture"])],
    });
    const pool = catalogOf([bangkok, big, town, locality({ id: "JP-39" })]);
    for (const issue of [undefined, "agriculture"]) {
      const answer = partnersFor(pool, { from: "TH-10", issue });
      expect(answer.results.map((result) => result.id)).toEqual(["JP-39344"]);
      expect(answer.alsoConsider.map((result) => result.id)).toEqual(["JP-13", "JP-39"]);
      for (const result of answer.alsoConsider) expect(result.flags).toContainEqual({ code: "thin-data", facts: 0 });
    }
    expect(partnersFor(pool, { from: "TH-10", limit: 1 }).alsoConsider).toHaveLength(1);
  });

  it("ranks partners of the other country only, best first, with per-criterion values", () => {
    const answer = partnersFor(catalog, { from: "TH-21" });
    const ids = answer.results.map((result) => result.id);
    expect(ids).toHaveLength(4);
    expect(ids.every((id) => id.startsWith("JP-"))).toBe(true);
    expect(ids[0]).toBe("JP-24");
    const scores = answer.results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    for (const result of answer.results) {
      expect(Object.values(result.criteria).every((value) => value >= 0 && value <= 1)).toBe(true);
    }
  });

  it("explains each result in three to five reasons, in th, en and ja, citing sources", () => {
    const [top] = partnersFor(catalog, { from: "TH-21" }).results;
    expect(top?.reasons.length).toBeGreaterThanOrEqual(3);
    expect(top?.reasons.length).toBeLessThanOrEqual(5);
    for (const reason of top?.reasons ?? []) {
      expect(reason.th && reason.en && reason.ja).toBeTruthy();
    }
    expect(top?.reasons[0]?.en).toMatch(/ICETT|Yokkaichi/);
    expect(top?.reasons.flatMap((reason) => reason.sources)).toContain("gk:high");
  });

  it("focuses on the issue typed, and says what it understood", () => {
    const answer = partnersFor(catalog, { from: "TH-21", issue: "การจัดการขยะ" });
    expect(answer.understood).toEqual(["waste"]);
    expect(answer.results[0]?.id).toBe("JP-40");
    expect(answer.results[0]?.issues).toContain("waste");
    expect(partnersFor(catalog, { from: "TH-21", issue: "xyzzy" }).understood).toEqual([]);
  });

  it("flags an existing dormant relation and thin data", () => {
    const mieResult = partnersFor(catalog, { from: "TH-21" }).results.find((result) => result.id === "JP-24");
    expect(mieResult?.flags).toContainEqual({ code: "dormant-relation", relation: "rayong-mie", status: "lapsed" });
    const thin = partnersFor(catalog, { from: "TH-21" }).results.find((result) => result.id === "JP-01");
    expect(thin?.flags).toContainEqual({ code: "thin-data", facts: expect.any(Number) });
  });

  it("bands each result by its place among all candidates, and can hide existing partners", () => {
    const answer = partnersFor(catalog, { from: "TH-21" });
    expect(answer.candidates).toBe(5);
    // Five candidates: the best is in the top 20%, which is 'possible', the last is 'weak'.
    const all = [...answer.results, ...answer.alsoConsider];
    expect(all.map((result) => result.band)).toEqual(["possible", "possible", "weak", "weak", "weak"]);
    const hidden = partnersFor(catalog, { from: "TH-21", hideRelated: true });
    expect(hidden.results.map((result) => result.id)).not.toContain("JP-24");
    expect(hidden.candidates).toBe(5);
    const kept = all.filter((result) => result.id !== "JP-24").map((result) => [result.id, result.band]);
    expect([...hidden.results, ...hidden.alsoConsider].map((result) => [result.id, result.band])).toEqual(kept);
  });

  it("filters by tier group and limits", () => {
    expect(partnersFor(catalog, { from: "TH-10", tiers: ["designated-city"] }).results.map((r) => r.id)).toEqual([
      "JP-14100",
    ]);
    expect(partnersFor(catalog, { from: "TH-10", limit: 2 }).results).toHaveLength(2);
  });

  it("changes order when weights change, and is deterministic", () => {
    const byFit = partnersFor(catalog, { from: "TH-10" });
    const bySize = partnersFor(catalog, {
      from: "TH-10",
      weights: {
        ...parseWeightsOrThrow(
          "issueFit=0,sharedProblems=0,industry=0,geography=0,nationalPolicy=0,globalAgenda=0,historyCulture=0,tiesAccess=0,feasibility=0,sizeTier=1",
        ),
      },
    });
    expect(bySize.results[0]?.id).toBe("JP-01");
    expect(partnersFor(catalog, { from: "TH-10" })).toEqual(byFit);
  });

  it("breaks ties by issue fit, then by id", () => {
    const described = { heritage: [fact("A shrine", ["heritage"])] };
    const twins = catalogOf([
      bangkok,
      locality({ id: "JP-03", ...described }),
      locality({ id: "JP-02", ...described }),
    ]);
    expect(partnersFor(twins, { from: "TH-10" }).results.map((result) => result.id)).toEqual(["JP-02", "JP-03"]);
  });

  it("refuses an unknown locality and an empty issue", () => {
    expect(() => partnersFor(catalog, { from: "TH-99" })).toThrow(MatchInputError);
    expect(() => partnersFor(catalog, { from: "TH-21", issue: " " })).toThrow(/empty/);
  });
});

describe("best pairs for an issue", () => {
  it("pairs a Thai side with a Japanese side on the issue", () => {
    const answer = bestPairs(catalog, { issue: "air pollution" });
    expect(answer.understood).toEqual(["air-quality"]);
    expect(answer.results[0]).toMatchObject({ thai: "TH-21", japanese: "JP-24" });
  });

  it("refuses an issue it cannot understand", () => {
    expect(() => bestPairs(catalog, { issue: "xyzzy" })).toThrow(
      expect.objectContaining({ code: "no-issue-understood" }),
    );
  });
});

describe("evaluating a pair", () => {
  it("bands the pair as the first side's ranking of partners would", () => {
    const ranking = partnersFor(catalog, { from: "TH-21", issue: "waste" });
    const evaluation = evaluatePair(catalog, "TH-21", "JP-40", { issue: "waste" });
    expect(evaluation.candidates).toBe(ranking.candidates);
    expect(evaluation.band).toBe(ranking.results.find((result) => result.id === "JP-40")?.band);
  });

  it("says what each side gains, with sources", () => {
    const evaluation = evaluatePair(catalog, "TH-21", "JP-24");
    expect(evaluation.gains.a.map((gain) => gain.issue)).toEqual(["air-quality"]);
    expect(evaluation.gains.a[0]?.from.en).toMatch(/ICETT|Yokkaichi/);
    expect(evaluation.issues[0]).toBe("air-quality");
  });

  it("refuses two localities of the same country", () => {
    expect(() => evaluatePair(catalog, "TH-21", "TH-10")).toThrow(expect.objectContaining({ code: "same-country" }));
  });
});

describe("weights", () => {
  it("accepts named weights in [0, 1] and refuses the rest", () => {
    expect(parseWeights("issueFit=0.5, geography=0").ok).toBe(true);
    expect(parseWeights("issueFit=1.5")).toMatchObject({ ok: false });
    expect(parseWeights("colour=1")).toMatchObject({ ok: false, error: expect.stringMatching(/unknown criterion/) });
    expect(parseWeights("issueFit")).toMatchObject({ ok: false });
  });
});

function parseWeightsOrThrow(text: string) {
  const parsed = parseWeights(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.weights;
}

describe("reasons name the giving side correctly", () => {
  it("says the asker offers when the partner is the one in need", () => {
    const giver = locality({ id: "TH-21", strengths: [fact("Durian orchards", ["agriculture"])] });
    const taker = locality({ id: "JP-25", challenges: [fact("Shortage of tropical fruit", ["agriculture"])] });
    const [result] = partnersFor(catalogOf([giver, taker]), { from: "TH-21" }).results;
    const reason = result?.reasons.find((candidate) => candidate.criterion === "issueFit");
    expect(reason?.en).toMatch(
      /^On Farming and crops, JP-25 has a problem and TH-21 has something to offer: JP-25 — “Shortage/,
    );
    expect(evaluatePair(catalogOf([giver, taker]), "TH-21", "JP-25").gains.b[0]?.from.en).toBe("Durian orchards");
  });
});

describe("a typed issue", () => {
  it("multiplies the weight of issue fit, and only of issue fit", async () => {
    const { scorePair, FOCUS_ISSUE_FIT_FACTOR } = await import("./engine.ts");
    const { profileOf } = await import("./profile.ts");
    const { DEFAULT_WEIGHTS } = await import("./weights.ts");
    const [a, b] = [profileOf(catalog, rayong), profileOf(catalog, fukuoka)];
    const { focusOf, NO_FOCUS } = await import("./focus.ts");
    const plain = scorePair(catalog, a, b, NO_FOCUS, DEFAULT_WEIGHTS);
    const focused = scorePair(catalog, a, b, focusOf(catalog, ["waste"]), DEFAULT_WEIGHTS);
    const weightOf = (pair: typeof plain, criterion: string) =>
      pair.outcomes.find((o) => o.criterion === criterion)?.weight;
    expect(FOCUS_ISSUE_FIT_FACTOR).toBeGreaterThan(1);
    expect(weightOf(focused, "issueFit")).toBe(DEFAULT_WEIGHTS.issueFit * FOCUS_ISSUE_FIT_FACTOR);
    expect(weightOf(plain, "issueFit")).toBe(DEFAULT_WEIGHTS.issueFit);
    expect(weightOf(focused, "geography")).toBe(DEFAULT_WEIGHTS.geography);
  });
});
