import { z } from "zod";
import { LocalityIdSchema, SlugSchema } from "../../../domain/ids.ts";
import { RegionSchema, TierSchema } from "../../../domain/locality.ts";
import { LangSchema } from "../../../domain/text.ts";
import { LOCALITY_SORTS } from "../../../store/localities.repository.ts";
import { PagingQuery } from "../paging.ts";

export const LocalitiesQuery = PagingQuery.extend({
  country: z.enum(["TH", "JP"]).optional().describe("Thailand or Japan"),
  tier: TierSchema.optional(),
  region: RegionSchema.optional(),
  parent: LocalityIdSchema.optional().describe("Only localities inside this province or prefecture"),
  q: z.string().trim().min(1).max(100).optional().describe("Search names in Thai, English or Japanese"),
  offers: SlugSchema.optional().describe("Only localities that offer this issue (a strength or a surveyed offer)"),
  needs: SlugSchema.optional().describe("Only localities that need this issue (a challenge or a surveyed need)"),
  partner: z
    .enum(["yes", "no"])
    .optional()
    .describe("Only localities with (yes) or without (no) a partner in the other country"),
  sort: z
    .enum(LOCALITY_SORTS)
    .optional()
    .describe("Order by name (in ?lang), country, tier, region, population or partners"),
  order: z.enum(["asc", "desc"]).optional().describe("Ascending (default) or descending"),
});

export const LocalityParams = z.object({
  id: z.string().min(1).max(64).describe("Locality id, e.g. TH-50 or JP-40100"),
});
export const LangQuery = z.object({ lang: LangSchema.optional() });
