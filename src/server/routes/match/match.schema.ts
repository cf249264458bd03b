import { z } from "zod";
import { LangSchema } from "../../../domain/text.ts";

/*
 * Caps where input costs CPU: an issue's words are matched against every synonym (typos
 * included) and widen the set of pairs scored; each result is explained in three languages.
 */
const Weights = z.string().max(400).optional().describe("Criterion weights, e.g. issueFit=1,geography=0.2 (each 0–1)");
const Tier = z.string().max(40).optional().describe("prefecture, city, town, or an exact tier");
const Issue = z.string().max(100);

export const MatchQuery = z.object({
  from: z.string().min(1).max(64).describe("The locality to find partners for (TH-… or JP-…)"),
  hide: z
    .enum(["related"])
    .optional()
    .describe("related: leave out candidates it already has an ongoing relation with"),
  issue: Issue.optional().describe("Free-text issue in Thai, English or Japanese (up to 100 characters)"),
  tier: Tier,
  limit: z.coerce.number().int().min(1).max(100).default(10).describe("Results, 1–100"),
  weights: Weights,
  lang: LangSchema.optional(),
});

export const PairsQuery = z.object({
  issue: Issue.min(1).describe("Free-text issue in Thai, English or Japanese (up to 100 characters)"),
  tier: Tier,
  limit: z.coerce.number().int().min(1).max(50).default(10).describe("Results, 1–50"),
  weights: Weights,
  lang: LangSchema.optional(),
});

export const PairQuery = z.object({
  a: z.string().min(1).max(64).describe("One locality"),
  b: z.string().min(1).max(64).describe("A locality of the other country"),
  issue: Issue.optional(),
  weights: Weights,
  lang: LangSchema.optional(),
});
