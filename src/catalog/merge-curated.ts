import type { Locality } from "../domain/locality.ts";

/**
 * A hand-curated record wins over the generated one with the same id, field by field: every field
 * written in the curated file is kept exactly; the generated record only fills fields the curated
 * one does not have (a website, a motto, a reading), and adds its spellings to the other spellings.
 */
export const mergeCurated = (generated: Locality, curated: Locality, curatedKeys: ReadonlySet<string>): Locality => {
  const merged: Record<string, unknown> = { ...generated };
  for (const key of curatedKeys) {
    if (key in curated) merged[key] = curated[key as keyof Locality];
  }
  const alt = [...(curated.names.alt ?? [])];
  for (const spelling of generated.names.alt ?? []) if (!alt.includes(spelling)) alt.push(spelling);
  merged.names = {
    ...generated.names,
    ...curated.names,
    ...(alt.length ? { alt } : {}),
  };
  return merged as Locality;
};
