import type { Locality } from "../locality.ts";

/**
 * How far a profile is from what a partner needs to judge it: the report's complaint is that Thai
 * localities cannot say what they offer and need. Each item is one thing an editor can fill in.
 */
export const COMPLETENESS_ITEMS = [
  "population",
  "strengths",
  "challenges",
  "industries",
  "needs",
  "offers",
  "contacts",
  "officer",
  "deputy",
] as const;
export type CompletenessItem = (typeof COMPLETENESS_ITEMS)[number];

const MIN_FACTS = 3;

export const profileCompleteness = (
  locality: Locality,
  needsOffers: ReadonlyArray<{ kind: "need" | "offer" }>,
): { score: number; missing: CompletenessItem[] } => {
  const has: Record<CompletenessItem, boolean> = {
    population: locality.population !== undefined,
    strengths: locality.strengths.length >= MIN_FACTS,
    challenges: locality.challenges.length >= MIN_FACTS,
    industries: locality.industries.length >= MIN_FACTS,
    needs: needsOffers.some((item) => item.kind === "need"),
    offers: needsOffers.some((item) => item.kind === "offer"),
    contacts: Boolean(locality.contacts?.email || locality.contacts?.phone || locality.contacts?.website),
    officer: locality.contacts?.officer !== undefined,
    deputy: locality.contacts?.deputy !== undefined,
  };
  const missing = COMPLETENESS_ITEMS.filter((item) => !has[item]);
  return { score: (COMPLETENESS_ITEMS.length - missing.length) / COMPLETENESS_ITEMS.length, missing };
};
