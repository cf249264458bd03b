import { z } from "zod";
import { LangSchema } from "../../domain/text.ts";

export const PagingQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe("Page size, 1–500"),
  offset: z.coerce.number().int().min(0).default(0).describe("Records to skip"),
  lang: LangSchema.optional(),
});

export const page = <T>(total: number, items: T[], limit: number, offset: number) => ({ total, limit, offset, items });
