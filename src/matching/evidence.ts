import type { FactActor, FactKind } from "../domain/fact-kind.ts";
import type { Source } from "../domain/source.ts";
import type { AnyText } from "../domain/text.ts";

/** What a designation holding adds to its evidence: whose it is and what it counts for. */
export type DesignationInfo = {
  /** The catalogue id, or undefined for a national programme written as a fact. */
  id?: string | undefined;
  country: "TH" | "JP" | "INT";
  policy: boolean;
  global: boolean;
};

/** One sourced fact about one locality, as the matcher uses it, with the kind of fact it is. */
export type Evidence = {
  /** Stable within a catalog: where the fact sits (`TH-50/strengths/3`, a need or offer id …). */
  key: string;
  localityId: string;
  kind: FactKind;
  /** Reference facts carry th, en and ja; facts users entered may carry only some. */
  text: AnyText;
  issues: readonly string[];
  source: Source;
  /** An industries-list fact that names a speciality product rather than an industry. */
  isSpeciality?: boolean | undefined;
  /** Work by the place's private bodies, not its government: sentences say who did it. */
  by?: FactActor | undefined;
  designation?: DesignationInfo | undefined;
};

/** What a criterion found: a value in [0, 1] and the facts behind it. */
export type CriterionResult = {
  value: number;
  facts: Finding[];
};

/**
 * A finding pairs facts from the two sides (or one fact) under a reason kind. `issue` is what
 * the facts have in common; `focus` says whether it is the asked issue itself or only a broader
 * one (a fallback), when a query names an issue.
 */
export type Finding = {
  kind: string;
  issue?: string | undefined;
  focus?: "exact" | "fallback" | undefined;
  a?: Evidence | undefined;
  b?: Evidence | undefined;
  weight: number;
  detail?: Record<string, string | number> | undefined;
};

export const clamp01 = (value: number): number => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

/** 1 − e^(−k·n): the first matches count most, later ones add less, never past 1. */
export const saturate = (count: number, rate = 0.6): number => clamp01(1 - Math.exp(-rate * count));
