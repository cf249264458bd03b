import { describe, expect, it } from "vitest";
import { ObjectivesInputSchema } from "../objectives.ts";
import { objectivesFromProposal, targetFigure } from "./plan-indicators.ts";
import { ProposalContentSchema } from "./proposal.ts";

const content = (activities: unknown[], objectives: unknown[] = []) =>
  ProposalContentSchema.parse({
    thaiParty: "TH-50",
    japaneseParty: "JP-16",
    initiatingSide: "TH",
    instrument: "mou",
    objectives,
    activities,
  });
const PLAN = { en: "First-year plan" };

describe("a proposal's targets read as figures", () => {
  it("reads one number in any script, without thousands separators", () => {
    expect(targetFigure({ th: "ผู้เข้าชม 2,000 คน" })).toBe(2000);
    expect(targetFigure({ th: "นักเรียน ๒๐ คน" })).toBe(20);
    expect(targetFigure({ ja: "研修生１２人" })).toBe(12);
    expect(targetFigure({ en: "1.5 tonnes recycled" })).toBe(1.5);
    expect(targetFigure({ th: "๒๐ คน", en: "20 students" })).toBe(20);
  });

  it("gives no figure when the text names none, several, or languages disagree", () => {
    expect(targetFigure({ en: "a joint trade desk" })).toBeUndefined();
    expect(targetFigure({ en: "2 visits of 10 people" })).toBeUndefined();
    expect(targetFigure({ th: "20 คน", en: "25 students" })).toBeUndefined();
    expect(targetFigure({ th: "20 คน", en: "students" })).toBeUndefined();
  });
});

describe("a proposal's objectives and first-year plan as a relation's objectives", () => {
  it("keeps each objective and turns the plan into indicators with the year's target", () => {
    const objectives = objectivesFromProposal(
      content(
        [
          { what: { th: "งานท่องเที่ยวร่วม" }, when: "2027-09", target: { th: "ผู้เข้าชม 2,000 คน" } },
          { what: { en: "Trade desk" }, when: "2028", target: { en: "a desk opened" } },
        ],
        [{ th: "เพิ่มนักท่องเที่ยว" }],
      ),
      PLAN,
    );
    expect(objectives).toEqual([
      { text: { th: "เพิ่มนักท่องเที่ยว" }, indicators: [] },
      {
        text: PLAN,
        indicators: [
          { name: { th: "งานท่องเที่ยวร่วม: ผู้เข้าชม 2,000 คน" }, targets: { 2027: 2000 }, actuals: {} },
          { name: { en: "Trade desk: a desk opened" }, targets: {}, actuals: {} },
        ],
      },
    ]);
    expect(ObjectivesInputSchema.safeParse({ objectives }).success).toBe(true);
  });

  it("adds no plan objective without a plan, and splits a long plan into objectives of ten indicators", () => {
    expect(objectivesFromProposal(content([], [{ en: "More visitors" }]), PLAN)).toHaveLength(1);
    const long = Array.from({ length: 23 }, (_, n) => ({
      what: { en: `Activity ${n}` },
      when: "2027",
      target: { en: "5 people" },
    }));
    const objectives = objectivesFromProposal(content(long), PLAN);
    expect(objectives.map((objective) => objective.indicators.length)).toEqual([10, 10, 3]);
    expect(ObjectivesInputSchema.safeParse({ objectives }).success).toBe(true);
  });
});
