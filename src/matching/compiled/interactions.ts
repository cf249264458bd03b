import type { Bitset } from "./bitset.ts";

/**
 * Which criteria of a pair can have a finding at all, from two rows of bitsets per profile
 * (bitset.ts): its own tags per criterion (tag-sets.ts) and the tags it can meet as the other
 * side (meets.ts). A criterion whose bit is clear has no finding and is 0, so the scorer does not
 * call it: most pairs share nothing on most criteria, and a call that walks a side's tags to find
 * nothing cost more than the whole check below.
 *
 * Both rows are SETS bitsets of the same number of words, one after the other, in this order:
 * - own: wishes, problems among the needs, problems, sectors, agenda, designations, and
 *   designations on fit issues (Thai profiles only);
 * - reach: tags where it meets a wish (offers or ties), a problem (strengths or ties), a problem
 *   (problems), a sector (industries), a goal (agenda), a designation (designations), and a Thai
 *   designation on a fit issue (offers).
 */
export const SETS = 7;

/** Issue fit, a's needs met by b (FORWARD) and b's needs met by a (BACKWARD). */
export const FORWARD = 1;
export const BACKWARD = 2;
export const PROBLEMS = 4;
export const INDUSTRY = 8;
export const AGENDA = 16;
/** National policy, either side's designations. */
export const POLICY = 32;

/** One row from SETS bitsets of equal size. */
export const rowOf = (sets: readonly Bitset[]): Uint32Array => {
  const words = sets[0]?.length ?? 0;
  const row = new Uint32Array(SETS * words);
  for (const [index, set] of sets.entries()) row.set(set, index * words);
  return row;
};

const anyIn = (row: Uint32Array, set: number, words: number): boolean => {
  for (let w = set * words; w < (set + 1) * words; w++) if ((row[w] ?? 0) !== 0) return true;
  return false;
};

/**
 * The criteria asker a's side can have a finding on with any candidate (bits as above), once per
 * asker: a Thai locality without designations, say, leaves national policy out of every pair.
 */
export const askerSides = (aOwn: Uint32Array, aReach: Uint32Array): number => {
  const words = aOwn.length / SETS;
  return (
    (anyIn(aOwn, 0, words) || anyIn(aOwn, 1, words) ? FORWARD : 0) |
    (anyIn(aReach, 0, words) || anyIn(aReach, 1, words) ? BACKWARD : 0) |
    (anyIn(aOwn, 2, words) ? PROBLEMS : 0) |
    (anyIn(aOwn, 3, words) ? INDUSTRY : 0) |
    (anyIn(aOwn, 4, words) ? AGENDA : 0) |
    ([5, 6].some((set) => anyIn(aOwn, set, words) || anyIn(aReach, set, words)) ? POLICY : 0)
  );
};

/**
 * Whether set `x` of row `xRow` and set `y` of `yRow`, or (when `x2` ≥ 0) sets x2 and y2, share a
 * member; stops at the first shared word.
 */
const meet = (xRow: Uint32Array, x: number, yRow: Uint32Array, y: number, x2: number, y2: number, words: number) => {
  for (let w = 0; w < words; w++) {
    if (((xRow[x * words + w] ?? 0) & (yRow[y * words + w] ?? 0)) !== 0) return true;
    if (x2 >= 0 && ((xRow[x2 * words + w] ?? 0) & (yRow[y2 * words + w] ?? 0)) !== 0) return true;
  }
  return false;
};

/**
 * The criteria asker a (own and reach rows, `sides` from askerSides) and candidate b may have
 * findings on, as bits above. Only the criteria a's side allows are looked at.
 */
export const interactions = (
  aOwn: Uint32Array,
  aReach: Uint32Array,
  bOwn: Uint32Array,
  bReach: Uint32Array,
  sides = askerSides(aOwn, aReach),
): number => {
  const words = aOwn.length / SETS;
  let mask = 0;
  if ((sides & FORWARD) !== 0 && meet(aOwn, 0, bReach, 0, 1, 1, words)) mask |= FORWARD;
  if ((sides & BACKWARD) !== 0 && meet(bOwn, 0, aReach, 0, 1, 1, words)) mask |= BACKWARD;
  if ((sides & PROBLEMS) !== 0 && meet(aOwn, 2, bReach, 2, -1, -1, words)) mask |= PROBLEMS;
  if ((sides & INDUSTRY) !== 0 && meet(aOwn, 3, bReach, 3, -1, -1, words)) mask |= INDUSTRY;
  if ((sides & AGENDA) !== 0 && meet(aOwn, 4, bReach, 4, -1, -1, words)) mask |= AGENDA;
  if ((sides & POLICY) !== 0 && (meet(aOwn, 5, bReach, 5, 6, 6, words) || meet(bOwn, 5, aReach, 5, 6, 6, words)))
    mask |= POLICY;
  return mask;
};
