/**
 * What changed between two versions of a record, for people to read: one line per field, and for
 * lists one line per item added or removed (not "the list changed").
 */
export type Change =
  | { kind: "set"; path: string; before: unknown; after: unknown }
  | { kind: "added"; path: string; value: unknown }
  | { kind: "removed"; path: string; value: unknown };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner) =>
    isObject(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

const walk = (before: unknown, after: unknown, path: string, out: Change[]) => {
  if (canonical(before) === canonical(after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    const left = new Set(before.map(canonical));
    const right = new Set(after.map(canonical));
    for (const item of before) if (!right.has(canonical(item))) out.push({ kind: "removed", path, value: item });
    for (const item of after) if (!left.has(canonical(item))) out.push({ kind: "added", path, value: item });
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (before === undefined) out.push({ kind: "added", path, value: after });
  else if (after === undefined) out.push({ kind: "removed", path, value: before });
  else out.push({ kind: "set", path, before, after });
};

export const diffRecords = (before: unknown, after: unknown): Change[] => {
  const out: Change[] = [];
  walk(before ?? undefined, after ?? undefined, "", out);
  return out;
};
