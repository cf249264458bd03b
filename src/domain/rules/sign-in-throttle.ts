/**
 * Growing delays after failed sign-ins. An account gets a few free tries, then 1 s, 2 s, 4 s … up
 * to 15 minutes; an address (a ministry behind one NAT is many people) gets more free tries.
 * Failures older than an hour are forgotten.
 */
export const FAILURE_WINDOW_MS = 60 * 60 * 1000;
const FREE_TRIES = { account: 4, address: 19 } as const;
const MAX_DELAY_SECONDS = 15 * 60;

export type ThrottleKind = keyof typeof FREE_TRIES;

export const throttleDelaySeconds = (failures: number, kind: ThrottleKind): number => {
  const over = failures - FREE_TRIES[kind];
  if (over <= 0) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (over - 1));
};

export const throttleKey = (kind: ThrottleKind, value: string): string => `${kind}:${value}`;
