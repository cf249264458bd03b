/** Rank of the expected answer (1-based), or undefined when it is not in the list. */
export const rankOf = (ranking: readonly string[], expected: string): number | undefined => {
  const index = ranking.indexOf(expected);
  return index < 0 ? undefined : index + 1;
};

export type Metrics = { cases: number; recallAt5: number; recallAt10: number; mrr: number };

export const summarise = (ranks: ReadonlyArray<number | undefined>): Metrics => {
  const cases = ranks.length;
  const within = (k: number) => ranks.filter((rank) => rank !== undefined && rank <= k).length / Math.max(cases, 1);
  const mrr = ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / Math.max(cases, 1);
  return { cases, recallAt5: within(5), recallAt10: within(10), mrr };
};
