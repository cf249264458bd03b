/**
 * What a score means: its place among every candidate of the same query. A score ranks the
 * candidates of one query; across queries the numbers are not comparable (a typed issue doubles
 * the weight of issue fit and lowers every score), so pages show the band and its rule.
 */
export const SCORE_BANDS = ["strong", "good", "possible", "weak"] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];

/** The share of candidates (best first) each band reaches down to. */
export const BAND_SHARES: Record<Exclude<ScoreBand, "weak">, number> = { strong: 0.05, good: 0.15, possible: 0.4 };

/**
 * The band of the candidate at `rank` (1 = best) among `candidates`: the share of candidates at
 * or above it decides (1 of 100 is in the top 1%: strong; 1 of 10 is in the top 10%: good).
 */
export const scoreBand = (rank: number, candidates: number): ScoreBand => {
  if (candidates <= 0 || rank < 1) return "weak";
  const share = rank / candidates;
  if (share <= BAND_SHARES.strong) return "strong";
  if (share <= BAND_SHARES.good) return "good";
  if (share <= BAND_SHARES.possible) return "possible";
  return "weak";
};

/** Bands for scores sorted best first: a tie takes the rank of its first member. */
export const bandsOf = (scores: readonly number[]): ScoreBand[] => {
  let firstOfTie = 1;
  return scores.map((score, index) => {
    if (index === 0 || score !== scores[index - 1]) firstOfTie = index + 1;
    return scoreBand(firstOfTie, scores.length);
  });
};
