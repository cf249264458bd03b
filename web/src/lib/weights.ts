/** The matcher's criteria and default weights come from the matcher itself (a pure module). */
import { CRITERIA, type Criterion, DEFAULT_WEIGHTS, type Weights } from "../../../src/matching/weights.ts";

export { CRITERIA, type Criterion, DEFAULT_WEIGHTS, type Weights };

const isCriterion = (name: string): name is Criterion => (CRITERIA as readonly string[]).includes(name);
const round = (value: number): number => Math.round(value * 100) / 100;

/** "issueFit=1,sharedProblems=0.6,…": every criterion, in the API's order. */
export const weightsToParam = (weights: Weights): string =>
  CRITERIA.map((criterion) => `${criterion}=${round(weights[criterion])}`).join(",");

/** Reads a weights parameter leniently: unknown names and values outside [0, 1] keep the default. */
export const weightsFromParam = (text: string | null | undefined): Weights => {
  const weights = { ...DEFAULT_WEIGHTS };
  for (const part of (text ?? "").split(",")) {
    const [name = "", raw = ""] = part.split("=").map((piece) => piece.trim());
    const value = Number(raw);
    if (isCriterion(name) && raw !== "" && Number.isFinite(value) && value >= 0 && value <= 1) {
      weights[name] = round(value);
    }
  }
  return weights;
};

export const isDefaultWeights = (weights: Weights): boolean =>
  CRITERIA.every((criterion) => weights[criterion] === DEFAULT_WEIGHTS[criterion]);
