import { z } from "zod";
import { commonEraYear, FIRST_YEAR, LAST_YEAR } from "../../../domain/era-year.ts";
import { RelationStatusSchema, RelationTypeSchema } from "../../../domain/relation.ts";
import { PagingQuery } from "../paging.ts";

export const RelationsQuery = PagingQuery.extend({
  type: RelationTypeSchema.optional(),
  status: RelationStatusSchema.optional().describe(
    "Only relations whose suggested status (from their last dated activity) is this",
  ),
  party: z.string().min(1).max(64).optional().describe("Only relations this locality or organisation is party to"),
  issue: z.string().min(1).max(64).optional().describe("Only relations tagged with this issue id"),
  year: z.coerce
    .number()
    .int()
    .transform(commonEraYear)
    .pipe(z.number().min(FIRST_YEAR).max(LAST_YEAR))
    .optional()
    .describe("Only relations that started in this year; a year above 2400 is read as Buddhist Era (2559 = 2016)"),
});

export const RelationParams = z.object({ id: z.string().min(1).max(128) });
