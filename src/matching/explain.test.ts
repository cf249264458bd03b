import { describe, expect, it } from "vitest";
import { catalogOf, fact, locality, relation } from "../../tests/support/catalog-builder.ts";
import type { FactActor } from "../domain/fact-kind.ts";
import type { Locality } from "../domain/locality.ts";
import type { Organisation } from "../domain/organisation.ts";
import { scorePair } from "./engine.ts";
import { explainFindings, reasonFor } from "./explain.ts";
import { type Focus, focusOf, NO_FOCUS } from "./focus.ts";
import { profileOf } from "./profile.ts";
import { DEFAULT_WEIGHTS } from "./weights.ts";

const signingSentence = (tier: "district" | "subdistrict-municipality" | "pao") => {
  const province = locality({ id: "TH-50" });
  const thai = locality({ id: "TH-50-local", tier, parent: "TH-50", region: "north" });
  const japanese = locality({ id: "JP-24", tier: "town", region: "kinki" });
  const catalog = catalogOf([province, thai, japanese]);
  const pair = scorePair(catalog, profileOf(catalog, thai), profileOf(catalog, japanese), NO_FOCUS, DEFAULT_WEIGHTS);
  return explainFindings(catalog, pair.outcomes, pair.a, pair.b, pair.focus).find(
    ({ reason }) => reason.criterion === "feasibility",
  )?.reason;
};

/** A national programme on industry fields (the EEC's target industries), as a holding may list them. */
const PROGRAMME_FIELDS = ["investment", "automotive", "electronics", "robotics-automation", "digital-tech"];

describe("signing reasons", () => {
  it("says a municipality cannot sign since the 2006 order", () => {
    expect(signingSentence("subdistrict-municipality")?.en).toContain("2006 MOI order");
  });

  it("says a provincial administrative organisation's ties belong to the province, not that the order names it", () => {
    const reason = signingSentence("pao");
    expect(reason?.en).toContain("with the province itself: TH-50, not TH-50-local, would sign");
    expect(reason?.en).not.toContain("cannot sign");
    expect(reason?.th).toContain("โดยจังหวัดเอง");
    expect(reason?.ja).toContain("県自身が行う");
  });

  it("says a district is no local government, not that the 2006 order stops it", () => {
    const reason = signingSentence("district");
    expect(reason?.en).toContain("is not a local government");
    expect(reason?.en).not.toContain("2006");
    expect(reason?.th).toContain("ไม่ใช่องค์กรปกครองส่วนท้องถิ่น");
    expect(reason?.ja).toContain("地方自治体ではなく");
  });
});

describe("ties and experience said as what they are", () => {
  const reasonsOf = (catalog: ReturnType<typeof catalogOf>, a: string, b: string) => {
    const pair = scorePair(
      catalog,
      profileOf(catalog, catalog.localities.get(a) ?? locality({ id: a })),
      profileOf(catalog, catalog.localities.get(b) ?? locality({ id: b })),
      NO_FOCUS,
      DEFAULT_WEIGHTS,
    );
    return explainFindings(catalog, pair.outcomes, pair.a, pair.b, pair.focus).map(({ reason }) => reason.en);
  };

  it("says a tie made by clubs or firms is one, and a tie between the governments is not", () => {
    const thai = locality({ id: "TH-80" });
    const japanese = locality({ id: "JP-17" });
    const rotary = relation({ id: "rotary-mangroves", parties: ["TH-80", "JP-17"], channel: "private-civil" });
    const official = relation({ id: "official-mou", parties: ["TH-80", "JP-17"], channel: "local-initiated" });
    const privateTie = reasonsOf(catalogOf([thai, japanese], [rotary]), "TH-80", "JP-17");
    const officialTie = reasonsOf(catalogOf([thai, japanese], [official]), "TH-80", "JP-17");
    expect(privateTie.some((en) => en.startsWith("A tie through private bodies"))).toBe(true);
    expect(officialTie.some((en) => en.startsWith("An existing tie between"))).toBe(true);
    expect(officialTie.some((en) => en.startsWith("A tie through private bodies"))).toBe(false);
    const network = relation({ id: "peace-network", parties: ["TH-80", "JP-17"], channel: "multilateral-network" });
    const networkTie = reasonsOf(catalogOf([thai, japanese], [network]), "TH-80", "JP-17");
    expect(networkTie).toContainEqual(expect.stringMatching(/ take part in the same network, a tie to build on: /));
    expect(networkTie.some((en) => en.startsWith("An existing tie between"))).toBe(false);
  });

  /** A Thai central agency, named alike in every language (the sentences quote the English). */
  const thaiAgency = (id: string, name: string): Organisation => ({
    id,
    country: "TH",
    kind: "central-agency",
    names: { th: name, en: name, ja: name },
    role: { th: "-", en: "-", ja: "-" },
    source: "gk:high",
    conflicts: [],
  });

  it("says a tie with a Thai agency is going on only while it lives: past once lapsed, not agreed while pending", () => {
    const agency = thaiAgency("org:th-dwr", "Department of Water Resources");
    const sentenceFor = (status: "active" | "lapsed" | "pending") => {
      const tie = relation({ id: `dwr-${status}`, parties: ["JP-25", "org:th-dwr"], status });
      const catalog = catalogOf([locality({ id: "TH-41" }), locality({ id: "JP-25" })], [tie], [agency]);
      return reasonsOf(catalog, "TH-41", "JP-25").find((en) => en.includes("Thai central agency"));
    };
    expect(sentenceFor("active")).toMatch(/^JP-25 already works with a Thai central agency, Department of Water/);
    expect(sentenceFor("lapsed")).toMatch(/^JP-25 has worked with a Thai central agency, Department of Water/);
    expect(sentenceFor("pending")).toMatch(
      /^JP-25 has been in contact with a Thai central agency, .* nothing agreed yet/,
    );
  });

  it("cites no tie for a party a reading says is no party at all, and still cites the others", () => {
    const agency = thaiAgency("org:th-md", "Marine Department");
    const reading = (en: string, extra: object) => ({ value: { th: en, en, ja: en }, source: "gk:medium", ...extra });
    const disputed = (parties: string[], excludes: string[]) =>
      relation({
        id: "port-mou",
        parties,
        conflicts: [
          {
            field: "parties",
            readings: [
              reading("Tokyo Metropolitan Government", { parties: ["JP-13"] }),
              reading("National authorities", { excludes }),
            ],
          },
        ],
      });
    const sentences = (parties: string[], excludes: string[]) =>
      reasonsOf(
        catalogOf([locality({ id: "TH-20" }), locality({ id: "JP-13" })], [disputed(parties, excludes)], [agency]),
        "TH-20",
        "JP-13",
      );
    const withAgency = ["org:th-md", "JP-13"];
    expect(sentences(withAgency, []).some((en) => en.includes("Thai central agency, Marine Department"))).toBe(true);
    expect(sentences(withAgency, ["JP-13"]).some((en) => en.includes("Thai central agency"))).toBe(false);
    const direct = ["JP-13", "TH-20"];
    expect(sentences(direct, []).some((en) => en.startsWith("An existing tie between"))).toBe(true);
    expect(sentences(direct, ["JP-13"]).some((en) => en.includes("existing tie"))).toBe(false);
    expect(sentences(direct, ["TH-20"]).some((en) => en.includes("existing tie"))).toBe(false);
    // The record itself keeps every party: the pages show it with both readings.
    const catalog = catalogOf([locality({ id: "JP-13" })], [disputed(withAgency, ["JP-13"])], [agency]);
    expect(catalog.relationsByParty.get("JP-13")?.map((item) => item.id)).toEqual(["port-mou"]);
  });

  it("says a wish for cooperation is wanted, not a problem to deal with", () => {
    const thai = locality({
      id: "TH-50",
      strengths: [{ ...fact("Model waste-management town with Kitakyushu", ["waste"]), kind: "relation" }],
    });
    const wish = locality({
      id: "JP-24",
      challenges: [{ ...fact("Wants waste cooperation", ["waste"]), kind: "need" }],
    });
    const problem = locality({ id: "JP-24", challenges: [fact("Landfills are full", ["waste"])] });
    const forWish = reasonsOf(catalogOf([thai, wish]), "JP-24", "TH-50");
    const forProblem = reasonsOf(catalogOf([thai, problem]), "JP-24", "TH-50");
    expect(forWish.some((en) => en.includes("wants cooperation"))).toBe(true);
    expect(forProblem.some((en) => en.includes("has to deal with"))).toBe(true);
    expect(forWish.some((en) => en.includes("has to deal with"))).toBe(false);
  });

  it("says an offer is something to offer on the field, never that it is what the other needs", () => {
    const giver = locality({ id: "TH-50", strengths: [fact("Community forest management model", ["forestry"])] });
    const grower = locality({
      id: "TH-50",
      industries: [{ ...fact("Teak plantations and sawmills", ["forestry"]), kind: "industry" }],
    });
    const problem = locality({ id: "JP-24", challenges: [fact("Abandoned plantation forests", ["forestry"])] });
    const wish = locality({
      id: "JP-24",
      challenges: [{ ...fact("Wants timber partners", ["forestry"]), kind: "need" }],
    });
    const forProblem = reasonsOf(catalogOf([giver, problem]), "JP-24", "TH-50");
    const forWish = reasonsOf(catalogOf([giver, wish]), "JP-24", "TH-50");
    const fromIndustry = reasonsOf(catalogOf([grower, wish]), "JP-24", "TH-50");
    expect(forProblem).toContainEqual(expect.stringMatching(/JP-24 has a problem and TH-50 has something to offer/));
    expect(forWish).toContainEqual(expect.stringMatching(/JP-24 wants cooperation and TH-50 has something to offer/));
    expect(fromIndustry).toContainEqual(
      expect.stringMatching(/JP-24 wants cooperation and TH-50 has industry in the field/),
    );
    expect([...forProblem, ...forWish, ...fromIndustry].some((en) => en.includes("has what"))).toBe(false);
  });

  it("says an industry fact beside a wish in a field that is no industry is on record there, not an industry", () => {
    const campus = locality({
      id: "TH-50",
      industries: [{ ...fact("A university town with two large campuses", ["education"]), kind: "industry" }],
    });
    const wish = locality({
      id: "JP-24",
      challenges: [{ ...fact("Wants school partners", ["education"]), kind: "need" }],
    });
    const both = [
      ...reasonsOf(catalogOf([campus, wish]), "JP-24", "TH-50"),
      ...reasonsOf(catalogOf([campus, wish]), "TH-50", "JP-24"),
    ];
    expect(both).toContainEqual(expect.stringMatching(/JP-24 wants cooperation and TH-50 has the field on record/));
    expect(both.some((en) => en.includes("has industry in the field"))).toBe(false);
  });

  it("calls heritage sites of one kind heritage alike, and a shared living practice the same tradition", () => {
    const thai = locality({
      id: "TH-31",
      heritage: [fact("Phanom Rung, a Khmer sanctuary", ["archaeology"]), fact("Buddhist temple fairs", ["buddhism"])],
    });
    const japanese = locality({
      id: "JP-29",
      heritage: [fact("Kofun burial mounds", ["archaeology"]), fact("Todai-ji, a Buddhist temple", ["buddhism"])],
    });
    const reasons = reasonsOf(catalogOf([thai, japanese]), "TH-31", "JP-29");
    expect(reasons).toContainEqual(expect.stringMatching(/^Heritage of the same kind on both sides \(Archaeology/));
    expect(reasons).toContainEqual(expect.stringMatching(/^The same tradition on both sides \(Buddhism/));
    expect(reasons.some((en) => /^The same tradition on both sides \(Archaeology/.test(en))).toBe(false);
  });

  it("says a problem and one under it are related problems, not the same one", () => {
    const thai = locality({ id: "TH-35", challenges: [fact("Ageing rural population", ["ageing-society"])] });
    const japanese = locality({ id: "JP-25", challenges: [fact("Population has started to fall", ["depopulation"])] });
    const reasons = reasonsOf(catalogOf([thai, japanese]), "TH-35", "JP-25");
    expect(reasons.some((en) => en.includes("face related problems under"))).toBe(true);
    expect(reasons.some((en) => en.startsWith("Both face"))).toBe(false);
  });

  it("does not call problems under a broad field related when its leaves are different problems", () => {
    const thai = locality({ id: "TH-57", challenges: [fact("Mekong dams change river levels", ["lakes-rivers"])] });
    const japanese = locality({ id: "JP-37", challenges: [fact("Chronic water scarcity", ["water-resources"])] });
    const catalog = catalogOf([thai, japanese]);
    const pair = scorePair(catalog, profileOf(catalog, thai), profileOf(catalog, japanese), NO_FOCUS, DEFAULT_WEIGHTS);
    expect(pair.criteria.sharedProblems).toBeGreaterThan(0);
    expect(reasonsOf(catalog, "TH-57", "JP-37").some((en) => en.includes("related problems"))).toBe(false);
  });
});

describe("the first reason on an asked issue", () => {
  it("says the issue is on record for a candidate whose fact met nothing of the asker's, and 'nothing' only when nothing is", () => {
    const asker = locality({ id: "JP-03", tier: "prefecture" });
    const outflow = locality({
      id: "TH-31",
      challenges: [
        fact("Out-migration of working-age people leaves the elderly and children in villages", ["labour-outflow"]),
      ],
    });
    const silent = locality({ id: "TH-32", challenges: [fact("Drought on rain-fed farms", ["drought"])] });
    const firstReason = (candidate: Locality) => {
      const catalog = catalogOf([asker, candidate]);
      const focus = focusOf(catalog, ["labour-outflow"]);
      const pair = scorePair(catalog, profileOf(catalog, asker), profileOf(catalog, candidate), focus, DEFAULT_WEIGHTS);
      return explainFindings(catalog, pair.outcomes, pair.a, pair.b, pair.focus)[0]?.reason;
    };
    expect(firstReason(outflow)?.en).toMatch(/^TH-31 has Workers leaving on record: .Out-migration/);
    expect(firstReason(outflow)?.th).not.toContain("ไม่มีข้อมูล");
    expect(firstReason(silent)?.en).toMatch(/^Nothing is on record for TH-32 on Workers leaving/);
  });
});

describe("findings that count but are not said", () => {
  type Place = ReturnType<typeof locality>;
  const reasonsFor = (thai: Place, japanese: Place, others: Place[] = []) => {
    const catalog = catalogOf([thai, japanese, ...others]);
    const pair = scorePair(catalog, profileOf(catalog, thai), profileOf(catalog, japanese), NO_FOCUS, DEFAULT_WEIGHTS);
    return { pair, reasons: explainFindings(catalog, pair.outcomes, pair.a, pair.b, pair.focus) };
  };
  const industryOf = (id: string, text: string, issue: string, extra = {}) =>
    locality({ id, industries: [{ kind: "industry" as const, ...fact(text, [issue]) }], ...extra });

  it("does not call two different crops a similar industry, though the pair scores on them", () => {
    const coffee = industryOf("TH-57", "Arabica coffee", "tea-coffee");
    const rice = industryOf("JP-28", "Rice paddies", "rice");
    const { pair, reasons } = reasonsFor(coffee, rice);
    expect(pair.criteria.industry).toBeGreaterThan(0);
    expect(reasons.some(({ reason }) => reason.en.startsWith("Both have industry in"))).toBe(false);
    const sameCrop = reasonsFor(industryOf("TH-57", "Jasmine rice", "rice"), rice).reasons;
    expect(sameCrop.some(({ reason }) => reason.en.startsWith("Both have industry in Rice"))).toBe(true);
  });

  it("does not say a broad field is shared when only one side is tagged with it (cabbages and 'crops')", () => {
    const cabbage = industryOf("JP-10", "Highland cabbage", "vegetables");
    const crops = industryOf("TH-39", "Rubber plantations and other crops", "agriculture");
    const { pair, reasons } = reasonsFor(crops, cabbage);
    expect(pair.criteria.industry).toBeGreaterThan(0);
    expect(reasons.some(({ reason }) => reason.en.startsWith("Both have industry in"))).toBe(false);
    const farming = industryOf("JP-10", "Mixed farming of many crops", "agriculture");
    expect(
      reasonsFor(crops, farming).reasons.some(({ reason }) =>
        reason.en.startsWith("Both have industry in Farming and crops"),
      ),
    ).toBe(true);
  });

  it("does not call drought on one side and earthquakes on the other a shared global-agenda record", () => {
    const drought = locality({ id: "TH-44", challenges: [fact("Drought and saline soils", ["drought"])] });
    const quakes = locality({ id: "JP-18", challenges: [fact("Earthquake risk", ["earthquakes-tsunami"])] });
    const { pair, reasons } = reasonsFor(drought, quakes);
    expect(pair.criteria.globalAgenda).toBeGreaterThan(0);
    expect(reasons.some(({ reason }) => reason.criterion === "globalAgenda")).toBe(false);
    const floods = (id: string) => locality({ id, challenges: [fact("River floods", ["floods"])] });
    expect(
      reasonsFor(floods("TH-44"), floods("JP-18")).reasons.some(({ reason }) => reason.criterion === "globalAgenda"),
    ).toBe(true);
  });

  it("says a global-agenda record held by a place's institutions is work in the place, not the government's", () => {
    const forest = (id: string, by?: "hosted") =>
      locality({
        id,
        strengths: [{ ...fact("Forest restoration research", ["biodiversity"]), ...(by ? { by } : {}) }],
      });
    const globalOf = (a: Place, b: Place) =>
      reasonsFor(a, b).reasons.filter(({ reason }) => reason.criterion === "globalAgenda");
    const [own] = globalOf(forest("TH-50"), forest("JP-25"));
    expect(own?.reason.en).toMatch(/^Both have a record on /);
    const [hosted] = globalOf(forest("TH-50", "hosted"), forest("JP-25"));
    expect(hosted?.reason.en).toMatch(/^Work on .*, a global-agenda issue, is on record in both places: /);
    expect(hosted?.reason.th).toContain("ในทั้งสองพื้นที่");
    expect(hosted?.reason.ja).toContain("両地域とも");
  });

  it("does not say a partner's work on a narrower field is work on the programme's broad one", () => {
    const eec = locality({
      id: "TH-20",
      designations: [{ id: "th-eec", source: "gk:high", issues: PROGRAMME_FIELDS }],
    });
    const shipyards = industryOf("JP-37", "Shipyards at Sakaide", "machinery");
    const carPlants = industryOf("JP-23", "Car plants", "automotive");
    const fits = (japanese: Place) =>
      reasonsFor(eec, japanese).reasons.filter(({ finding }) => finding.kind === "fits-national-programme");
    expect(reasonsFor(eec, shipyards).pair.criteria.nationalPolicy).toBeGreaterThan(0);
    expect(fits(shipyards)).toEqual([]);
    expect(fits(carPlants)[0]?.reason.en).toContain("Automotive");
    // Car plants are the place's industry, not its government's own work on the programme.
    expect(fits(carPlants)[0]?.reason.en).toContain("a field in which JP-23 has industry:");
    expect(fits(carPlants)[0]?.reason.en).not.toContain("work of its own");
  });

  it("does not call Bangkok and a prefecture of equal rank: the MOI pairs a capital only with a capital", () => {
    const bangkok = locality({ id: "TH-10", tier: "capital" });
    const province = locality({ id: "TH-50", tier: "province" });
    const prefecture = locality({ id: "JP-40", tier: "prefecture" });
    const tokyo = locality({ id: "JP-13", tier: "prefecture" });
    const sentences = (thai: Place, japanese: Place) =>
      reasonsFor(thai, japanese).reasons.map(({ reason }) => reason.en);
    const saysEqual = (thai: Place, japanese: Place) =>
      sentences(thai, japanese).some(
        (en) => en.startsWith("Equal administrative rank") || en.includes("of equal rank."),
      );
    expect(saysEqual(province, prefecture)).toBe(true);
    expect(saysEqual(bangkok, prefecture)).toBe(false);
    expect(saysEqual(bangkok, tokyo)).toBe(true);
    expect(saysEqual(province, tokyo)).toBe(false);
    expect(sentences(province, tokyo)).toContainEqual(
      expect.stringMatching(/are not of equal rank for a sister-city tie, which the MOI allows a capital only/),
    );
    expect(sentences(bangkok, prefecture)).toContainEqual(
      expect.stringMatching(/are not of equal rank for a sister-city tie, which the MOI allows a capital only/),
    );
  });

  it("claims equal rank only between local governments, never for a district", () => {
    const province = locality({ id: "TH-57" });
    const town = locality({ id: "JP-21401", tier: "town", parent: "JP-21" });
    const prefecture = locality({ id: "JP-21" });
    const district = locality({ id: "TH-57-mae-suai", tier: "district", parent: "TH-57" });
    const municipality = locality({ id: "TH-57-wiang", tier: "town-municipality", parent: "TH-57" });
    const said = (thai: Place) =>
      reasonsFor(thai, town, [province, prefecture]).reasons.some(({ reason }) =>
        reason.en.startsWith("Equal administrative rank"),
      );
    expect(said(municipality)).toBe(true);
    expect(said(district)).toBe(false);
  });
});

describe("work by a place's private bodies said to be theirs, not its government's", () => {
  type Place = ReturnType<typeof locality>;
  type By = FactActor | undefined;
  const PRIVATE = { en: "(firms, clubs or associations)", th: "ภาคเอกชนจาก", ja: "の民間（企業・クラブ・団体）" };
  const HOSTED = {
    en: "(universities, research institutes, national agencies or international bodies)",
    th: "สถาบันที่ตั้งอยู่ใน",
    ja: "に拠点を置く機関（大学・研究機関・国の機関・国際機関）",
  };
  /** The private-bodies wording of a case, said of institutions located in the place instead. */
  const asHosted = (text: string) =>
    text.replace(
      /([Bb])odies from (\S+) \(firms, clubs or associations\)/,
      (_, b: string, place: string) =>
        `${b === "B" ? "I" : "i"}nstitutions based in ${place} (universities, research institutes, national agencies or international bodies)`,
    );
  const MUNICIPAL = { th: "องค์กรปกครองส่วนท้องถิ่นแห่งหนึ่งใน", ja: "内の自治体" };
  /** The private-bodies wording of a case, said of one of the place's municipalities instead. */
  const asMunicipal = (text: string) =>
    text
      .replace(
        /([Bb])odies from (\S+) \(firms, clubs or associations\) have/,
        (_, b: string, place: string) => `${b === "B" ? "A" : "a"} municipality in ${place} has`,
      )
      .replace("has work of their own", "has work of its own");
  /** Every sentence the pair's findings make, whether or not it would be among the first five. */
  const sentencesOf = (places: Place[], a: string, b: string, asked: string[] = []) => {
    const catalog = catalogOf(places);
    const focus: Focus = asked.length ? focusOf(catalog, asked) : NO_FOCUS;
    const placeOf = (id: string) => catalog.localities.get(id) ?? locality({ id });
    const pair = scorePair(
      catalog,
      profileOf(catalog, placeOf(a)),
      profileOf(catalog, placeOf(b)),
      focus,
      DEFAULT_WEIGHTS,
    );
    return pair.outcomes.flatMap((outcome) =>
      outcome.facts.flatMap((finding) => {
        const reason = reasonFor(catalog, outcome.criterion, finding, pair.a, pair.b, pair.focus);
        return reason ? [reason] : [];
      }),
    );
  };
  const withBy = <T extends object>(item: T, by: By) => (by ? { ...item, by } : item);
  const offer = (id: string, by: By) =>
    locality({ id, strengths: [withBy(fact("Its volunteers restore community forests", ["forestry"]), by)] });
  const tie = (id: string, by: By) =>
    locality({
      id,
      strengths: [
        withBy(
          { ...fact("Its Rotary clubs run a waste project with a Thai town", ["waste"]), kind: "relation" as const },
          by,
        ),
      ],
    });
  const problem = (id: string, issue: string) => locality({ id, challenges: [fact("A problem it faces", [issue])] });
  const wish = (id: string, issue: string) =>
    locality({ id, challenges: [{ ...fact("Wants cooperation in the field", [issue]), kind: "need" as const }] });

  const cases: Array<{
    variant: string;
    sentences: (by: By) => ReturnType<typeof sentencesOf>;
    saidBy: string;
    saidOf: string;
  }> = [
    {
      variant: "offer-meets-need",
      sentences: (by) => sentencesOf([offer("TH-50", by), problem("JP-24", "forestry")], "JP-24", "TH-50"),
      saidBy: "JP-24 has a problem and bodies from TH-50 (firms, clubs or associations) have something to offer",
      saidOf: "JP-24 has a problem and TH-50 has something to offer",
    },
    {
      variant: "offer-meets-need.wish",
      sentences: (by) => sentencesOf([offer("TH-50", by), wish("JP-24", "forestry")], "JP-24", "TH-50"),
      saidBy: "JP-24 wants cooperation and bodies from TH-50 (firms, clubs or associations) have something to offer",
      saidOf: "JP-24 wants cooperation and TH-50 has something to offer",
    },
    {
      variant: "offer-for-partner",
      sentences: (by) => sentencesOf([offer("TH-50", by), problem("JP-24", "forestry")], "TH-50", "JP-24"),
      saidBy: "JP-24 has a problem and bodies from TH-50 (firms, clubs or associations) have something to offer",
      saidOf: "JP-24 has a problem and TH-50 has something to offer",
    },
    {
      variant: "offer-for-partner.wish",
      sentences: (by) => sentencesOf([offer("TH-50", by), wish("JP-24", "forestry")], "TH-50", "JP-24"),
      saidBy: "JP-24 wants cooperation and bodies from TH-50 (firms, clubs or associations) have something to offer",
      saidOf: "JP-24 wants cooperation and TH-50 has something to offer",
    },
    {
      variant: "experience-meets-need",
      sentences: (by) => sentencesOf([tie("JP-17", by), problem("TH-80", "waste")], "TH-80", "JP-17"),
      saidBy:
        "Bodies from JP-17 (firms, clubs or associations) have worked with partners on Waste management and recycling, which TH-80 has to deal with",
      saidOf: "JP-17 has worked with partners on Waste management and recycling, which TH-80 has to deal with",
    },
    {
      variant: "experience-meets-need.wish",
      sentences: (by) => sentencesOf([tie("JP-17", by), wish("TH-80", "waste")], "TH-80", "JP-17"),
      saidBy:
        "Bodies from JP-17 (firms, clubs or associations) have worked with partners on Waste management and recycling, on which TH-80 wants",
      saidOf: "JP-17 has worked with partners on Waste management and recycling, on which TH-80 wants",
    },
    {
      variant: "experience-for-partner",
      sentences: (by) => sentencesOf([tie("JP-17", by), problem("TH-80", "waste")], "JP-17", "TH-80"),
      saidBy:
        "Bodies from JP-17 (firms, clubs or associations) have worked with partners on Waste management and recycling, which TH-80 has to deal with",
      saidOf: "JP-17 has worked with partners on Waste management and recycling, which TH-80 has to deal with",
    },
    {
      variant: "experience-for-partner.wish",
      sentences: (by) => sentencesOf([tie("JP-17", by), wish("TH-80", "waste")], "JP-17", "TH-80"),
      saidBy:
        "Bodies from JP-17 (firms, clubs or associations) have worked with partners on Waste management and recycling, on which TH-80 wants",
      saidOf: "JP-17 has worked with partners on Waste management and recycling, on which TH-80 wants",
    },
    {
      variant: "track-record",
      sentences: (by) => sentencesOf([tie("JP-17", by), locality({ id: "TH-80" })], "TH-80", "JP-17", ["waste"]),
      saidBy: "Bodies from JP-17 (firms, clubs or associations) have worked with partners on Waste",
      saidOf: "JP-17 has worked with partners on Waste",
    },
    {
      variant: "offers-focus",
      sentences: (by) => sentencesOf([offer("TH-50", by), locality({ id: "JP-24" })], "JP-24", "TH-50", ["forestry"]),
      saidBy: "Bodies from TH-50 (firms, clubs or associations) have a strength in Forestry",
      saidOf: "TH-50 has a strength in Forestry",
    },
    {
      variant: "fits-national-programme",
      sentences: (by) =>
        sentencesOf(
          [
            locality({ id: "TH-20", designations: [{ id: "th-eec", source: "gk:high", issues: PROGRAMME_FIELDS }] }),
            locality({
              id: "JP-23",
              strengths: [withBy(fact("Its firms train Thai car-parts makers", ["automotive"]), by)],
            }),
          ],
          "TH-20",
          "JP-23",
        ),
      saidBy: "a field in which bodies from JP-23 (firms, clubs or associations) have work of their own",
      saidOf: "a field in which JP-23 has work of its own",
    },
  ];

  it("says a link documented by private bodies is theirs", () => {
    const branch = (by: By) =>
      locality({
        id: "JP-24",
        strengths: [
          withBy(
            { ...fact("A firm of ours opened a branch in TH-40", ["agriculture"]), kind: "relation" as const },
            by,
          ),
        ],
      });
    const links = (by: By) =>
      sentencesOf([branch(by), locality({ id: "TH-40" })], "TH-40", "JP-24").filter(
        (reason) => reason.criterion === "historyCulture",
      );
    const [byFirm] = links("private");
    expect(byFirm?.en).toMatch(
      /^A documented link between TH-40 and JP-24 through private bodies \(firms, clubs or associations\)/,
    );
    expect(byFirm?.th).toContain("ผ่านภาคเอกชน");
    expect(byFirm?.ja).toContain("民間（企業・クラブ・団体）を通じた");
    const [byGovernment] = links(undefined);
    expect(byGovernment?.en).toMatch(/^A documented link between TH-40 and JP-24: /);
  });

  it.each(cases)("$variant: says who did the work when private bodies did it", ({ sentences, saidBy, saidOf }) => {
    const byPrivate = sentences("private");
    const byGovernment = sentences(undefined);
    const said = byPrivate.find((reason) => reason.en.includes(saidBy));
    expect(said?.en).toContain(PRIVATE.en);
    expect(said?.th).toContain(PRIVATE.th);
    expect(said?.ja).toContain(PRIVATE.ja);
    expect(byPrivate.some((reason) => reason.en.includes(saidOf))).toBe(false);
    expect(byGovernment.some((reason) => reason.en.includes(saidOf))).toBe(true);
    expect(
      byGovernment.some((reason) =>
        [reason.en, reason.th, reason.ja].some(
          (text) => text.includes(PRIVATE.th) || text.includes(PRIVATE.en) || text.includes(PRIVATE.ja),
        ),
      ),
    ).toBe(false);
  });

  it.each(cases)(
    "$variant: says a municipality there did the work when the fact is one of its municipalities'",
    ({ sentences, saidBy, saidOf }) => {
      const byMunicipality = sentences("municipal");
      const said = byMunicipality.find((reason) => reason.en.includes(asMunicipal(saidBy)));
      expect(asMunicipal(saidBy)).not.toBe(saidBy);
      expect(said?.th).toContain(MUNICIPAL.th);
      expect(said?.ja).toContain(MUNICIPAL.ja);
      // "A municipality in JP-17 has worked …" contains "JP-17 has worked …": only a bare one counts.
      const bare = (en: string) => en.replaceAll(`municipality in ${saidOf}`, "");
      expect(byMunicipality.some((reason) => bare(reason.en).includes(saidOf))).toBe(false);
      expect(
        byMunicipality.some((reason) =>
          [reason.en, reason.th, reason.ja].some((text) => text.includes(PRIVATE.th) || text.includes(HOSTED.ja)),
        ),
      ).toBe(false);
    },
  );

  it.each(cases)(
    "$variant: says who did the work when an institution located there did it",
    ({ sentences, saidBy, saidOf }) => {
      const byHosted = sentences("hosted");
      const said = byHosted.find((reason) => reason.en.includes(asHosted(saidBy)));
      expect(asHosted(saidBy)).not.toBe(saidBy);
      expect(said?.en).toContain(HOSTED.en);
      expect(said?.th).toContain(HOSTED.th);
      expect(said?.ja).toContain(HOSTED.ja);
      expect(byHosted.some((reason) => reason.en.includes(saidOf))).toBe(false);
      expect(
        byHosted.some((reason) =>
          [reason.en, reason.th, reason.ja].some((text) => text.includes(PRIVATE.th) || text.includes(PRIVATE.ja)),
        ),
      ).toBe(false);
    },
  );
});
