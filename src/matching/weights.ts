/**
 * The criteria of DESIGN §7 and their default weights. The report ranks issue fit first
 * ("above all", 10.4.1 item 3), then size symmetry and geography (items 1–2), then the wider
 * context (population, economy, culture, access, existing ties). Weights are in [0, 1] and can be
 * changed per query; the score is the weighted mean of the criterion values.
 */
export const CRITERIA = [
  "issueFit",
  "sharedProblems",
  "sizeTier",
  "geography",
  "industry",
  "nationalPolicy",
  "globalAgenda",
  "historyCulture",
  "tiesAccess",
  "feasibility",
] as const;
export type Criterion = (typeof CRITERIA)[number];
export type Weights = Record<Criterion, number>;

export const DEFAULT_WEIGHTS: Weights = {
  issueFit: 1, // complementary needs and offers in both directions: the report's first test of a pair
  sharedProblems: 0.6, // the same problem on both sides invites joint problem-solving (report 10.4.1)
  sizeTier: 0.5, // "a large city with a large city" (item 1) and the MOI's equal-rank rule
  geography: 0.4, // "both coastal, both with a large lake" (item 2): shared conditions, shared know-how
  industry: 0.8, // similar industries on both sides (item 3); industries only, so a surer signal than when needs counted as industries (npm run eval)
  nationalPolicy: 0.4, // Thailand 4.0, EEC, smart city ↔ Japanese designations (item 3)
  globalAgenda: 0.3, // climate, environment, sustainable cities (item 3)
  historyCulture: 0.2, // historical and cultural links make ties last (10.4.1, ch. 8); 0.4 ranked the development set worse (npm run eval)
  tiesAccess: 0.2, // existing ties, offices in Bangkok, flights: lower the cost of starting, but mostly point to partners one already has
  feasibility: 0.3, // can the Thai party sign, equal rank: whether a proposal can pass MOI
};

export const WEIGHT_RATIONALE: Record<Criterion, string> = {
  issueFit: "One side's needs against the other's offers, both ways; the report puts issue fit above all.",
  sharedProblems: "The same challenge on both sides: a basis for joint problem-solving.",
  sizeTier: "Comparable population and administrative rank (the MOI requires equal rank).",
  geography: "Shared coasts, lakes, mountains, islands, rivers: shared conditions and know-how.",
  industry: "Similar industries and specialities on both sides (industries only, never needs or problems).",
  nationalPolicy: "Thai national designations and strategies aligned with Japanese ones.",
  globalAgenda: "Climate, environment, sustainable-city and SDG work on both sides.",
  historyCulture: "Documented historical, religious, festival or people-to-people links.",
  tiesAccess: "Existing relations, offices in Thailand, agreements with Thai agencies, flights.",
  feasibility: "Whether the Thai party can sign (province, Bangkok, Pattaya) and ranks are equal.",
};

export type WeightsResult = { ok: true; weights: Weights } | { ok: false; error: string };

/** Parses "issueFit=1,geography=0.2": unknown names and values outside [0, 1] are refused. */
export const parseWeights = (text: string | undefined, base: Weights = DEFAULT_WEIGHTS): WeightsResult => {
  const weights = { ...base };
  if (text === undefined || text.trim() === "") return { ok: true, weights };
  for (const part of text.split(",")) {
    const [name, raw, ...rest] = part.split("=").map((piece) => piece.trim());
    if (!name || raw === undefined || rest.length) return { ok: false, error: `"${part}" is not name=value` };
    if (!(CRITERIA as readonly string[]).includes(name)) {
      return { ok: false, error: `unknown criterion "${name}"; known: ${CRITERIA.join(", ")}` };
    }
    const value = Number(raw);
    if (raw === "" || !Number.isFinite(value) || value < 0 || value > 1) {
      return { ok: false, error: `weight ${name}=${raw} must be a number from 0 to 1` };
    }
    weights[name as Criterion] = value;
  }
  if (CRITERIA.every((criterion) => weights[criterion] === 0))
    return { ok: false, error: "at least one weight must be above 0" };
  return { ok: true, weights };
};
