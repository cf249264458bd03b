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

/** What a set of the `own` row meets, as the asker (a), in the other's `reach` row: its criterion's bit. */
const ASKER_BITS = [FORWARD, FORWARD, PROBLEMS, INDUSTRY, AGENDA, POLICY, POLICY] as const;
/** The same as the candidate (b), against the asker's `reach` row: b's needs (BACKWARD) and designations. */
const CANDIDATE_BITS = [BACKWARD, BACKWARD, 0, 0, 0, POLICY, POLICY] as const;

/**
 * The nonzero words of an `own` row, as triples (position in the row, word, criterion bit): a
 * profile holds a few tags, so a pair looks at two or three words, not SETS × every word. The
 * position is the same in the other's `reach` row, whose sets line up with the `own` row's.
 */
const wordsOf = (own: Uint32Array, bits: readonly number[]): Int32Array => {
  const words = own.length / SETS;
  const triples: number[] = [];
  for (let at = 0; at < own.length; at++) {
    const bit = bits[Math.floor(at / words)] ?? 0;
    if ((own[at] ?? 0) !== 0 && bit !== 0) triples.push(at, own[at] ?? 0, bit);
  }
  return Int32Array.from(triples);
};

/** A profile's `own` row as an asker's and as a candidate's words (interactions below). */
export const askerWordsOf = (own: Uint32Array): Int32Array => wordsOf(own, ASKER_BITS);
export const candidateWordsOf = (own: Uint32Array): Int32Array => wordsOf(own, CANDIDATE_BITS);

/**
 * The criteria asker a and candidate b may have findings on, as bits above: a's own tags (its
 * asker words) against b's reach row, and b's own tags (its candidate words) against a's:
 * - FORWARD: a's wishes or problems among its needs meet what b can meet them with;
 * - BACKWARD: b's, by what a can meet them with;
 * - PROBLEMS, INDUSTRY, AGENDA: a's problems, sectors, goals meet b's;
 * - POLICY: either side's designations (and a Thai one's on fit issues) meet the other's.
 */
export const interactions = (
  aWords: Int32Array,
  aReach: Uint32Array,
  bWords: Int32Array,
  bReach: Uint32Array,
): number => {
  let mask = 0;
  for (let k = 0; k < aWords.length; k += 3)
    if (((bReach[aWords[k] ?? 0] ?? 0) & (aWords[k + 1] ?? 0)) !== 0) mask |= aWords[k + 2] ?? 0;
  for (let k = 0; k < bWords.length; k += 3)
    if (((aReach[bWords[k] ?? 0] ?? 0) & (bWords[k + 1] ?? 0)) !== 0) mask |= bWords[k + 2] ?? 0;
  return mask;
};

/**
 * `interactions` of one asker with every candidate of its pool, into `masks` (one slot per
 * candidate): asker word by asker word over all candidates, so each of its few words is read once
 * per asker, not once per pair. Candidate c's reach row is at `indexes[c]` × `width` in `rows`
 * (reach-rows.ts). The same bits as `interactions`, pair for pair.
 */
export const interactionsAll = (
  aWords: Int32Array,
  aReach: Uint32Array,
  candidates: readonly { candidateWords: Int32Array }[],
  indexes: readonly number[],
  rows: Uint32Array,
  width: number,
  masks: Int32Array,
): void => {
  const count = candidates.length;
  masks.fill(0, 0, count);
  for (let k = 0; k < aWords.length; k += 3) {
    const at = aWords[k] ?? 0;
    const word = aWords[k + 1] ?? 0;
    const bit = aWords[k + 2] ?? 0;
    for (let c = 0; c < count; c++)
      if (((rows[(indexes[c] ?? 0) * width + at] ?? 0) & word) !== 0) masks[c] = (masks[c] ?? 0) | bit;
  }
  for (let c = 0; c < count; c++) {
    const bWords = candidates[c]?.candidateWords;
    if (!bWords || bWords.length === 0) continue;
    let mask = masks[c] ?? 0;
    for (let k = 0; k < bWords.length; k += 3)
      if (((aReach[bWords[k] ?? 0] ?? 0) & (bWords[k + 1] ?? 0)) !== 0) mask |= bWords[k + 2] ?? 0;
    masks[c] = mask;
  }
};
