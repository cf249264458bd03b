import { z } from "zod";
import { type ActivityKind, activityYear, CURRENCIES, isCounted, type LoggedActivity } from "./activity.ts";
import type { Locality } from "./locality.ts";
import { indicatorYear, type Objective } from "./objectives.ts";
import type { Relation } from "./relation.ts";
import type { AnyText } from "./text.ts";

/** Thai provinces, Bangkok and Pattaya report to MOI; Japanese localities keep the same summary for themselves. */
export const reportsToMoi = (locality: Pick<Locality, "country" | "tier">): boolean =>
  locality.country === "TH" && ["province", "capital", "special-city"].includes(locality.tier);

export const mayHaveAnnualReport = (locality: Pick<Locality, "country" | "tier">): boolean =>
  locality.country === "JP" || reportsToMoi(locality);

export const REPORT_STATES = ["draft", "submitted", "changes-requested", "acknowledged"] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export const isEditable = (state: ReportState): boolean => state === "draft" || state === "changes-requested";

const Narrative = z.string().trim().max(10_000);
const StatedAmounts = z.partialRecord(z.enum(CURRENCIES), z.number().min(0).max(1e13));

/** What the officer writes or corrects before submitting; the figures come from the log. */
export const ReportNarrativeSchema = z
  .object({
    summary: Narrative.default("").describe("The year in a few paragraphs"),
    obstacles: Narrative.default("").describe("What held the work back"),
    plans: Narrative.default("").describe("Plans for next year"),
    budgetStated: StatedAmounts.default({}).describe(
      "Budget spent as the accounts state it, when it differs from the sum of the activities",
    ),
    relationNotes: z
      .record(z.string().max(100), Narrative)
      .default({})
      .describe("A remark per relation, by relation id"),
  })
  .strict();
export type ReportNarrative = z.infer<typeof ReportNarrativeSchema>;

export const EMPTY_NARRATIVE: ReportNarrative = {
  summary: "",
  obstacles: "",
  plans: "",
  budgetStated: {},
  relationNotes: {},
};

type Money = Partial<Record<(typeof CURRENCIES)[number], number>>;

export type ReportActivity = {
  id: string | null;
  origin: "log" | "reference";
  date: string;
  endDate: string | null;
  kind: ActivityKind | null;
  title: AnyText;
  state: LoggedActivity["state"] | null;
  participantsOwn: number;
  participantsPartner: number;
  offices: string[];
  outcomes: AnyText[];
  spendingOwn: Money;
};

export type ReportRelation = {
  id: string;
  type: Relation["type"];
  status: Relation["status"];
  title: AnyText;
  own: string[];
  partners: string[];
  activities: ReportActivity[];
  participantsOwn: number;
  participantsPartner: number;
  spendingOwn: Money;
};

export type ReportIndicator = {
  relationId: string;
  objective: AnyText;
  name: AnyText;
  unit: string | null;
  target: number | null;
  actual: number;
  basis: "stated" | "log";
  isMet: boolean | null;
};

export type ReportFigures = {
  locality: string;
  year: number;
  relations: ReportRelation[];
  indicators: ReportIndicator[];
  totals: {
    relations: number;
    relationsWithActivity: number;
    activities: number;
    byKind: Partial<Record<ActivityKind | "unclassified", number>>;
    participantsOwn: number;
    participantsPartner: number;
    spendingOwn: Money;
    indicatorsWithTarget: number;
    indicatorsMet: number;
  };
};

export type ReportSource = {
  locality: string;
  /** The locality and the local governments inside it: a province reports for its municipalities too. */
  family: ReadonlySet<string>;
  year: number;
  relations: readonly Relation[];
  activities: ReadonlyMap<string, readonly LoggedActivity[]>;
  objectives: ReadonlyMap<string, readonly Objective[]>;
};

const addMoney = (into: Money, currency: keyof Money, amount: number) => {
  into[currency] = (into[currency] ?? 0) + amount;
};

const fromLog = (activity: LoggedActivity, family: ReadonlySet<string>): ReportActivity => {
  const spendingOwn: Money = {};
  for (const entry of activity.spending)
    if (family.has(entry.party)) addMoney(spendingOwn, entry.currency, entry.amount);
  const count = (isOwn: boolean) =>
    activity.participants
      .filter((side) => family.has(side.party) === isOwn)
      .reduce((sum, side) => sum + (side.count ?? 0), 0);
  return {
    id: activity.id,
    origin: "log",
    date: activity.date,
    endDate: activity.endDate ?? null,
    kind: activity.kind,
    title: activity.title,
    state: activity.state,
    participantsOwn: count(true),
    participantsPartner: count(false),
    offices: activity.participants.flatMap((side) => side.offices),
    outcomes: activity.outcomes,
    spendingOwn,
  };
};

const fromReference = (activity: Relation["activities"][number]): ReportActivity => ({
  id: null,
  origin: "reference",
  date: activity.date ?? "",
  endDate: null,
  kind: null,
  title: activity.text,
  state: null,
  participantsOwn: 0,
  participantsPartner: 0,
  offices: [],
  outcomes: [],
  spendingOwn: {},
});

const sum = (items: readonly ReportActivity[], pick: (item: ReportActivity) => number) =>
  items.reduce((total, item) => total + pick(item), 0);

/**
 * The year's figures for one locality, from the relations and the activity log alone. Pure: the
 * same log gives the same report. Activities count in the year they began; rejected ones do not.
 */
export const buildReportFigures = (source: ReportSource): ReportFigures => {
  const { family, year } = source;
  const relations: ReportRelation[] = source.relations
    .filter((relation) => relation.parties.some((party) => family.has(party)))
    .map((relation) => {
      const logged = (source.activities.get(relation.id) ?? [])
        .filter((activity) => isCounted(activity) && activityYear(activity) === year)
        .map((activity) => fromLog(activity, family));
      const reference = relation.activities
        .filter((activity) => activity.date && activityYear({ date: activity.date }) === year)
        .map(fromReference);
      const activities = [...reference, ...logged].sort((a, b) => a.date.localeCompare(b.date));
      const spendingOwn: Money = {};
      for (const activity of activities)
        for (const [currency, amount] of Object.entries(activity.spendingOwn))
          addMoney(spendingOwn, currency as keyof Money, amount);
      return {
        id: relation.id,
        type: relation.type,
        status: relation.status,
        title: relation.title,
        own: relation.parties.filter((party) => family.has(party)),
        partners: relation.parties.filter((party) => !family.has(party)),
        activities,
        participantsOwn: sum(activities, (item) => item.participantsOwn),
        participantsPartner: sum(activities, (item) => item.participantsPartner),
        spendingOwn,
      };
    })
    .sort((a, b) => b.activities.length - a.activities.length || a.id.localeCompare(b.id));

  const indicators: ReportIndicator[] = relations.flatMap((relation) =>
    (source.objectives.get(relation.id) ?? []).flatMap((objective) =>
      objective.indicators.map((indicator) => {
        const progress = indicatorYear(indicator, source.activities.get(relation.id) ?? [], year);
        return {
          relationId: relation.id,
          objective: objective.text,
          name: indicator.name,
          unit: indicator.unit ?? null,
          target: progress.target,
          actual: progress.actual,
          basis: progress.basis,
          isMet: progress.isMet,
        };
      }),
    ),
  );

  const all = relations.flatMap((relation) => relation.activities);
  const byKind: ReportFigures["totals"]["byKind"] = {};
  for (const activity of all)
    byKind[activity.kind ?? "unclassified"] = (byKind[activity.kind ?? "unclassified"] ?? 0) + 1;
  const spendingOwn: Money = {};
  for (const relation of relations)
    for (const [currency, amount] of Object.entries(relation.spendingOwn))
      addMoney(spendingOwn, currency as keyof Money, amount);
  const withTarget = indicators.filter((indicator) => indicator.isMet !== null);
  return {
    locality: source.locality,
    year,
    relations,
    indicators,
    totals: {
      relations: relations.length,
      relationsWithActivity: relations.filter((relation) => relation.activities.length > 0).length,
      activities: all.length,
      byKind,
      participantsOwn: sum(all, (item) => item.participantsOwn),
      participantsPartner: sum(all, (item) => item.participantsPartner),
      spendingOwn,
      indicatorsWithTarget: withTarget.length,
      indicatorsMet: withTarget.filter((indicator) => indicator.isMet).length,
    },
  };
};
