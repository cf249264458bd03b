import { z } from "zod";
import { activityYear, isCounted, type LoggedActivity } from "./activity.ts";
import { UserTextSchema } from "./text.ts";

const YearKeySchema = z.string().regex(/^(19|20|21)\d{2}$/, "v.year");
const AmountSchema = z.number().min(0).max(1e12);
const ObjectiveIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/)
  .describe("Kept from the record; a new objective or indicator gets one when saved");

export const IndicatorSchema = z
  .object({
    id: ObjectiveIdSchema.optional(),
    name: UserTextSchema.describe("What is counted: students exchanged, firms matched, tonnes recycled …"),
    unit: z.string().trim().max(40).optional().describe("people, firms, tonnes, THB …"),
    targets: z.record(YearKeySchema, AmountSchema).default({}).describe("Target per year"),
    actuals: z
      .record(YearKeySchema, AmountSchema)
      .default({})
      .describe("The year's figure when stated (an official count); otherwise the log's activities are summed"),
  })
  .strict();

export const ObjectiveSchema = z
  .object({
    id: ObjectiveIdSchema.optional(),
    text: UserTextSchema.describe("What the relation sets out to achieve"),
    indicators: z.array(IndicatorSchema).max(10).default([]),
  })
  .strict();

export const ObjectivesInputSchema = z
  .object({
    objectives: z.array(ObjectiveSchema).max(20),
    reason: z.string().trim().max(1000).optional().describe("Why: kept in the record's history"),
  })
  .strict();
export type ObjectivesInput = z.infer<typeof ObjectivesInputSchema>;

export type Indicator = z.infer<typeof IndicatorSchema> & { id: string };
export type Objective = Omit<z.infer<typeof ObjectiveSchema>, "indicators"> & { id: string; indicators: Indicator[] };

/** Gives every objective and indicator a stable id: kept when sent back, new when missing. */
export const withIds = (objectives: ObjectivesInput["objectives"], newId: () => string): Objective[] =>
  objectives.map((objective) => ({
    ...objective,
    id: objective.id ?? newId(),
    indicators: objective.indicators.map((indicator) => ({ ...indicator, id: indicator.id ?? newId() })),
  }));

export type IndicatorYear = {
  year: number;
  target: number | null;
  actual: number;
  /** "stated": the figure entered for the year; "log": the sum of the activities' values. */
  basis: "stated" | "log";
  /** Met when a target exists and the actual reaches it; null without a target. */
  isMet: boolean | null;
};

/** Target against actual for one indicator and year. Pure: the activities are passed in. */
export const indicatorYear = (
  indicator: Indicator,
  activities: readonly Pick<LoggedActivity, "date" | "state" | "indicatorValues">[],
  year: number,
): IndicatorYear => {
  const key = String(year);
  const stated = indicator.actuals[key];
  const logged = activities
    .filter((activity) => isCounted(activity) && activityYear(activity) === year)
    .flatMap((activity) => activity.indicatorValues)
    .filter((entry) => entry.indicator === indicator.id)
    .reduce((sum, entry) => sum + entry.value, 0);
  const actual = stated ?? logged;
  const target = indicator.targets[key] ?? null;
  return {
    year,
    target,
    actual,
    basis: stated === undefined ? "log" : "stated",
    isMet: target === null ? null : actual >= target,
  };
};

/** Every year an indicator has a target, a stated figure or logged values, oldest first. */
export const indicatorYears = (
  indicator: Indicator,
  activities: readonly Pick<LoggedActivity, "date" | "state" | "indicatorValues">[],
): IndicatorYear[] => {
  const years = new Set<number>([
    ...Object.keys(indicator.targets).map(Number),
    ...Object.keys(indicator.actuals).map(Number),
    ...activities
      .filter((activity) => activity.indicatorValues.some((entry) => entry.indicator === indicator.id))
      .map(activityYear),
  ]);
  return [...years].sort((a, b) => a - b).map((year) => indicatorYear(indicator, activities, year));
};

export const indicatorIds = (objectives: readonly Objective[]): Set<string> =>
  new Set(objectives.flatMap((objective) => objective.indicators.map((indicator) => indicator.id)));
