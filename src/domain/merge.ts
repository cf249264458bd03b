/**
 * Three-way merge of a record a user edited with a later version of the reference data. Fields the
 * user left alone take the reference's new value; fields only the user changed keep the user's;
 * lists merge item by item (the reference's additions and removals apply, the user's stay). Where
 * both changed a field differently, the user's version stays and the field is reported.
 */
export type MergeResult<T> = { merged: T; conflicts: string[]; changedFields: string[] };

const canonical = (value: unknown): string => JSON.stringify(value, (_key, inner) => sortKeys(inner));

const sortKeys = (value: unknown): unknown => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
};

export const deepEqual = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

const mergeLists = (base: unknown[], mine: unknown[], theirs: unknown[]): unknown[] => {
  const key = canonical;
  const inBase = new Set(base.map(key));
  const inTheirs = new Set(theirs.map(key));
  const inMine = new Set(mine.map(key));
  const removedByThem = new Set([...inBase].filter((item) => !inTheirs.has(item)));
  const kept = mine.filter((item) => !removedByThem.has(key(item)));
  const addedByThem = theirs.filter((item) => !inBase.has(key(item)) && !inMine.has(key(item)));
  return [...kept, ...addedByThem];
};

export const mergeReference = <T extends Record<string, unknown>>(base: T, mine: T, theirs: T): MergeResult<T> => {
  const merged: Record<string, unknown> = {};
  const conflicts: string[] = [];
  const changedFields: string[] = [];
  const keys = [...new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])].sort();
  for (const key of keys) {
    const [b, m, t] = [base[key], mine[key], theirs[key]];
    let value: unknown;
    if (deepEqual(m, b)) value = t;
    else if (deepEqual(t, b) || deepEqual(t, m)) value = m;
    else if (Array.isArray(b) && Array.isArray(m) && Array.isArray(t)) value = mergeLists(b, m, t);
    else {
      value = m;
      conflicts.push(key);
    }
    if (!deepEqual(value, m)) changedFields.push(key);
    if (value !== undefined) merged[key] = value;
  }
  return { merged: merged as T, conflicts, changedFields };
};
