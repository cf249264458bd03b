/** Facts under each issue they are tagged with, issues in first-seen order; untagged facts last. */
export const groupByIssue = <T extends { issues: string[] }>(facts: readonly T[]): [string | null, T[]][] => {
  const groups = new Map<string | null, T[]>();
  for (const fact of facts) {
    const keys = fact.issues.length ? fact.issues : [null];
    for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const untagged = groups.get(null);
  groups.delete(null);
  return [...groups, ...(untagged ? [[null, untagged] as [null, T[]]] : [])];
};
