import type { Catalog } from "../../catalog/catalog.ts";
import type { CriterionResult } from "../evidence.ts";
import type { Profile } from "../profile.ts";

/** What every criterion sees: the catalog and the leaf issues the query is about (may be empty). */
export type MatchContext = { catalog: Catalog; focus: ReadonlySet<string> };

export type CriterionFn = (a: Profile, b: Profile, context: MatchContext) => CriterionResult;

export const inFocus = (context: MatchContext, issue: string): boolean =>
  context.focus.size === 0 || context.focus.has(issue);

export const firstOf = <T>(list: readonly T[] | undefined): T | undefined => list?.[0];
