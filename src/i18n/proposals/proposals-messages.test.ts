import { describe, expect, it } from "vitest";
import { PROPOSAL_ACTS, TRIP_ACTS } from "../../domain/policy/proposal-roles.ts";
import { INSTRUMENTS, ProposalContentSchema, STAKEHOLDER_KINDS } from "../../domain/proposals/proposal.ts";
import { PATHS, STEPS } from "../../domain/proposals/steps.ts";
import { AGENCIES } from "../../domain/proposals/workflow.ts";
import { DIMENSIONS, type LocalityFacts } from "../../domain/rules/readiness/finding.ts";
import { checkReadiness } from "../../domain/rules/readiness/readiness.ts";
import { TRIP_STEPS } from "../../domain/trips/trip.ts";
import { MESSAGES } from "../index.ts";

const keys = new Set(Object.keys(MESSAGES.en));

/** Every finding any rule can produce, from inputs that take each branch. */
const allFindingCodes = (): Set<string> => {
  const province: LocalityFacts = { id: "TH-50", tier: "province", parent: null };
  const city: LocalityFacts = { id: "TH-50-chiang-mai-city", tier: "city-municipality", parent: "TH-50" };
  const bangkok: LocalityFacts = { id: "TH-10", tier: "capital", parent: null };
  const prefecture: LocalityFacts = { id: "JP-16", tier: "prefecture", parent: null };
  const designated: LocalityFacts = { id: "JP-26100", tier: "designated-city", parent: "JP-26" };
  const town: LocalityFacts = { id: "JP-39344", tier: "town", parent: "JP-39" };
  const base = { thaiParty: "TH-50", japaneseParty: "JP-16", initiatingSide: "TH", instrument: "friendship" };
  const full = {
    ...base,
    issues: ["tourism"],
    objectives: [{ en: "x" }],
    gains: { thai: [{ text: { en: "x" } }], japanese: [{ text: { en: "y" } }] },
    activities: [{ what: { en: "x" }, when: "2027", target: { en: "3 visits" } }],
    budget: { line: "x", amount: 1 },
    officers: { thai: { officer: { name: "a", languages: ["en"] }, deputy: { name: "b" } } },
    stakeholders: [{ kind: "university", name: "u" }],
    partnerInterest: { text: { en: "x" } },
    continuity: { en: "x" },
    framework: { en: "x" },
  };
  const variants = [
    { content: base, thai: province, japanese: prefecture },
    { content: base, thai: bangkok, japanese: prefecture },
    { content: full, thai: province, japanese: prefecture, proposingBody: city },
    { content: { ...full, instrument: "sister-city" }, thai: city, japanese: town, proposingBody: bangkok },
    { content: { ...full, budget: { line: "x" } }, thai: bangkok, japanese: designated, proposingBody: city },
    { content: { ...full, gains: { thai: [{ text: { en: "x" } }], japanese: [] } }, thai: province, japanese: town },
    { content: { ...full, gains: { thai: [], japanese: [{ text: { en: "x" } }] } }, thai: province, japanese: town },
    {
      content: {
        ...full,
        stakeholders: [{ kind: "company", name: "c" }],
        activities: [{ ...full.activities[0], target: { en: "many" } }],
      },
      thai: province,
      japanese: prefecture,
    },
  ];
  const codes = new Set<string>();
  for (const [index, variant] of variants.entries()) {
    const relations =
      index === 1
        ? [{ id: "r", type: "friendship", status: "active" }]
        : index === 2
          ? [{ id: "r", type: "mou", status: "active" }]
          : [];
    const readiness = checkReadiness({
      content: ProposalContentSchema.parse(variant.content),
      thai: variant.thai,
      japanese: variant.japanese,
      proposingBody: variant.proposingBody,
      existingRelations: relations,
    });
    for (const result of readiness.dimensions) for (const found of result.findings) codes.add(found.code);
  }
  return codes;
};

describe("proposal messages", () => {
  it("names every step, act, path, agency, instrument, stakeholder kind and dimension", () => {
    const needed = [
      ...STEPS.map((step) => `proposal.step.${step}`),
      ...PROPOSAL_ACTS.map((act) => `proposal.act.${act}`),
      ...PATHS.map((path) => `proposal.path.${path}`),
      ...AGENCIES.map((agency) => `proposal.agency.${agency}`),
      ...INSTRUMENTS.map((instrument) => `relation.type.${instrument}`),
      ...STAKEHOLDER_KINDS.map((kind) => `proposal.stakeholder.${kind}`),
      ...DIMENSIONS.map((dimension) => `readiness.dimension.${dimension}`),
      ...TRIP_STEPS.map((step) => `trip.step.${step}`),
      ...TRIP_ACTS.map((act) => `trip.act.${act}`),
    ];
    expect(needed.filter((key) => !keys.has(key))).toEqual([]);
  });

  it("has a plain-language message for every finding the readiness check can make", () => {
    const codes = allFindingCodes();
    expect(codes.size).toBeGreaterThanOrEqual(40);
    expect([...codes].filter((code) => !keys.has(`readiness.${code}`))).toEqual([]);
    const written = Object.keys(MESSAGES.en).filter(
      (key) =>
        key.startsWith("readiness.") &&
        !key.startsWith("readiness.dimension.") &&
        !key.startsWith("readiness.severity."),
    );
    expect(written.filter((key) => !codes.has(key.slice("readiness.".length)))).toEqual([]);
  });
});
