import type { Catalog } from "../../catalog/catalog.ts";
import type { CriterionResult } from "../evidence.ts";
import type { Focus } from "../focus.ts";
import type { Profile } from "../profile.ts";

/** What every criterion sees: the catalog and what the query is about (may be nothing). */
export type MatchContext = { catalog: Catalog; focus: Focus };

export type CriterionFn = (a: Profile, b: Profile, context: MatchContext) => CriterionResult;

export const firstOf = <T>(list: readonly T[] | undefined): T | undefined => list?.[0];
