import type { Params } from "../../api/client.ts";
import { isDefaultWeights, type Weights, weightsFromParam, weightsToParam } from "../../lib/weights.ts";

export type MatchState = {
  from: string;
  issue: string;
  tier: string;
  weights: Weights;
  compare: string[];
  /** Leave out candidates the locality already has an ongoing relation with. */
  hideRelated: boolean;
  limit: number;
};
export type MatchRequest = { path: "/api/match" | "/api/match/pairs"; params: Params };

export const RESULT_LIMIT = 10;
/** "More results" asks for this many more, up to the API's limit. */
export const MORE_STEP = 10;
export const MAX_LIMIT = 200;

const limitFrom = (text: string | null): number => {
  const value = Number(text);
  return Number.isInteger(value) && value >= RESULT_LIMIT && value <= MAX_LIMIT ? value : RESULT_LIMIT;
};

/** The explorer's query as the page URL holds it, so a link reproduces it. */
export const readMatchState = (params: URLSearchParams): MatchState => ({
  from: params.get("from")?.trim() ?? "",
  issue: params.get("issue")?.trim() ?? "",
  tier: params.get("tier")?.trim() ?? "",
  weights: weightsFromParam(params.get("weights")),
  compare: (params.get("compare") ?? "").split(",").filter(Boolean).slice(0, 2),
  hideRelated: params.get("hide") === "related",
  limit: limitFrom(params.get("limit")),
});

/** Only what differs from the defaults goes into the URL. */
export const writeMatchState = (state: MatchState): URLSearchParams => {
  const params = new URLSearchParams();
  if (state.from) params.set("from", state.from);
  if (state.issue) params.set("issue", state.issue);
  if (state.tier) params.set("tier", state.tier);
  if (!isDefaultWeights(state.weights)) params.set("weights", weightsToParam(state.weights));
  if (state.compare.length) params.set("compare", state.compare.join(","));
  if (state.hideRelated) params.set("hide", "related");
  if (state.limit !== RESULT_LIMIT) params.set("limit", String(state.limit));
  return params;
};

/** Partners for a locality, or the best pairs for an issue; nothing to ask without either. */
export const matchRequest = (state: MatchState): MatchRequest | undefined => {
  const common = { tier: state.tier, limit: state.limit, weights: weightsToParam(state.weights) };
  if (state.from)
    return {
      path: "/api/match",
      params: { from: state.from, issue: state.issue, ...common, hide: state.hideRelated ? "related" : undefined },
    };
  if (state.issue) return { path: "/api/match/pairs", params: { issue: state.issue, ...common } };
  return undefined;
};

/** Ticking a result for comparison keeps the two latest. */
export const toggleCompare = (compare: readonly string[], id: string): string[] =>
  compare.includes(id) ? compare.filter((item) => item !== id) : [...compare, id].slice(-2);

/**
 * Weights, comparison ticks, hiding existing partners and "more results" refine the search on
 * screen; the locality, issue and tier make a new one.
 */
const TWEAKS: ReadonlySet<keyof MatchState> = new Set(["weights", "compare", "hideRelated", "limit"]);

/** A new search is a new history entry; a tweak replaces the current one, so Back leaves the search. */
export const isNewSearch = (changes: Partial<MatchState>): boolean =>
  Object.keys(changes).some((key) => !TWEAKS.has(key as keyof MatchState));
