import { describe, expect, it } from "vitest";
import { fact, locality, vocabulary } from "../../tests/support/catalog-builder.ts";
import type { Locality } from "../domain/locality.ts";
import type { RecordLocation } from "./reference-data.ts";
import { checkTags } from "./tag-check.ts";

const { issues, designations, datasets } = vocabulary();
const here: RecordLocation = { file: "localities/test.yaml", lineOf: () => 1 };

const problemsOf = (subject: Locality) =>
  checkTags(
    { issues, designations, datasets, localities: [subject], organisations: [], relations: [], needsOffers: [] },
    new Map([[`localities:${subject.id}`, here]]),
  ).map((problem) => `${problem.field}: ${problem.message}`);

describe("the tag and kind check of data check", () => {
  it("finds a wish or a problem filed as an industry", () => {
    const wish = { kind: "speciality" as const, ...fact("Fruit, which the prefecture wants to export", ["fruit"]) };
    expect(problemsOf(locality({ id: "JP-05", industries: [wish] }))).toEqual([
      "industries.0.text: a wish or a problem filed as an industry: move it to challenges (kind: need if a wish)",
    ]);
  });

  it("finds the locality's own wish filed as a strength, but not a partner's wish it records", () => {
    const own = fact("The prefecture wants Thai athletes to train here", ["sport"]);
    const partner = fact("Kanazawa crafts; Chiang Mai wanted to learn packaging from it", ["handicrafts"]);
    expect(problemsOf(locality({ id: "JP-05", strengths: [own, partner] }))).toEqual([
      "strengths.0.text: a wish filed as a strength: a wish is a need of the side that voiced it",
    ]);
  });

  it("asks for kind: need on a wish filed as a problem, and accepts it once declared", () => {
    const wish = fact("Wants more business matching with Thai firms", ["smes-startups"]);
    expect(problemsOf(locality({ id: "JP-05", challenges: [wish] }))).toEqual([
      "challenges.0.text: a wish filed as a problem: declare kind: need",
    ]);
    expect(problemsOf(locality({ id: "JP-05", challenges: [{ ...wish, kind: "need" }] }))).toEqual([]);
  });

  it("finds a kind that does not belong in its list: a wish among strengths, an office among heritage", () => {
    const wish = { ...fact("Shared goal of both tea communities", ["tea-coffee"]), kind: "need" as const };
    const office = {
      ...fact("Seat of the Royal Thai Consulate-General", ["local-governance"]),
      kind: "office" as const,
    };
    expect(problemsOf(locality({ id: "JP-39", strengths: [wish], heritage: [office] }))).toEqual([
      'strengths.0.kind: kind "need" does not belong in strengths (offer, designation, relation, office, event)',
      'heritage.0.kind: kind "office" does not belong in heritage (heritage, relation, event)',
    ]);
    expect(problemsOf(locality({ id: "JP-39", challenges: [wish], strengths: [office] }))).toEqual([]);
  });

  it("accepts by: private on work (a tie, an offer) and finds it on a problem or a heritage site", () => {
    const rotary = {
      ...fact("Rotary clubs from the prefecture plant mangroves in Thailand", ["mangroves"]),
      kind: "relation" as const,
      by: "private" as const,
    };
    const offer = {
      ...fact("Its NGOs train ASEAN cities in water management", ["wastewater"]),
      by: "private" as const,
    };
    const problem = { ...fact("Mangroves are being cleared", ["mangroves"]), by: "private" as const };
    const site = { ...fact("A castle town", ["heritage"]), by: "private" as const };
    expect(problemsOf(locality({ id: "JP-17", strengths: [rotary, offer] }))).toEqual([]);
    expect(problemsOf(locality({ id: "JP-17", challenges: [problem], heritage: [site] }))).toEqual([
      "challenges.0.by: by: private says who did the work, and a challenge is not work (offer, relation, event, office)",
      "heritage.0.by: by: private says who did the work, and a heritage is not work (offer, relation, event, office)",
    ]);
  });

  it("finds history or heritage tagged as global agenda, and a root used as a tag", () => {
    const samurai = fact("A samurai served the Ayutthaya court in the 17th century", [
      "historical-links",
      "low-carbon-city",
    ]);
    const rooted = fact("Environmental work", ["environment"]);
    expect(problemsOf(locality({ id: "JP-22", heritage: [samurai], strengths: [rooted] }))).toEqual([
      'strengths.0.issues.0: "environment" is a root: tag the issue it is about',
      "heritage.0.issues: history or heritage tagged as global agenda (low-carbon-city)",
    ]);
  });

  it("finds a cultural tag the text does not bear out: a motor race is not a festival, a shrine not Buddhism", () => {
    const race = fact("Suzuka hosts the Formula 1 Japanese Grand Prix", ["festivals"]);
    const shrine = fact("Ise Grand Shrine, Japan's most sacred Shinto shrine", ["buddhism", "shinto"]);
    const temple = fact("Todai-ji and its Great Buddha", ["buddhism"]);
    expect(problemsOf(locality({ id: "JP-24", heritage: [race, shrine, temple] }))).toEqual([
      'heritage.0.issues.0: tagged "festivals" but its text names no such thing',
      'heritage.1.issues.0: tagged "buddhism" but its text names no such thing',
    ]);
  });

  it("finds a dam lake called a lake", () => {
    const dam = {
      kind: "lake" as const,
      name: { th: "อ่างเก็บน้ำ", en: "Lam Pao Dam reservoir", ja: "ダム湖" },
      source: "gk:high",
    };
    const lake = { kind: "lake" as const, name: { th: "ทะเลสาบ", en: "Lake Biwa", ja: "琵琶湖" }, source: "gk:high" };
    expect(problemsOf(locality({ id: "TH-46", geography: [dam, lake] }))).toEqual([
      "geography.0.kind: a dam lake is a reservoir, not a lake",
    ]);
  });
});
