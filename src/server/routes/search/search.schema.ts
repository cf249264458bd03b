import { z } from "zod";
import { LangSchema } from "../../../domain/text.ts";

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(120).describe("What to find, in Thai, English or Japanese"),
  limit: z.coerce.number().int().min(1).max(50).default(20).describe("Items, 1–50"),
  lang: LangSchema.optional(),
});

const Names = z.object({ th: z.string(), en: z.string(), ja: z.string() }).describe("Name in each language");
const Ref = z.object({ kind: z.string(), id: z.string(), names: Names });

export const SearchItem = Ref.extend({
  kind: z.enum(["locality", "place", "relation", "organisation", "issue"]).describe("What the item is"),
  id: z.string().describe("Its id: TH-50, JP-39344, place:th-5709, org:jp-clair, a relation or issue id"),
  placeKind: z.enum(["district", "subdistrict", "ward"]).optional().describe("For places: which kind"),
  within: Ref.optional().describe("Where it is: a place's or municipality's province, prefecture or city"),
  localities: z.array(Ref).optional().describe("For Thai places: local governments on record there"),
});

export const SearchAnswer = z.object({ items: z.array(SearchItem).describe("Best first") });
