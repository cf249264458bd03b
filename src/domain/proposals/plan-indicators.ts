import { parsePartialDate } from "../dates.ts";
import type { ObjectivesInput } from "../objectives.ts";
import { LANGS, type UserText } from "../text.ts";
import type { ProposalContent } from "./proposal.ts";

const DIGITS: Record<string, string> = Object.fromEntries([
  ..."๐๑๒๓๔๕๖๗๘๙".split("").map((digit, value) => [digit, String(value)]),
  ..."０１２３４５６７８９".split("").map((digit, value) => [digit, String(value)]),
]);
const NUMBER = /[0-9๐-๙０-９][0-9๐-๙０-９,，]*(?:\.[0-9]+)?/g;

/** Every number written in a text, Thai and full-width digits read, thousands separators dropped. */
const numbersIn = (text: string): number[] =>
  (text.match(NUMBER) ?? []).map((written) =>
    Number(
      written
        .replace(/[,，]/g, "")
        .split("")
        .map((char) => DIGITS[char] ?? char)
        .join(""),
    ),
  );

/**
 * The figure a planned target states, when it states one beyond doubt: "ผู้เข้าชม 2,000 คน" is
 * 2000. A text with two numbers ("2 visits of 10 people", "within 2570") or languages that say
 * different figures give none: the indicator then keeps its words without a numeric target,
 * rather than a figure the officer never meant.
 */
export const targetFigure = (target: UserText): number | undefined => {
  const figures = LANGS.flatMap((lang) => {
    const text = target[lang];
    return text === undefined ? [] : [numbersIn(text)];
  });
  if (figures.some((found) => found.length !== 1)) return undefined;
  const [first] = figures.flat();
  return figures.every(([figure]) => figure === first) ? first : undefined;
};

const PER_OBJECTIVE = 10;

const joined = (what: UserText, target: UserText): UserText =>
  Object.fromEntries(
    LANGS.flatMap((lang) => {
      const head = what[lang];
      const tail = target[lang];
      if (head && tail) return [[lang, `${head}: ${tail}`.slice(0, 2000)]];
      const only = head ?? tail;
      return only ? [[lang, only]] : [];
    }),
  ) as UserText;

/**
 * What a relation born of a proposal sets out to achieve: each of the proposal's objectives, and
 * its first-year plan as one more objective whose indicators are the planned activities (what and
 * target in the indicator's name, the target's figure as the target of the year it is planned
 * for). The proposal does not say which activity serves which objective, so none is guessed.
 */
export const objectivesFromProposal = (
  content: Pick<ProposalContent, "objectives" | "activities">,
  planTitle: UserText,
): ObjectivesInput["objectives"] => {
  const objectives = content.objectives.map((text) => ({ text, indicators: [] }));
  if (content.activities.length === 0) return objectives;
  const indicators = content.activities.map((activity) => {
    const year = parsePartialDate(activity.when)?.year;
    const figure = targetFigure(activity.target);
    return {
      name: joined(activity.what, activity.target),
      targets: year !== undefined && figure !== undefined ? { [String(year)]: figure } : {},
      actuals: {},
    };
  });
  // A relation's objective holds at most ten indicators (objectives.ts): a longer plan spans several.
  const parts = Array.from({ length: Math.ceil(indicators.length / PER_OBJECTIVE) }, (_, part) =>
    indicators.slice(part * PER_OBJECTIVE, (part + 1) * PER_OBJECTIVE),
  );
  return [...objectives, ...parts.map((part) => ({ text: planTitle, indicators: part }))];
};
