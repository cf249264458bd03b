import { z } from "zod";
import type { Catalog } from "../catalog/catalog.ts";
import type { MatchQuery } from "../matching/modes.ts";

const BatchLine = z
  .object({
    from: z.string().min(1).describe("Locality id"),
    issue: z.string().optional().describe("Free-text issue in any language"),
    limit: z.number().int().min(1).max(200).optional().describe("Results per query (default 10)"),
  })
  .strict();

export type BatchParse =
  | { ok: true; queries: MatchQuery[] }
  | { ok: false; problems: Array<{ line: number; message: string }> };

/** Validates every line before any is answered: one bad line and nothing is written. */
export const parseBatch = (text: string, catalog: Catalog): BatchParse => {
  const queries: MatchQuery[] = [];
  const problems: Array<{ line: number; message: string }> = [];
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({ line, message: "not valid JSON" });
      return;
    }
    const parsed = BatchLine.safeParse(value);
    if (!parsed.success) {
      problems.push(
        ...parsed.error.issues.map((issue) => ({
          line,
          message: `${issue.path.join(".") || "line"}: ${issue.message}`,
        })),
      );
      return;
    }
    if (!catalog.localities.has(parsed.data.from)) {
      problems.push({ line, message: `unknown locality "${parsed.data.from}"` });
      return;
    }
    if (parsed.data.issue !== undefined && parsed.data.issue.trim() === "") {
      problems.push({ line, message: "issue is empty; leave it out or type an issue" });
      return;
    }
    queries.push({ from: parsed.data.from, issue: parsed.data.issue, limit: parsed.data.limit });
  });
  if (queries.length === 0 && problems.length === 0)
    problems.push({ line: 1, message: "the batch file has no queries" });
  return problems.length ? { ok: false, problems } : { ok: true, queries };
};
