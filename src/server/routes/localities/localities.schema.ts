import { z } from "zod";
import { LocalityIdSchema } from "../../../domain/ids.ts";
import { RegionSchema, TierSchema } from "../../../domain/locality.ts";
import { LangSchema } from "../../../domain/text.ts";
import { PagingQuery } from "../paging.ts";

export const LocalitiesQuery = PagingQuery.extend({
  country: z.enum(["TH", "JP"]).optional().describe("Thailand or Japan"),
  tier: TierSchema.optional(),
  region: RegionSchema.optional(),
  parent: LocalityIdSchema.optional().describe("Only localities inside this province or prefecture"),
  q: z.string().trim().min(1).max(100).optional().describe("Search names in Thai, English or Japanese"),
});

export const LocalityParams = z.object({
  id: z.string().min(1).max(64).describe("Locality id, e.g. TH-50 or JP-40100"),
});
export const LangQuery = z.object({ lang: LangSchema.optional() });
