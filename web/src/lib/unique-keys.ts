/** Stable React keys from content; repeats get "#2", "#3" so two equal texts never collide. */
export const withKeys = <T>(items: readonly T[], keyOf: (item: T) => string): [string, T][] => {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = keyOf(item);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return [count === 1 ? base : `${base}#${count}`, item];
  });
};
