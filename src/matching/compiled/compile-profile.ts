import type { Catalog } from "../../catalog/catalog.ts";
import { GEOGRAPHY_KINDS } from "../../domain/locality.ts";
import { citedParties } from "../../domain/relation.ts";
import { signingVerdict } from "../../domain/rules/signing.ts";
import { tierLevel } from "../../domain/rules/tier-rank.ts";
import { agendaOf } from "../criteria/global-agenda.ts";
import { traditions } from "../criteria/history-culture.ts";
import { canBeMarket, meetsOn } from "../criteria/issue-fit.ts";
import { nationalPolicies } from "../criteria/national-policy.ts";
import { AGENCY_TIE_TYPES, familyOf, OFFICE_TYPES, STATUS_VALUE, thaiAgencyOf } from "../criteria/ties-access.ts";
import { NO_FOCUS } from "../focus.ts";
import type { IssueIndex, Profile } from "../profile.ts";
import { askerWordsOf, candidateWordsOf } from "./interactions.ts";
import type { IssueTables } from "./issue-tables.ts";
import type { Meets } from "./meets.ts";
import { ownRowOf } from "./tag-sets.ts";

/**
 * A profile in numbers. Ordered tag lists keep the reference's Map insertion order (which decides
 * which finding is kept and in what order floats are summed); dense per-issue arrays answer
 * "does the other side have this" in one read.
 */
export type CompiledProfile = {
  profile: Profile;
  id: string;
  /** Position of the id in `localeCompare` order: the reference's last tie-break. */
  idRank: number;
  isThai: boolean;
  isJapanese: boolean;
  tierLevel: number;
  /** 0 when unknown, as the reference's truthiness test reads it. */
  population: number;
  maySign: boolean;
  /**
   * Need tags in insertion order, with bit 1: a stated need (wish) and bit 2: a problem, after
   * `meetsOn`; bit 4: that wish, bit 8: that problem is a need for markets (tagged trade).
   */
  needTags: Int32Array;
  needFlags: Uint8Array;
  /** Per issue: how many offers (capped at 255), and whether one of them can meet a need there. */
  offers: Uint8Array;
  offersGiven: Uint8Array;
  /**
   * Whether its offers, strengths and ties on trade hold a market (issue-fit.ts `canBeMarket`):
   * only such a fact meets a need for markets on trade itself.
   */
  tradeMarket: readonly [boolean, boolean, boolean];
  /** Any offer, strength, tie or record at all: a profile with none meets no need. */
  offersSomething: boolean;
  strengths: Uint8Array;
  ties: Uint8Array;
  records: Uint8Array;
  problemTags: Int32Array;
  problems: Uint8Array;
  industryTags: Int32Array;
  /** Its industry tags that are sectors (industry.ts `isSectorIn`), in order: the only ones the criterion counts. */
  sectorTags: Int32Array;
  industries: Uint8Array;
  agendaTags: Int32Array;
  agenda: Uint8Array;
  traditionTags: Int32Array;
  traditions: Uint8Array;
  /** Geography kinds (indexes of GEOGRAPHY_KINDS) in insertion order, and as a bitmask. */
  geoKinds: Int32Array;
  geoMask: number;
  /** Its geography kinds in order, interned: profiles with the same one score the same with any asker. */
  geoSignature: number;
  /** National policies: the designation's fact key (interned) and its tags in order. */
  policies: Array<{ key: number; tags: Int32Array }>;
  /** Per issue: the first national-policy fact / first offer on it (interned key), or -1. */
  policyFirst: Int32Array;
  policyPresent: Uint8Array;
  offerFirst: Int32Array;
  /** Indexes of the compiled profiles whose locality this one's facts name, and of those that name it. */
  names: Int32Array;
  namedBy: Int32Array;
  distinctiveness: number;
  family: ReadonlySet<string>;
  /**
   * Relations it is a party to (offices left out), as: every other party → the highest status
   * value of a relation the two share. A pair's tie is then a few look-ups over the other's family.
   */
  reach: ReadonlyMap<string, number>;
  /** `reach.size`, read for every pair: a number on the profile, not a field of a Map elsewhere. */
  reachSize: number;
  /** `reach` for the parties that are compiled profiles, as indexes and statuses (asker-marks.ts). */
  reachTo: Int32Array;
  reachStrength: Float64Array;
  /**
   * Its family other than itself, as indexes; `kinOutside` if a member is no compiled profile
   * (a parent outside the catalog), where ties are looked up by id as before.
   */
  kin: Int32Array;
  kinOutside: boolean;
  hasOffice: boolean;
  hasAgencyTie: boolean;
  accessBonus: number;
  /** What it can meet as the other side of a pair (meets.ts), built on first use. */
  meets?: Meets | undefined;
  /** Its own tags per criterion as bitsets, the `own` row of interactions.ts. */
  own: Uint32Array;
  /** The nonzero words of `own`, as an asker's and as a candidate's (interactions.ts). */
  askerWords: Int32Array;
  candidateWords: Int32Array;
};

const counts = (tables: IssueTables, index: IssueIndex, cap = 255): Uint8Array => {
  const array = new Uint8Array(tables.names.length);
  for (const [tag, list] of index) {
    const id = tables.ids.get(tag);
    if (id !== undefined) array[id] = Math.min(list.length, cap);
  }
  return array;
};

const tagsOf = (tables: IssueTables, keys: Iterable<string>): Int32Array =>
  Int32Array.from(keys, (tag) => tables.ids.get(tag) ?? -1);

export const compileProfile = (
  catalog: Catalog,
  tables: IssueTables,
  profile: Profile,
  keyOf: (key: string) => number,
  signatureOf: (key: string) => number,
): CompiledProfile => {
  const size = tables.names.length;
  const { locality } = profile;
  const context = { catalog, focus: NO_FOCUS };
  const needTags: number[] = [];
  const needFlags: number[] = [];
  for (const [tag, all] of profile.needs) {
    const needs = all.filter((need) => meetsOn(context, need, tag));
    needTags.push(tables.ids.get(tag) ?? -1);
    const wish = needs.find((need) => need.kind === "need");
    const problem = needs.find((need) => need.kind === "challenge");
    needFlags.push(
      (wish ? 1 : 0) |
        (problem ? 2 : 0) |
        (wish?.issues.includes("trade") ? 4 : 0) |
        (problem?.issues.includes("trade") ? 8 : 0),
    );
  }
  const offersGiven = new Uint8Array(size);
  const offerFirst = new Int32Array(size).fill(-1);
  for (const [tag, list] of profile.offers) {
    const id = tables.ids.get(tag);
    if (id === undefined) continue;
    offersGiven[id] = list.some((evidence) => evidence.kind !== "industry" || tables.industryMeets[id] === 1) ? 1 : 0;
    const first = list[0];
    if (first) offerFirst[id] = keyOf(first.key);
  }
  const agenda = agendaOf(catalog, profile);
  const traditionIndex = traditions(catalog, profile);
  const geoKinds = Int32Array.from(profile.geography.keys(), (kind) => GEOGRAPHY_KINDS.indexOf(kind));
  const policyFacts = nationalPolicies(profile);
  const policyFirst = new Int32Array(size).fill(-1);
  for (const evidence of policyFacts)
    for (const tag of evidence.issues) {
      const id = tables.ids.get(tag);
      if (id !== undefined && policyFirst[id] === -1) policyFirst[id] = keyOf(evidence.key);
    }
  const flight = locality.access.findIndex((item) => item.kind === "direct-flight");
  const airport = locality.access.findIndex(
    (item) => item.kind === "airport" && /international|国際|นานาชาติ/i.test(item.text.en + item.text.ja + item.text.th),
  );
  const access = profile.access[flight >= 0 ? flight : airport];
  const reach = reachOf(profile);
  const compiled: CompiledProfile = {
    profile,
    id: locality.id,
    idRank: 0,
    isThai: locality.country === "TH",
    isJapanese: locality.country === "JP",
    tierLevel: tierLevel(locality.tier),
    population: locality.population?.value || 0,
    maySign: signingVerdict(locality.tier).maySign,
    needTags: Int32Array.from(needTags),
    needFlags: Uint8Array.from(needFlags),
    offers: counts(tables, profile.offers),
    offersGiven,
    tradeMarket: [profile.offers, profile.strengths, profile.ties].map(
      (index) =>
        index
          .get("trade")
          ?.some(
            (evidence) =>
              (evidence.kind !== "industry" || tables.industryMeets[tables.ids.get("trade") ?? -1] === 1) &&
              canBeMarket(context, evidence),
          ) ?? false,
    ) as [boolean, boolean, boolean],
    offersSomething: profile.offers.size + profile.strengths.size + profile.ties.size + profile.records.size > 0,
    strengths: counts(tables, profile.strengths),
    ties: counts(tables, profile.ties),
    records: counts(tables, profile.records),
    problemTags: tagsOf(tables, profile.problems.keys()),
    problems: counts(tables, profile.problems),
    industryTags: tagsOf(tables, profile.industries.keys()),
    sectorTags: tagsOf(tables, profile.industries.keys()).filter((tag) => tables.isSector[tag] === 1),
    industries: counts(tables, profile.industries),
    agendaTags: tagsOf(tables, agenda.keys()),
    agenda: counts(tables, agenda),
    traditionTags: tagsOf(tables, traditionIndex.keys()),
    traditions: counts(tables, new Map([...traditionIndex].map(([tag, evidence]) => [tag, [evidence]]))),
    geoKinds,
    geoMask: geoKinds.reduce((mask, kind) => mask | (1 << kind), 0),
    geoSignature: signatureOf(geoKinds.join(",")),
    policies: policyFacts.map((evidence) => ({ key: keyOf(evidence.key), tags: tagsOf(tables, evidence.issues) })),
    policyFirst,
    policyPresent: Uint8Array.from(policyFirst, (key) => (key >= 0 ? 1 : 0)),
    offerFirst,
    // Filled in once every profile has its index (compileCatalog).
    names: new Int32Array(),
    namedBy: new Int32Array(),
    distinctiveness: 1,
    family: familyOf(catalog, profile),
    reach,
    reachSize: reach.size,
    // Filled in once every profile has its index (compileCatalog).
    reachTo: new Int32Array(),
    reachStrength: new Float64Array(),
    kin: new Int32Array(),
    kinOutside: false,
    hasOffice: profile.relations.some(
      (relation) => OFFICE_TYPES.has(relation.type) && relation.parties[0] === locality.id,
    ),
    hasAgencyTie: profile.relations.some(
      (relation) => AGENCY_TIE_TYPES.has(relation.type) && thaiAgencyOf(catalog, relation) !== undefined,
    ),
    accessBonus: access ? (flight >= 0 ? 0.15 : 0.05) : 0,
    // Present from the start, so every compiled profile keeps one shape when it is filled in.
    meets: undefined,
    own: new Uint32Array(),
    askerWords: new Int32Array(),
    candidateWords: new Int32Array(),
  };
  compiled.own = ownRowOf(tables, compiled);
  compiled.askerWords = askerWordsOf(compiled.own);
  compiled.candidateWords = candidateWordsOf(compiled.own);
  return compiled;
};

const reachOf = (profile: Profile): Map<string, number> => {
  const reach = new Map<string, number>();
  for (const relation of profile.relations) {
    if (OFFICE_TYPES.has(relation.type)) continue;
    const strength = STATUS_VALUE[relation.status];
    for (const party of citedParties(relation)) reach.set(party, Math.max(reach.get(party) ?? 0, strength));
  }
  return reach;
};
