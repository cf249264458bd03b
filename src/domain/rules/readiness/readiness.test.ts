import { describe, expect, it } from "vitest";
import { loadConfig, reportLineCount } from "../../../config.ts";
import { type ProposalContentInput, ProposalContentSchema } from "../../proposals/proposal.ts";
import type { ExistingRelation, LocalityFacts } from "./finding.ts";
import { checkReadiness } from "./readiness.ts";

const CHIANG_MAI: LocalityFacts = { id: "TH-50", tier: "province", parent: null };
const CHIANG_MAI_CITY: LocalityFacts = { id: "TH-50-chiang-mai-city", tier: "city-municipality", parent: "TH-50" };
const BANGKOK: LocalityFacts = { id: "TH-10", tier: "capital", parent: null };
const TOYAMA: LocalityFacts = { id: "JP-16", tier: "prefecture", parent: null };
const UOZU: LocalityFacts = { id: "JP-16204", tier: "city", parent: "JP-16" };
const KYOTO_CITY: LocalityFacts = { id: "JP-26100", tier: "designated-city", parent: "JP-26" };

const content = (overrides: Partial<ProposalContentInput> = {}) =>
  ProposalContentSchema.parse({
    thaiParty: "TH-50",
    japaneseParty: "JP-16",
    initiatingSide: "TH",
    instrument: "friendship",
    ...overrides,
  });

/** A proposal that answers every question the report says Thai localities skip. */
const COMPLETE: Partial<ProposalContentInput> = {
  issues: ["tourism", "education"],
  objectives: [{ en: "More Japanese visitors to Chiang Mai" }],
  gains: {
    thai: [{ text: { en: "Know-how in tourism marketing" }, sources: [] }],
    japanese: [{ text: { en: "Thai visitors to Toyama" }, sources: [] }],
  },
  activities: [{ what: { en: "Joint tourism fair" }, when: "2027-09", target: { th: "ผู้เข้าชม ๒,๐๐๐ คน" } }],
  budget: { line: "Provincial development budget", amount: 500000 },
  officers: {
    thai: { officer: { name: "Somsri", languages: ["th", "en"] }, deputy: { name: "Anan", languages: ["th"] } },
  },
  stakeholders: [
    { kind: "university", name: "Chiang Mai University" },
    { kind: "chamber-of-commerce", name: "Chiang Mai Chamber of Commerce" },
  ],
  partnerInterest: { text: { en: "Toyama wants Thai tourists and a trade desk" } },
  continuity: { en: "A joint committee meets twice a year whoever is governor" },
  framework: { en: "Development and mutual benefit, in ASEAN–East Asia cooperation" },
};

const check = (
  overrides: Partial<ProposalContentInput>,
  sides: { thai?: LocalityFacts; japanese?: LocalityFacts; body?: LocalityFacts; relations?: ExistingRelation[] } = {},
) =>
  checkReadiness({
    content: content(overrides),
    thai: sides.thai ?? CHIANG_MAI,
    japanese: sides.japanese ?? TOYAMA,
    proposingBody: sides.body,
    existingRelations: sides.relations ?? [],
  });

const codesOf = (result: ReturnType<typeof check>, dimension: string) =>
  result.dimensions
    .find((item) => item.dimension === dimension)
    ?.findings.map((item) => `${item.severity} ${item.code}`);

describe("readiness check against the report's cases", () => {
  it("passes a proposal that says what each side wants, with budget, staff, plan and partners", () => {
    const result = check(COMPLETE);
    expect(result.blockers).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.dimensions.map((item) => `${item.dimension} ${item.status}`)).toEqual([
      "legal ok",
      "budget-staff ok",
      "clarity ok",
      "support ok",
      "continuity ok",
      "partner ok",
    ]);
  });

  it("finds every gap in a proposal signed in a hurry, without study (6149, 8776–8781)", () => {
    const result = check({});
    expect(result.blockers).toEqual(["legal.framework-missing"]);
    expect(result.warnings).toEqual([
      "budget.missing",
      "staff.officer-missing",
      "staff.language-missing",
      "clarity.issues-missing",
      "clarity.objectives-missing",
      "clarity.plan-missing",
      "clarity.gains-missing",
      "support.stakeholders-missing",
      "continuity.plan-missing",
      "continuity.deputy-missing",
      "partner.interest-missing",
    ]);
  });

  it("stops Chiang Mai City Municipality signing with Uozu itself, as MOI has since 2006 (7642–7650)", () => {
    const result = check(
      { ...COMPLETE, thaiParty: "TH-50-chiang-mai-city", japaneseParty: "JP-16204" },
      {
        thai: CHIANG_MAI_CITY,
        japanese: UOZU,
      },
    );
    expect(result.blockers).toEqual(["legal.signatory-below-province"]);
    expect(result.dimensions[0]?.findings[0]).toEqual({
      code: "legal.signatory-below-province",
      severity: "blocker",
      params: { party: "TH-50-chiang-mai-city", province: "TH-50" },
      sources: ["report:5541-5544", "report:6184-6188"],
    });
  });

  it("lets the municipality propose through its province, which signs, and asks for equal rank (5808–5809)", () => {
    const through = {
      ...COMPLETE,
      thaiParty: "TH-50",
      proposingBody: "TH-50-chiang-mai-city",
      japaneseParty: "JP-16204",
    };
    const friendship = check(through, { thai: CHIANG_MAI, japanese: UOZU, body: CHIANG_MAI_CITY });
    expect(codesOf(friendship, "legal")).toEqual([
      "ok legal.signatory-province",
      "ok legal.proposing-body",
      "warning legal.rank-unequal-agreement",
      "ok legal.framework",
      "info legal.first-contact-only",
    ]);
    const sisterCity = check(
      { ...through, instrument: "sister-city" },
      { thai: CHIANG_MAI, japanese: UOZU, body: CHIANG_MAI_CITY },
    );
    expect(sisterCity.blockers).toEqual(["legal.rank-unequal"]);
  });

  it("refuses a proposing body from another province", () => {
    const result = check(
      { ...COMPLETE, thaiParty: "TH-10", proposingBody: "TH-50-chiang-mai-city" },
      {
        thai: BANGKOK,
        body: CHIANG_MAI_CITY,
      },
    );
    expect(result.blockers).toEqual(["legal.proposing-body-elsewhere"]);
  });

  it("treats a province with a designated city such as Kyoto as a question of equivalence (5608–5611)", () => {
    const result = check(
      { ...COMPLETE, japaneseParty: "JP-26100", instrument: "letter-of-intent" },
      { japanese: KYOTO_CITY },
    );
    expect(result.warnings).toEqual(["legal.rank-equivalent-city"]);
    expect(result.blockers).toEqual([]);
  });

  it("holds Bangkok of equal rank with Tokyo only, not with another prefecture (8878–8881)", () => {
    const TOKYO: LocalityFacts = { id: "JP-13", tier: "prefecture", parent: null };
    const withToyama = check({ ...COMPLETE, thaiParty: "TH-10", japaneseParty: "JP-16" }, { thai: BANGKOK });
    expect(codesOf(withToyama, "legal")).toContain("info legal.rank-capital");
    expect(codesOf(withToyama, "legal")).not.toContain("ok legal.rank-equal");
    const sisterCity = check(
      { ...COMPLETE, thaiParty: "TH-10", japaneseParty: "JP-16", instrument: "sister-city" },
      { thai: BANGKOK },
    );
    expect(sisterCity.blockers).toEqual(["legal.rank-capital"]);
    const withTokyo = check(
      { ...COMPLETE, thaiParty: "TH-10", japaneseParty: "JP-13" },
      { thai: BANGKOK, japanese: TOKYO },
    );
    expect(codesOf(withTokyo, "legal")).toContain("ok legal.rank-equal");
    // Nor is Tokyo of equal rank with a province: the rule binds both capitals.
    const provinceWithTokyo = check(
      { ...COMPLETE, japaneseParty: "JP-13", instrument: "sister-city" },
      { japanese: TOKYO },
    );
    expect(provinceWithTokyo.blockers).toEqual(["legal.rank-capital"]);
  });

  it("notes that Bangkok signs its own agreements (5970–5974)", () => {
    const result = check({ ...COMPLETE, thaiParty: "TH-10" }, { thai: BANGKOK });
    expect(codesOf(result, "legal")?.[0]).toBe("info legal.signatory-self-governing");
  });

  it("warns when only traders pushed for it, without the agencies concerned (5923–5926)", () => {
    const result = check({
      ...COMPLETE,
      stakeholders: [
        { kind: "company", name: "An exporter" },
        { kind: "chamber-of-commerce", name: "The chamber" },
      ],
    });
    expect(result.warnings).toEqual(["support.business-only"]);
  });

  it("warns when only one side gains: the Thai side must not let Japan alone benefit (10628)", () => {
    const result = check({ ...COMPLETE, gains: { thai: [], japanese: [{ text: { en: "Sales" }, sources: [] }] } });
    expect(codesOf(result, "clarity")).toContain("warning clarity.one-way-thai");
  });

  it("reads quantities in Thai and Japanese numerals and warns on targets that name none", () => {
    const result = check({
      ...COMPLETE,
      activities: [
        { what: { en: "Study visit" }, when: "2027-05", target: { en: "Many officials trained" } },
        { what: { en: "Youth camp" }, when: "2027-08", target: { ja: "生徒三十人" } },
      ],
    });
    expect(result.warnings).toEqual(["clarity.targets-vague"]);
    expect(result.dimensions[2]?.findings.find((item) => item.code === "clarity.targets-vague")?.params).toEqual({
      count: 1,
    });
  });

  it("takes the language the province's office works in from its profile", () => {
    const officers = {
      thai: { officer: { name: "Somsri", languages: ["th"] }, deputy: { name: "Anan", languages: [] } },
    };
    expect(check({ ...COMPLETE, officers }).warnings).toEqual(["staff.language-missing"]);
    const withOffice: LocalityFacts = {
      ...CHIANG_MAI,
      contacts: { languages: ["th", "ja"], source: { ref: "self-reported:TH-50:2026-12-01" } },
    };
    expect(check({ ...COMPLETE, officers }, { thai: withOffice }).warnings).toEqual([]);
  });

  it("warns when the pair already has the same kind of relation, and notes other ties", () => {
    const relations = [{ id: "friendship-chiang-mai-toyama", type: "friendship", status: "active" }];
    expect(check(COMPLETE, { relations }).warnings).toEqual(["partner.already-related"]);
    const other = [{ id: "mou-chiang-mai-toyama", type: "mou", status: "active" }];
    expect(codesOf(check(COMPLETE, { relations: other }), "partner")).toContain("info partner.related");
  });
});

describe("the report lines behind each finding", () => {
  // The shared report beside the checkout (JUBKOO_REPORT elsewhere), when it is there.
  const lines = reportLineCount(loadConfig().reportPath);
  const everySource = [
    check({}),
    check(COMPLETE),
    check(
      { ...COMPLETE, thaiParty: "TH-50-chiang-mai-city", instrument: "sister-city", issues: ["tourism"] },
      { thai: CHIANG_MAI_CITY, japanese: UOZU },
    ),
    check(
      { ...COMPLETE, thaiParty: "TH-10" },
      { thai: BANGKOK, japanese: KYOTO_CITY, relations: [{ id: "r", type: "mou", status: "active" }] },
    ),
  ].flatMap((result) => result.dimensions.flatMap((item) => item.findings.flatMap((found) => found.sources)));

  it("cites report line ranges that exist", () => {
    expect(everySource.length).toBeGreaterThan(20);
    for (const source of everySource) {
      const match = /^report:(\d+)(?:-(\d+))?$/.exec(source);
      expect(match, source).not.toBeNull();
      const from = Number(match?.[1]);
      const to = Number(match?.[2] ?? match?.[1]);
      expect(to, source).toBeGreaterThanOrEqual(from);
      if (lines !== undefined) expect(to, source).toBeLessThanOrEqual(lines);
    }
  });
});
