import type { Catalog } from "../../src/catalog/catalog.ts";
import type { Lang } from "../../src/domain/text.ts";
import { scorePair } from "../../src/matching/engine.ts";
import type { Finding } from "../../src/matching/evidence.ts";
import { explainFindings } from "../../src/matching/explain.ts";
import { NO_FOCUS } from "../../src/matching/focus.ts";
import { partnersFor } from "../../src/matching/modes.ts";
import { profileOf } from "../../src/matching/profile.ts";
import { understandIssue } from "../../src/matching/understand-issue.ts";
import { DEFAULT_WEIGHTS } from "../../src/matching/weights.ts";
import { random } from "../baselines.ts";

export type DrawnQuery = { from: string; issue?: string | undefined };

export type DrawnReason = {
  query: DrawnQuery;
  candidate: string;
  rank: number;
  criterion: string;
  finding: Finding;
  th: string;
  en: string;
  ja: string;
  sources: string[];
};

const LANGS: readonly Lang[] = ["th", "en", "ja"];

/**
 * Queries as people ask them, drawn by a seeded generator: a Thai or a Japanese locality with facts
 * on record, and half the time an issue typed in Thai, English or Japanese (its label or one of its
 * synonyms). Municipalities known only from the national gazetteer are left out as askers: with no
 * facts, their reasons are size, rank and signing alone, and a sample of them would flatter the engine.
 */
export const drawQueries = (catalog: Catalog, seed: number, count: number): DrawnQuery[] => {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const issues = catalog.data.issues.filter((issue) => issue.parent !== null);
  const askers = catalog.data.localities.filter(
    (locality) =>
      locality.industries.length + locality.strengths.length + locality.challenges.length + locality.heritage.length >
      0,
  );
  return Array.from({ length: count }, () => {
    const from = pick(askers).id;
    if (next() < 0.5) return { from };
    const issue = pick(issues);
    const lang = pick(LANGS);
    const words = [issue.label[lang], ...issue.synonyms[lang]];
    return { from, issue: pick(words) };
  });
};

const focusFor = (catalog: Catalog, query: DrawnQuery) =>
  query.issue === undefined ? NO_FOCUS : understandIssue(catalog, query.issue).focus;

/** Every reason the engine gives for the top `limit` partners of each query, with its finding. */
export const reasonsFor = (catalog: Catalog, queries: readonly DrawnQuery[], limit: number): DrawnReason[][] =>
  queries.map((query) => {
    const answer = partnersFor(catalog, { from: query.from, issue: query.issue, limit });
    const asker = catalog.localities.get(query.from);
    return answer.results.flatMap((result, index) => {
      const candidate = catalog.localities.get(result.id);
      if (!asker || !candidate) return [];
      const a = profileOf(catalog, asker);
      const pair = scorePair(catalog, a, profileOf(catalog, candidate), focusFor(catalog, query), DEFAULT_WEIGHTS);
      return explainFindings(catalog, pair.outcomes, pair.a, pair.b, pair.focus).map(({ reason, finding }) => ({
        query,
        candidate: result.id,
        rank: index + 1,
        criterion: reason.criterion,
        finding,
        th: reason.th,
        en: reason.en,
        ja: reason.ja,
        sources: reason.sources,
      }));
    });
  });

/**
 * The sample to label: for each query's top three partners, one of their reasons chosen by the
 * seeded generator, so every kind of reason, first or last, has its chance.
 */
export const drawSample = (catalog: Catalog, seed: number, queries: readonly DrawnQuery[]): DrawnReason[] => {
  const next = random(seed * 7919 + 1);
  return reasonsFor(catalog, queries, 3).flatMap((reasons) => {
    const byCandidate = new Map<string, DrawnReason[]>();
    for (const reason of reasons)
      byCandidate.set(reason.candidate, [...(byCandidate.get(reason.candidate) ?? []), reason]);
    return [...byCandidate.values()].map((list) => list[Math.floor(next() * list.length)] as DrawnReason);
  });
};
