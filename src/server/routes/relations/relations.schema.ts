import { z } from "zod";
import { RelationStatusSchema, RelationTypeSchema } from "../../../domain/relation.ts";
import { PagingQuery } from "../paging.ts";

export const RelationsQuery = PagingQuery.extend({
  type: RelationTypeSchema.optional(),
  status: RelationStatusSchema.optional(),
  party: z.string().min(1).max(64).optional().describe("Only relations this locality or organisation is party to"),
  issue: z.string().min(1).max(64).optional().describe("Only relations tagged with this issue id"),
  year: z.coerce.number().int().min(1800).max(2100).optional().describe("Only relations that started in this year"),
});

export const RelationParams = z.object({ id: z.string().min(1).max(128) });
