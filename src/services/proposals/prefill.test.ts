import { describe, expect, it } from "vitest";
import type { Locality } from "../../domain/locality.ts";
import { ProposalContentSchema } from "../../domain/proposals/proposal.ts";
import type { PairEvaluation } from "../../matching/modes.ts";
import { draftFromEvaluation } from "./prefill.ts";

const text = (en: string) => ({ th: `ไทย ${en}`, en, ja: `日本 ${en}` });
const evaluation = {
  id: "JP-16204",
  a: "TH-50-chiang-mai-city",
  b: "JP-16204",
  score: 0.61,
  criteria: { issueFit: 0.7 },
  reasons: [{ ...text("Both host famous festivals"), criterion: "historyCulture", sources: ["report:7630-7640"] }],
  issues: ["tourism", "culture"],
  flags: [{ code: "signs-via-province", province: "TH-50" }],
  understood: [],
  gains: {
    a: [
      { issue: "tourism", from: text("Fish market know-how"), for: text("More visitors"), sources: ["report:1"] },
      { issue: "fisheries", from: text("Fish market know-how"), for: text("Fresh fish"), sources: ["report:2"] },
    ],
    b: [{ issue: "tourism", from: text("Temple festivals"), for: text("Visitors"), sources: ["report:3"] }],
  },
} as unknown as PairEvaluation;
const city = { id: "TH-50-chiang-mai-city", tier: "city-municipality", parent: "TH-50" } as Locality;

describe("a draft from a pair evaluation", () => {
  const draft = draftFromEvaluation(evaluation, city, new Date("2027-01-10T00:00:00Z"));

  it("makes the municipality's province the Thai party and the municipality the proposing body", () => {
    expect(draft.content).toMatchObject({
      thaiParty: "TH-50",
      proposingBody: "TH-50-chiang-mai-city",
      japaneseParty: "JP-16204",
      initiatingSide: "TH",
      issues: ["tourism", "culture"],
    });
  });

  it("keeps the reasons with their sources and counts one offer that meets two needs once", () => {
    expect(draft.content.background).toEqual([
      { text: text("Both host famous festivals"), sources: ["report:7630-7640"] },
    ]);
    expect(draft.content.gains?.thai).toEqual([
      { text: text("Fish market know-how"), issue: "tourism", sources: ["report:1", "report:2"] },
    ]);
    expect(draft.content.gains?.japanese).toHaveLength(1);
    expect(draft.evaluation).toEqual({
      score: 0.61,
      criteria: { issueFit: 0.7 },
      flags: ["signs-via-province"],
      evaluatedAt: "2027-01-10T00:00:00.000Z",
    });
    expect(ProposalContentSchema.safeParse(draft.content).success).toBe(true);
  });
});
