import type { Source } from "../domain/source.ts";
import type { AnyText } from "../domain/text.ts";

/** One sourced fact about one locality, as the matcher uses it. */
export type Evidence = {
  localityId: string;
  /** Reference facts carry th, en and ja; facts users entered may carry only some. */
  text: AnyText;
  issues: readonly string[];
  source: Source;
  origin:
    | "strength"
    | "challenge"
    | "industry"
    | "need"
    | "offer"
    | "heritage"
    | "geography"
    | "designation"
    | "access"
    | "relation";
};

/** What a criterion found: a value in [0, 1] and the facts behind it. */
export type CriterionResult = {
  value: number;
  facts: Finding[];
};

/** A finding pairs facts from the two sides (or one fact) under a reason kind. */
export type Finding = {
  kind: string;
  issue?: string | undefined;
  a?: Evidence | undefined;
  b?: Evidence | undefined;
  weight: number;
  detail?: Record<string, string | number> | undefined;
};

export const clamp01 = (value: number): number => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

/** 1 − e^(−k·n): the first matches count most, later ones add less, never past 1. */
export const saturate = (count: number, rate = 0.6): number => clamp01(1 - Math.exp(-rate * count));
