import type { Catalog } from "../../catalog/catalog.ts";
import type { Tier } from "../../domain/locality.ts";
import { bestPairs, evaluatePair, MatchInputError, partnersFor } from "../../matching/modes.ts";
import type { Weights } from "../../matching/weights.ts";

/** A matching question as plain data, so it can cross to a worker thread and key a cache. */
export type MatchTask =
  | {
      kind: "partners";
      from: string;
      hideRelated?: boolean | undefined;
      issue?: string | undefined;
      tiers?: readonly Tier[] | undefined;
      limit: number;
      weights: Weights;
    }
  | { kind: "pairs"; issue: string; tiers?: readonly Tier[] | undefined; limit: number; weights: Weights }
  | { kind: "pair"; a: string; b: string; issue?: string | undefined; weights: Weights };

/** The answer as JSON text (serialised where it was computed), or the matcher's refusal. */
export type MatchOutcome =
  | { ok: true; json: string }
  | {
      ok: false;
      code: MatchInputError["code"];
      message: string;
      subject?: string | undefined;
      pair?: MatchInputError["pair"];
    };

/** Answers a task over a catalog; pure apart from the time it takes. */
export const answerTask = (catalog: Catalog, task: MatchTask): MatchOutcome => {
  try {
    const answer =
      task.kind === "partners"
        ? partnersFor(catalog, task)
        : task.kind === "pairs"
          ? bestPairs(catalog, task)
          : evaluatePair(catalog, task.a, task.b, {
              ...(task.issue === undefined ? {} : { issue: task.issue }),
              weights: task.weights,
            });
    return { ok: true, json: JSON.stringify(answer) };
  } catch (error) {
    if (error instanceof MatchInputError) {
      return { ok: false, code: error.code, message: error.message, subject: error.subject, pair: error.pair };
    }
    throw error;
  }
};
