import { describe, expect, it } from "vitest";
import type { LoggedActivity } from "./activity.ts";
import { buildReportFigures, mayHaveAnnualReport, reportsToMoi } from "./annual-report.ts";
import type { Objective } from "./objectives.ts";
import type { Relation } from "./relation.ts";

const relation = (id: string, parties: string[], activities: Relation["activities"] = []): Relation => ({
  id,
  type: "sister-city",
  form: "ongoing",
  parties,
  title: { en: id },
  status: "active",
  issues: [],
  activities,
  outcomes: [],
  conflicts: [],
  sources: ["report:1-2"],
});

let serial = 0;
const logged = (relationId: string, date: string, fields: Partial<LoggedActivity> = {}): LoggedActivity => ({
  id: `a-${++serial}`,
  relationId,
  kind: "visit",
  title: { en: `activity ${serial}` },
  date,
  participants: [],
  outcomes: [],
  indicatorValues: [],
  spending: [],
  issues: [],
  sources: ["self:TH-50:2026-01-01"],
  isPublic: true,
  reportedFor: "TH-50",
  entered: { by: "00000000-0000-4000-8000-000000000001", at: "2026-01-01T00:00:00Z" },
  state: "confirmed",
  ...fields,
});

/**
 * The fixture: Chiang Mai province (TH-50) with one municipality inside it, three relations, one
 * of them with no Chiang Mai party. Totals worked out by hand below.
 */
const relations = [
  relation("cm-toyama", ["TH-50", "JP-16"]),
  relation(
    "cmcity-uozu",
    ["TH-50-chiang-mai-city", "JP-16204"],
    [
      { date: "2026-04", text: { th: "ก", en: "Sakura planting", ja: "植樹" }, source: "report:7636-7640" },
      { date: "2025", text: { th: "ข", en: "Older", ja: "古い" }, source: "report:7636-7640" },
    ],
  ),
  relation("bkk-fukuoka", ["TH-10", "JP-40"]),
];
const activities = new Map([
  [
    "cm-toyama",
    [
      logged("cm-toyama", "2026-02-10", {
        kind: "student-exchange",
        participants: [
          { party: "TH-50", count: 20, offices: ["Chiang Mai PAO"] },
          { party: "JP-16", count: 8, offices: ["Toyama Board of Education"] },
        ],
        spending: [
          { party: "TH-50", amount: 150_000, currency: "THB" },
          { party: "JP-16", amount: 900_000, currency: "JPY" },
        ],
        indicatorValues: [{ indicator: "students", value: 20 }],
      }),
      logged("cm-toyama", "2026-11", {
        kind: "training",
        participants: [{ party: "TH-50", count: 5, offices: [] }],
        spending: [{ party: "TH-50", amount: 30_000, currency: "THB" }],
        indicatorValues: [{ indicator: "students", value: 15 }],
      }),
      // Rejected: not counted anywhere.
      logged("cm-toyama", "2026-06", { state: "rejected", participants: [{ party: "TH-50", count: 99, offices: [] }] }),
      // Another year.
      logged("cm-toyama", "2025-12-30", { participants: [{ party: "TH-50", count: 40, offices: [] }] }),
      // Began in 2026, ends in 2027: counted in 2026.
      logged("cm-toyama", "2026-12-28", {
        endDate: "2027-01-03",
        kind: "trade-fair",
        participants: [{ party: "JP-16", count: 3, offices: [] }],
      }),
    ],
  ],
  [
    "cmcity-uozu",
    [
      logged("cmcity-uozu", "2026-08", {
        kind: "meeting",
        participants: [
          { party: "TH-50-chiang-mai-city", count: 4, offices: [] },
          { party: "JP-16204", count: 2, offices: [] },
        ],
        spending: [{ party: "TH-50-chiang-mai-city", amount: 12_500, currency: "THB" }],
      }),
    ],
  ],
  ["bkk-fukuoka", [logged("bkk-fukuoka", "2026-05", { participants: [{ party: "TH-10", count: 50, offices: [] }] })]],
]);
const objectives = new Map<string, Objective[]>([
  [
    "cm-toyama",
    [
      {
        id: "o1",
        text: { en: "Student exchange" },
        indicators: [
          { id: "students", name: { en: "Students" }, targets: { "2026": 30 }, actuals: {} },
          { id: "firms", name: { en: "Firms matched" }, targets: { "2026": 5 }, actuals: { "2026": 2 } },
          { id: "untargeted", name: { en: "Press articles" }, targets: {}, actuals: { "2026": 4 } },
        ],
      },
    ],
  ],
]);

describe("annual report figures from the log", () => {
  const figures = buildReportFigures({
    locality: "TH-50",
    family: new Set(["TH-50", "TH-50-chiang-mai-city"]),
    year: 2026,
    relations,
    activities,
    objectives,
  });

  it("takes the relations of the province and of the local governments inside it, and no others", () => {
    expect(figures.relations.map((item) => item.id)).toEqual(["cm-toyama", "cmcity-uozu"]);
    expect(figures.relations[1]?.own).toEqual(["TH-50-chiang-mai-city"]);
    expect(figures.relations[1]?.partners).toEqual(["JP-16204"]);
  });

  it("adds up the year's activities, participants per side and the province's own spending", () => {
    // cm-toyama 2026: Feb exchange, Nov training, Dec fair (rejected and 2025 left out) = 3;
    // cmcity-uozu 2026: the April reference activity and the August meeting = 2.
    expect(figures.totals).toEqual({
      relations: 2,
      relationsWithActivity: 2,
      activities: 5,
      byKind: { "student-exchange": 1, training: 1, "trade-fair": 1, unclassified: 1, meeting: 1 },
      participantsOwn: 20 + 5 + 4,
      participantsPartner: 8 + 3 + 2,
      spendingOwn: { THB: 150_000 + 30_000 + 12_500 },
      indicatorsWithTarget: 2,
      indicatorsMet: 1,
    });
    expect(figures.relations[0]?.spendingOwn).toEqual({ THB: 180_000 });
  });

  it("sets each indicator's actual against its target: the log's sum unless a figure was stated", () => {
    expect(
      figures.indicators.map(({ name, target, actual, basis, isMet }) => [name.en, target, actual, basis, isMet]),
    ).toEqual([
      ["Students", 30, 35, "log", true],
      ["Firms matched", 5, 2, "stated", false],
      ["Press articles", null, 4, "stated", null],
    ]);
  });

  it("orders each relation's activities by date, reference ones among them", () => {
    expect(figures.relations[1]?.activities.map((item) => [item.date, item.origin])).toEqual([
      ["2026-04", "reference"],
      ["2026-08", "log"],
    ]);
  });
});

describe("who writes an annual report", () => {
  it("sends provinces', Bangkok's and Pattaya's to MOI; Japanese localities keep theirs", () => {
    expect(reportsToMoi({ country: "TH", tier: "province" })).toBe(true);
    expect(reportsToMoi({ country: "TH", tier: "capital" })).toBe(true);
    expect(reportsToMoi({ country: "TH", tier: "special-city" })).toBe(true);
    expect(reportsToMoi({ country: "TH", tier: "city-municipality" })).toBe(false);
    expect(reportsToMoi({ country: "JP", tier: "prefecture" })).toBe(false);
    expect(mayHaveAnnualReport({ country: "JP", tier: "city" })).toBe(true);
    expect(mayHaveAnnualReport({ country: "TH", tier: "sao" })).toBe(false);
  });
});
