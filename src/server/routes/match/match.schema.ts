import { z } from "zod";
import { LangSchema } from "../../../domain/text.ts";

const Weights = z.string().max(400).optional().describe("Criterion weights, e.g. issueFit=1,geography=0.2 (each 0–1)");
const Tier = z.string().max(40).optional().describe("prefecture, city, town, or an exact tier");
const Limit = z.coerce.number().int().min(1).max(200).default(10).describe("Results, 1–200");

export const MatchQuery = z.object({
  from: z.string().min(1).max(64).describe("The locality to find partners for (TH-… or JP-…)"),
  hide: z
    .enum(["related"])
    .optional()
    .describe("related: leave out candidates it already has an ongoing relation with"),
  issue: z.string().max(200).optional().describe("Free-text issue in Thai, English or Japanese"),
  tier: Tier,
  limit: Limit,
  weights: Weights,
  lang: LangSchema.optional(),
});

export const PairsQuery = z.object({
  issue: z.string().min(1).max(200).describe("Free-text issue in Thai, English or Japanese"),
  tier: Tier,
  limit: Limit,
  weights: Weights,
  lang: LangSchema.optional(),
});

export const PairQuery = z.object({
  a: z.string().min(1).max(64).describe("One locality"),
  b: z.string().min(1).max(64).describe("A locality of the other country"),
  issue: z.string().max(200).optional(),
  weights: Weights,
  lang: LangSchema.optional(),
});
