/**
 * Sets of small integers (issue indexes) as 32-bit words: "do these two profiles share a tag at
 * all" is then a few word ANDs, where walking one side's tags and looking each up in the other
 * cost a read per tag. Criteria use them only to skip a pair that cannot have a finding; what a
 * finding weighs is still worked out tag by tag, in the reference's order.
 */
export type Bitset = Uint32Array;

export const wordsFor = (size: number): number => (size + 31) >>> 5;

/** The set of `members` below `size` (negative or larger ones, unknown tags, are left out). */
export const bitsetOf = (size: number, members: Iterable<number>): Bitset => {
  const set = new Uint32Array(wordsFor(size));
  for (const member of members)
    if (member >= 0 && member < size) set[member >>> 5] = (set[member >>> 5] ?? 0) | (1 << (member & 31));
  return set;
};

/** The members i below `size` for which `holds(i)`. */
export const bitsetWhere = (size: number, holds: (member: number) => boolean): Bitset => {
  const set = new Uint32Array(wordsFor(size));
  for (let member = 0; member < size; member++)
    if (holds(member)) set[member >>> 5] = (set[member >>> 5] ?? 0) | (1 << (member & 31));
  return set;
};

export const union = (x: Bitset, y: Bitset): Bitset => {
  const set = new Uint32Array(Math.max(x.length, y.length));
  for (let word = 0; word < set.length; word++) set[word] = (x[word] ?? 0) | (y[word] ?? 0);
  return set;
};

export const has = (set: Bitset, member: number): boolean =>
  member >= 0 && ((set[member >>> 5] ?? 0) & (1 << (member & 31))) !== 0;

/** Whether the two sets share a member. */
export const intersects = (x: Bitset, y: Bitset): boolean => {
  const words = Math.min(x.length, y.length);
  for (let word = 0; word < words; word++) if (((x[word] ?? 0) & (y[word] ?? 0)) !== 0) return true;
  return false;
};
