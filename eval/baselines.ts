import type { Catalog } from "../src/catalog/catalog.ts";
import { candidatesFor } from "../src/matching/engine.ts";

/** A small seeded generator (mulberry32), so the random baseline is the same on every run. */
export const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export const randomRanking = (catalog: Catalog, from: string, seed: number): string[] => {
  const source = catalog.localities.get(from);
  if (!source) return [];
  const next = random(seed);
  return candidatesFor(catalog, source)
    .map((candidate) => ({ id: candidate.id, key: next() }))
    .sort((x, y) => x.key - y.key)
    .map((entry) => entry.id);
};

/**
 * Population similarity alone: the closest order of magnitude first. Where populations are unknown
 * the baseline knows nothing, so those ties fall in a seeded random order, not by id (which would
 * put TH-10 first and flatter the baseline).
 */
export const populationRanking = (catalog: Catalog, from: string, seed = 1): string[] => {
  const source = catalog.localities.get(from);
  const mine = source?.population?.value;
  if (!source) return [];
  const next = random(seed);
  const distance = (value: number | undefined) =>
    mine && value ? Math.abs(Math.log10(mine / value)) : Number.POSITIVE_INFINITY;
  return candidatesFor(catalog, source)
    .map((candidate) => ({ id: candidate.id, distance: distance(candidate.population?.value), tie: next() }))
    .sort((x, y) => x.distance - y.distance || x.tie - y.tie)
    .map((entry) => entry.id);
};
