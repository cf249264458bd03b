import { describe, expect, it } from "vitest";
import { catalogOf, fact, locality, relation } from "../../../tests/support/catalog-builder.ts";
import type { Locality } from "../../domain/locality.ts";
import type { Relation } from "../../domain/relation.ts";
import { focusOf } from "../focus.ts";
import { profileOf } from "../profile.ts";
import type { MatchContext } from "./context.ts";
import { CRITERION_FNS } from "./index.ts";

const score = (
  criterion: keyof typeof CRITERION_FNS,
  a: Locality,
  b: Locality,
  options: { focus?: string[]; relations?: Relation[]; others?: Locality[] } = {},
) => {
  const catalog = catalogOf([a, b, ...(options.others ?? [])], options.relations ?? []);
  const context: MatchContext = { catalog, focus: focusOf(catalog, options.focus ?? []) };
  return CRITERION_FNS[criterion](profileOf(catalog, a), profileOf(catalog, b), context);
};

const thai = (extra: Partial<Locality> = {}) => locality({ id: "TH-21", ...extra });
const japan = (extra: Partial<Locality> = {}) => locality({ id: "JP-24", ...extra });

describe("issue fit", () => {
  const needsWaste = thai({
    challenges: [fact("Landfills are full", ["waste"])],
    strengths: [fact("Fruit orchards", ["agriculture"])],
  });
  const offersWaste = japan({ strengths: [fact("Eco-town recycling know-how", ["waste"])] });
  const mutual = japan({
    strengths: [fact("Eco-town recycling know-how", ["waste"])],
    challenges: [fact("Wants fruit imports", ["agriculture"])],
  });

  it("is zero when nothing needed is offered", () => {
    expect(score("issueFit", needsWaste, japan()).value).toBe(0);
  });

  it("rewards a need met, and rewards mutual benefit more than one-way help", () => {
    const oneWay = score("issueFit", needsWaste, offersWaste);
    const twoWay = score("issueFit", needsWaste, mutual);
    expect(oneWay.value).toBeGreaterThan(0);
    expect(twoWay.value).toBeGreaterThan(oneWay.value);
    expect(oneWay.facts[0]).toMatchObject({
      kind: "offer-meets-need",
      issue: "waste",
      detail: { direction: "b-helps-a" },
    });
    expect(twoWay.facts.map((finding) => finding.detail?.direction).sort()).toEqual(["a-helps-b", "b-helps-a"]);
  });

  it("meets a wish on a field by any part of it, a problem only by know-how on the field itself", () => {
    const fruitKnowHow = japan({ strengths: [fact("Premium fruit branding", ["fruit"])] });
    const wish = thai({ challenges: [{ ...fact("Wants farming cooperation", ["agriculture"]), kind: "need" }] });
    const problem = thai({ challenges: [fact("Poor rain-fed farms", ["agriculture"])] });
    expect(score("issueFit", wish, fruitKnowHow).facts[0]).toMatchObject({ kind: "offer-meets-need" });
    expect(score("issueFit", problem, fruitKnowHow).value).toBe(0);
  });

  it("meets a problem only by know-how on its own field, not on the whole area above it", () => {
    const generalKnowHow = japan({ strengths: [fact("Disaster-prevention technology", ["disasters"])] });
    const floodKnowHow = japan({ strengths: [fact("Underground flood-diversion channel", ["floods"])] });
    const floods = thai({ challenges: [fact("River floods every rainy season", ["floods"])] });
    const wish = thai({ challenges: [{ ...fact("Wants cooperation on flood prevention", ["floods"]), kind: "need" }] });
    expect(score("issueFit", floods, generalKnowHow).value).toBe(0);
    expect(score("issueFit", floods, floodKnowHow).facts[0]).toMatchObject({
      kind: "offer-meets-need",
      issue: "floods",
    });
    expect(score("issueFit", wish, generalKnowHow).facts[0]).toMatchObject({ kind: "offer-meets-need" });
  });
  it("never lets a tourism, investment or local-product industry meet a wish in its field: it is a rival there", () => {
    const wantsVisitors = japan({
      challenges: [{ ...fact("Wants more Thai visitors", ["tourism"]), kind: "need" }],
    });
    const temples = thai({ industries: [{ ...fact("Temple tourism", ["tourism"]), kind: "industry" }] });
    const knowHow = thai({ strengths: [fact("Runs a tourism-marketing academy for partner towns", ["tourism"])] });
    const trade = thai({ industries: [{ ...fact("Border trade gate", ["investment", "trade"]), kind: "industry" }] });
    const wantsInvestors = japan({ challenges: [{ ...fact("Wants Thai investment", ["investment"]), kind: "need" }] });
    expect(score("issueFit", wantsVisitors, temples).value).toBe(0);
    expect(score("issueFit", wantsInvestors, trade).value).toBe(0);
    expect(score("issueFit", wantsVisitors, knowHow).value).toBeGreaterThan(0);
    const wantsValueAdded = japan({
      challenges: [{ ...fact("Wants to add value to its tea locally", ["local-products"]), kind: "need" }],
    });
    const palmSugar = thai({ industries: [{ ...fact("Palm sugar", ["local-products"]), kind: "industry" }] });
    expect(score("issueFit", wantsValueAdded, palmSugar).value).toBe(0);
  });
  it("meets a wish for investors only on investment, never by the fields it names as where money should go", () => {
    const wantsInvestors = japan({
      challenges: [
        { ...fact("Wants Thai investment in food processing", ["investment", "food-processing"]), kind: "need" },
      ],
    });
    const shallots = thai({ strengths: [fact("Know-how in shallot processing", ["food-processing"])] });
    const investors = thai({ strengths: [fact("Thai firms investing abroad through the BOI", ["investment"])] });
    expect(score("issueFit", wantsInvestors, shallots).value).toBe(0);
    expect(score("issueFit", wantsInvestors, investors).value).toBeGreaterThan(0);
  });
  it("meets a wish for markets with a market, never with a seller of its own products", () => {
    const wantsMarkets = japan({
      challenges: [{ ...fact("Needs export markets for its peaches", ["trade", "fruit"]), kind: "need" }],
    });
    const exporter = thai({ strengths: [fact("Decades of banana exports to Japan", ["fruit", "trade"])] });
    const hub = thai({
      strengths: [fact("Capital and hub of the economy, with most importers", ["trade", "investment"])],
    });
    expect(score("issueFit", wantsMarkets, exporter).value).toBe(0);
    expect(score("issueFit", wantsMarkets, hub).facts[0]).toMatchObject({ kind: "offer-meets-need", issue: "trade" });
  });
  it("lets an industry meet a need only on a specific field", () => {
    const wish = thai({ challenges: [{ ...fact("Wants farming cooperation", ["agriculture"]), kind: "need" }] });
    const broad = japan({ industries: [{ ...fact("Suburban farming", ["agriculture"]), kind: "industry" }] });
    const specific = japan({ industries: [{ ...fact("Peach orchards", ["fruit"]), kind: "industry" }] });
    expect(score("issueFit", wish, broad).value).toBe(0);
    expect(score("issueFit", wish, specific).value).toBeGreaterThan(0);
  });

  it("looks only at the query's issue when there is one", () => {
    expect(score("issueFit", needsWaste, mutual, { focus: ["tourism"] }).value).toBe(0);
    expect(score("issueFit", needsWaste, mutual, { focus: ["waste"] }).facts.map((finding) => finding.issue)).toEqual([
      "waste",
    ]);
  });
});

describe("shared problems", () => {
  it("counts the same challenge on both sides", () => {
    const a = thai({ challenges: [fact("Ageing farmers", ["ageing-society"]), fact("Floods", ["disasters"])] });
    const b = japan({ challenges: [fact("Depopulation and ageing", ["ageing-society"])] });
    const result = score("sharedProblems", a, b);
    expect(result.value).toBeGreaterThan(0);
    expect(result.facts.map((finding) => finding.issue)).toEqual(["ageing-society"]);
    expect(score("sharedProblems", a, japan()).value).toBe(0);
  });

  it("weighs a rare shared problem above a common one: everyone is ageing, few face landslides", () => {
    const ageing = (id: string) => locality({ id, challenges: [fact("Ageing population", ["ageing-society"])] });
    const slopes = (id: string) => locality({ id, challenges: [fact("Landslides on steep slopes", ["landslides"])] });
    const others = ["JP-01", "JP-02", "JP-03", "TH-10", "TH-11", "TH-12"].map((id) => ageing(id));
    const common = score("sharedProblems", ageing("TH-21"), ageing("JP-24"), { others: [...others, slopes("JP-05")] });
    const rare = score("sharedProblems", slopes("TH-21"), slopes("JP-24"), { others: [...others, ageing("JP-05")] });
    expect(rare.value).toBeGreaterThan(common.value);
  });
  it("marks a problem and one under it as related, not the same (depopulation is not ageing)", () => {
    const ageing = thai({ challenges: [fact("Ageing farmers", ["ageing-society"])] });
    const shrinking = japan({ challenges: [fact("Population falling", ["depopulation"])] });
    const same = japan({ challenges: [fact("Ageing villages", ["ageing-society"])] });
    expect(score("sharedProblems", ageing, shrinking).facts[0]?.detail?.related).toBe(1);
    expect(score("sharedProblems", ageing, same).facts[0]?.detail?.related).toBeUndefined();
  });
});

describe("size and tier", () => {
  it("prefers equal rank and similar population", () => {
    const province = thai({ population: { value: 1_800_000, year: 2023, source: "gk:medium" } });
    const prefecture = japan({ population: { value: 1_770_000, year: 2020, source: "gk:medium" } });
    const village = locality({
      id: "JP-39344",
      tier: "town",
      parent: "JP-39",
      population: { value: 3_500, year: 2020, source: "gk:medium" },
    });
    expect(score("sizeTier", province, prefecture).value).toBeGreaterThan(0.95);
    expect(score("sizeTier", province, village, { others: [locality({ id: "JP-39" })] }).value).toBe(0);
  });
});

describe("geography", () => {
  it("weighs a shared lake above a shared plain", () => {
    const lake = { kind: "lake" as const, name: { th: "บึง", en: "Lake", ja: "湖" }, source: "gk:high" };
    const plain = { kind: "plain" as const, name: { th: "ที่ราบ", en: "Plain", ja: "平野" }, source: "gk:high" };
    const river = { kind: "river" as const, name: { th: "แม่น้ำ", en: "River", ja: "川" }, source: "gk:high" };
    const byLake = score("geography", thai({ geography: [lake, river] }), japan({ geography: [lake, plain] }));
    const byPlain = score("geography", thai({ geography: [plain, river] }), japan({ geography: [lake, plain] }));
    expect(byLake.value).toBeGreaterThan(byPlain.value);
    expect(byLake.facts[0]?.detail).toEqual({ geography: "lake" });
  });
});

describe("industry", () => {
  it("compares industries with industries only: a need is not an industry", () => {
    const a = thai({ challenges: [fact("Needs automation for SMEs", ["robotics-automation"])] });
    const b = japan({ industries: [{ kind: "industry", ...fact("Robot makers", ["robotics-automation"]) }] });
    expect(score("industry", a, b).value).toBe(0);
  });

  it("finds similar industry", () => {
    const auto = (id: string) =>
      locality({ id, industries: [{ kind: "industry", ...fact("Car plants", ["automotive"]) }] });
    expect(score("industry", auto("TH-21"), auto("JP-23")).value).toBe(1);
  });
});

describe("national policy and global agenda", () => {
  it("links a Thai national designation with the partner's offer on its issues", () => {
    const a = thai({ designations: [{ id: "th-smart-city", source: "gk:high" }] });
    const b = japan({ strengths: [fact("Smart-city platform", ["smart-city"])] });
    expect(score("nationalPolicy", a, b).value).toBeGreaterThan(0);
    expect(score("nationalPolicy", a, japan()).value).toBe(0);
  });

  it("counts global-agenda issues that both sides work on", () => {
    const a = thai({ challenges: [fact("Coastal erosion", ["marine-coastal"])] });
    const b = japan({ strengths: [fact("Mangrove replanting", ["marine-coastal"])] });
    expect(score("globalAgenda", a, b).value).toBeGreaterThan(0.9);
    expect(score("globalAgenda", a, japan({ strengths: [fact("Car plants", ["automotive"])] })).value).toBe(0);
  });
});

describe("history and culture", () => {
  it("finds a documented link that names the partner, in any language, by whole word", () => {
    const shizuoka = locality({ id: "JP-22", names: { th: "ชิซึโอกะ", en: "Shizuoka Prefecture", ja: "静岡県" } });
    const ayutthaya = thai({
      heritage: [{ ...fact("Yamada Nagamasa of Shizuoka served the Ayutthaya court", ["historical-links"]) }],
    });
    expect(score("historyCulture", ayutthaya, shizuoka).facts[0]).toMatchObject({ kind: "mentions-partner" });
    const rayong = locality({ id: "TH-21", names: { th: "ระยอง", en: "Rayong", ja: "ラヨーン県" } });
    const carMaker = locality({
      id: "JP-34",
      industries: [
        { kind: "industry", ...fact("Mazda produces in Thailand (AutoAlliance Thailand in Rayong)", ["automotive"]) },
      ],
    });
    const exchange = locality({
      id: "JP-34",
      heritage: [{ ...fact("Student exchange with Rayong since 1995", ["youth-exchange"]) }],
    });
    expect(score("historyCulture", carMaker, rayong).value).toBe(0);
    expect(score("historyCulture", exchange, rayong).facts[0]).toMatchObject({ kind: "mentions-partner" });
    const chiangRai = locality({ id: "TH-57", names: { th: "เชียงราย", en: "Chiang Rai", ja: "チェンライ県" } });
    const chiangRaiCity = locality({
      id: "TH-57-chiang-rai-city",
      tier: "city-municipality",
      parent: "TH-57",
      names: { th: "เทศบาลนครเชียงราย", en: "Chiang Rai City Municipality", ja: "チェンライ市" },
    });
    const maeSaiTie = locality({
      id: "JP-08207",
      tier: "city",
      heritage: [
        {
          ...fact("Sister-city MoU with Mae Sai Subdistrict Municipality, Chiang Rai", ["youth-exchange"]),
          text: {
            th: "บันทึกความเข้าใจเมืองพี่เมืองน้องกับเทศบาลตำบลแม่สาย จังหวัดเชียงราย",
            en: "Sister-city MoU with Mae Sai Subdistrict Municipality, Chiang Rai",
            ja: "チェンライ県メーサイ町とのMoU",
          },
        },
      ],
    });
    const cityTie = locality({
      id: "JP-08207",
      tier: "city",
      heritage: [{ ...fact("Student exchange with Chiang Rai City since 2015", ["youth-exchange"]) }],
    });
    const withCity = { others: [chiangRai] };
    expect(score("historyCulture", maeSaiTie, chiangRaiCity, withCity).value).toBe(0);
    expect(score("historyCulture", maeSaiTie, chiangRai, { others: [chiangRaiCity] }).value).toBeGreaterThan(0);
    expect(score("historyCulture", cityTie, chiangRaiCity, withCity).facts[0]).toMatchObject({
      kind: "mentions-partner",
    });
    const nara = locality({ id: "JP-29", names: { th: "นารา", en: "Nara Prefecture", ja: "奈良県" } });
    const narathiwat = thai({ strengths: [fact("Narathiwat batik", ["handicrafts"])] });
    expect(score("historyCulture", narathiwat, nara).value).toBe(0);
  });

  it("reads an English name only when it is written as one: a lower-case common word is not a link", () => {
    const udonThani = thai({
      id: "TH-41",
      names: { th: "อุดรธานี", en: "Udon Thani", ja: "ウドンタニ県", alt: ["Udon"] },
    });
    const noodles = japan({ challenges: [fact("Needs export outlets for udon and olives", ["trade"])] });
    const visit = japan({ challenges: [fact("Wants a study visit to Udon's lake", ["lakes-rivers"])] });
    expect(score("historyCulture", noodles, udonThani).value).toBe(0);
    expect(score("historyCulture", visit, udonThani).facts[0]).toMatchObject({ kind: "mentions-partner" });
  });
});

describe("ties and access", () => {
  const city = locality({ id: "TH-50-chiang-mai-city", tier: "city-municipality", parent: "TH-50" });
  const province = locality({ id: "TH-50" });
  const uozu = locality({ id: "JP-16204", tier: "city", parent: "JP-16" });
  const toyama = locality({ id: "JP-16" });
  const tie = relation({ id: "sister", parties: ["TH-50-chiang-mai-city", "JP-16204"], type: "sister-city" });

  it("counts a direct relation fully and one through the province less", () => {
    const others = [province, toyama];
    const direct = score("tiesAccess", city, uozu, { relations: [tie], others });
    const viaProvince = score("tiesAccess", province, uozu, { relations: [tie], others: [city, toyama] });
    expect(direct.value).toBe(1);
    expect(viaProvince.value).toBeCloseTo(0.6, 5);
    expect(score("tiesAccess", city, uozu, { others }).value).toBe(0);
  });

  it("weighs a lapsed relation less than an active one", () => {
    const lapsed = score("tiesAccess", city, uozu, {
      relations: [{ ...tie, status: "lapsed" }],
      others: [province, toyama],
    });
    expect(lapsed.value).toBeCloseTo(0.6, 5);
  });
});

describe("feasibility", () => {
  it("marks a municipality, which cannot sign since 2006, below a province", () => {
    const city = locality({ id: "TH-50-chiang-mai-city", tier: "city-municipality", parent: "TH-50" });
    const others = [locality({ id: "TH-50" })];
    expect(score("feasibility", thai(), japan()).value).toBe(1);
    const viaProvince = score("feasibility", city, locality({ id: "JP-16204", tier: "city", parent: "JP-16" }), {
      others: [...others, locality({ id: "JP-16" })],
    });
    expect(viaProvince.value).toBe(0.75);
    expect(viaProvince.facts[0]?.kind).toBe("signs-via-province");
  });
});
