import * as focusModule from "../focus.ts";
import type { FocusLevels, IssueTables } from "./issue-tables.ts";

// Read once into module constants: under tsx every use of an imported name is a getter call (criteria.ts).
const { FALLBACK_WEIGHT } = focusModule;

/**
 * One query's scratch space, reused pair after pair so scoring allocates nothing: the focus as
 * per-issue levels, and the findings kept per shared issue while a criterion runs.
 */
export type Query = {
  tables: IssueTables;
  focus: FocusLevels;
  /** The best finding kept per shared issue, as the reference's `best` Map: insertion order kept. */
  slot: Int32Array;
  bestShared: Int32Array;
  bestWeight: Float64Array;
  bestLevel: Uint8Array;
  bestCount: number;
  sorted: Float64Array;
  /** The highest focus level any kept finding of the pair had: 1 exact, FALLBACK_WEIGHT, 0. */
  relevance: number;
  /** Per compiled profile, what one asker is to it while its candidates are scored: asker-marks.ts. */
  links: Uint8Array;
  reach: Float64Array;
  kin: Uint8Array;
  /**
   * For the asker `lacksOf` (industry in criteria.ts): per issue, 1 where the issue is in the
   * query and the asker has no industry on it; `sectorsIn`, how many of its sectors are in the
   * query. Made once per asker, not walked again for each of its candidates.
   */
  lacksOf: object | undefined;
  lacks: Uint8Array;
  sectorsIn: number;
};

export const newQuery = (tables: IssueTables, focus: FocusLevels, profiles: number): Query => {
  const size = tables.names.length;
  return {
    links: new Uint8Array(profiles),
    reach: new Float64Array(profiles),
    kin: new Uint8Array(profiles),
    lacksOf: undefined,
    lacks: new Uint8Array(size),
    sectorsIn: 0,
    tables,
    focus,
    slot: new Int32Array(size).fill(-1),
    bestShared: new Int32Array(size),
    bestWeight: new Float64Array(size),
    bestLevel: new Uint8Array(size),
    bestCount: 0,
    sorted: new Float64Array(size * 2 + 8),
    relevance: 0,
  };
};

export const levelWeight = (level: number): number => (level === 1 ? 1 : FALLBACK_WEIGHT);

export const seen = (q: Query, level: number): void => {
  const value = level === 1 ? 1 : level === 2 ? FALLBACK_WEIGHT : 0;
  if (value > q.relevance) q.relevance = value;
};

export const clearBest = (q: Query): void => {
  for (let index = 0; index < q.bestCount; index++) q.slot[q.bestShared[index] ?? 0] = -1;
  q.bestCount = 0;
};

/** Keeps the heavier finding per shared issue; a later heavier one replaces it in place. */
export const offerBest = (q: Query, shared: number, weight: number, level: number): void => {
  const at = q.slot[shared] ?? -1;
  if (at === -1) {
    q.slot[shared] = q.bestCount;
    q.bestShared[q.bestCount] = shared;
    q.bestWeight[q.bestCount] = weight;
    q.bestLevel[q.bestCount] = level;
    q.bestCount++;
  } else if ((q.bestWeight[at] ?? 0) < weight) q.bestWeight[at] = weight;
};

export const isRelated = (tables: IssueTables, x: number, y: number): boolean =>
  (tables.lineage[x]?.includes(y) ?? false) || (tables.lineage[y]?.includes(x) ?? false);

/** Sorts the first `length` weights heaviest first (insertion sort: a handful of findings). */
export const sortDescending = (values: Float64Array, length: number): void => {
  for (let i = 1; i < length; i++) {
    const value = values[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (values[j] ?? 0) < value) {
      values[j + 1] = values[j] ?? 0;
      j--;
    }
    values[j + 1] = value;
  }
};
