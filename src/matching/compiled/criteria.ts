import * as locality from "../../domain/locality.ts";
import * as geographyCriterion from "../criteria/geography.ts";
import * as evidence from "../evidence.ts";
import * as focusModule from "../focus.ts";
import type { CompiledProfile } from "./compile.ts";
import * as meetsModule from "./meets.ts";
import type { Query } from "./query.ts";
import * as query from "./query.ts";

// Imported functions and constants are read once, into module constants: tsx, which runs the
// server and the benchmarks, compiles each module to CommonJS, where every use of an imported
// name inside a function is a call through a shared, megamorphic getter (10–15 ns, more than the
// arithmetic around it). The hot loops below use them millions of times per national ranking.
const { GEOGRAPHY_KINDS } = locality;
const { KIND_WEIGHT } = geographyCriterion;
const { clamp01, saturate } = evidence;
const { SIBLING_WEIGHT } = focusModule;
const { meetsOf } = meetsModule;
const { clearBest, levelWeight, offerBest, seen, sortDescending } = query;

/**
 * The criteria of criteria/*.ts, values only. Each mirrors its reference line by line where the
 * order of float operations or the choice of the kept finding depends on it (first match of a
 * `meeting` list, first-kept per shared issue, sums in the order the reference sums);
 * tests/compiled-equivalence-*.test.ts is what proves they agree. A change to a reference
 * criterion must be repeated here.
 */
export { issueFit } from "./issue-fit.ts";
export { nationalPolicy } from "./national-policy.ts";
export { newQuery } from "./query.ts";

export const sharedProblems = (q: Query, a: CompiledProfile, b: CompiledProfile): number => {
  if (a.problemTags.length === 0 || b.problemTags.length === 0) return 0;
  let found = 0;
  const first = meetsOf(q.tables, b).problems;
  for (const tag of a.problemTags) {
    const list = q.tables.meetNarrow[tag];
    const k = first[tag] ?? -1;
    if (!list || k < 0) continue;
    const shared = list[k + 1] ?? 0;
    const level = q.focus.levels[shared] ?? 0;
    if (level === 0 || q.slot[shared] !== -1) continue;
    offerBest(q, shared, 0, level);
    seen(q, level);
    q.sorted[found++] = levelWeight(level) * (q.tables.problemRarity[shared] ?? 1);
  }
  clearBest(q);
  // The reference sums its findings sorted heaviest first.
  sortDescending(q.sorted, found);
  let count = 0;
  for (let index = 0; index < found; index++) count += q.sorted[index] ?? 0;
  return saturate(count, q.focus.focused ? 1.2 : 0.5);
};

export const industry = (q: Query, a: CompiledProfile, b: CompiledProfile): number => {
  const { tables, focus } = q;
  // With nothing on one side no finding is made, and the value is 0 whatever the union.
  if (a.industryTags.length === 0 || b.industryTags.length === 0) return 0;
  if (q.lacksOf !== a) {
    const { lacks, focus } = q;
    for (let tag = 0; tag < lacks.length; tag++)
      lacks[tag] = focus.levels[tag] !== 0 && a.industries[tag] === 0 ? 1 : 0;
    let sectorsIn = 0;
    for (const tag of a.sectorTags) if (focus.levels[tag] !== 0) sectorsIn++;
    q.sectorsIn = sectorsIn;
    q.lacksOf = a;
  }
  // The union counts a's sectors in the query, then b's in the query that a has no industry on.
  let union = q.sectorsIn;
  let found = 0;
  const first = meetsOf(tables, b).industries;
  for (const tag of a.sectorTags) {
    if (focus.levels[tag] === 0) continue;
    const list = tables.meetSiblings[tag];
    const k = first[tag] ?? -1;
    if (!list || k < 0) continue;
    const shared = list[k + 1] ?? 0;
    const level = focus.levels[shared] ?? 0;
    if (level === 0 || q.slot[shared] !== -1) continue;
    offerBest(q, shared, 0, level);
    seen(q, level);
    q.sorted[found++] = 0.8 * levelWeight(level) * (list[k + 2] === 1 ? SIBLING_WEIGHT : 1);
  }
  clearBest(q);
  const { lacks } = q;
  for (const tag of b.sectorTags) union += lacks[tag] ?? 0;
  sortDescending(q.sorted, found);
  let shared = 0;
  for (let index = 0; index < found; index++) shared += (q.sorted[index] ?? 0) / 0.8;
  return union === 0 ? 0 : clamp01((1.5 * shared) / union);
};

export const globalAgenda = (q: Query, a: CompiledProfile, b: CompiledProfile): number => {
  const { tables, focus } = q;
  if (a.agendaTags.length === 0 || b.agendaTags.length === 0) return 0;
  let found = 0;
  let heaviest = 0;
  const first = meetsOf(tables, b).agenda;
  for (const tag of a.agendaTags) {
    const list = tables.meetSiblings[tag];
    const k = first[tag] ?? -1;
    if (!list || k < 0) continue;
    const shared = list[k + 1] ?? 0;
    const level = focus.levels[shared] ?? 0;
    if (level === 0 || q.slot[shared] !== -1) continue;
    offerBest(q, shared, 0, level);
    seen(q, level);
    found++;
    heaviest = Math.max(heaviest, levelWeight(level) * (list[k + 2] === 1 ? SIBLING_WEIGHT : 1));
  }
  clearBest(q);
  if (focus.focused) return clamp01(heaviest);
  let union = a.agendaTags.length;
  for (const tag of b.agendaTags) if (a.agenda[tag] === 0) union++;
  return union === 0 ? 0 : clamp01(found / union);
};

/** Whether a's facts name b (bit 1) and b's name a (bit 2), from the asker's marks (asker-marks.ts). */
export const historyCulture = (q: Query, a: CompiledProfile, b: CompiledProfile, links: number): number => {
  const linked = Math.max((links & 1) !== 0 ? b.distinctiveness : 0, (links & 2) !== 0 ? a.distinctiveness : 0);
  let shared = 0;
  if (b.traditionTags.length > 0)
    for (const tag of a.traditionTags) {
      const level = q.focus.levels[tag] ?? 0;
      if (b.traditions[tag] === 0 || level === 0) continue;
      shared++;
      seen(q, level);
    }
  return clamp01(0.8 * linked + Math.min(0.2, shared * 0.05));
};

/**
 * ties-access.ts `relationsBetween`, strongest only. A relation of `party` counts in full when the
 * other is a party too, at 0.6 when only the other's family is; the max of status × factor is the
 * max status × factor, so the best status per co-party (`reach`) is enough. Walks the smaller side.
 */
const strongestTie = (party: CompiledProfile, other: CompiledProfile, start: number): number => {
  let value = Math.max(start, party.reach.get(other.id) ?? 0);
  if (other.family.size <= party.reach.size) {
    for (const member of other.family)
      if (member !== other.id) value = Math.max(value, (party.reach.get(member) ?? 0) * 0.6);
  } else
    for (const [member, strength] of party.reach)
      if (member !== other.id && other.family.has(member)) value = Math.max(value, strength * 0.6);
  return value;
};

/**
 * strongestTie(a, b) on the asker's marks: a's status with b itself, and 0.6 × its status with
 * each other member of b's family. Max of the same numbers, in any order, is the same number.
 */
const reachedFrom = (q: Query, b: CompiledProfile, bi: number, start: number): number => {
  const { reach } = q;
  let value = Math.max(start, reach[bi] ?? 0);
  for (const member of b.kin) value = Math.max(value, (reach[member] ?? 0) * 0.6);
  return value;
};

/** strongestTie(b, a) on the asker's marks: b's parties that are a (kin 1) or a's family (kin 2). */
const reachingTo = (q: Query, b: CompiledProfile, start: number): number => {
  const { kin } = q;
  let value = start;
  for (let index = 0; index < b.reachTo.length; index++) {
    const mark = kin[b.reachTo[index] ?? 0];
    if (mark === 1) value = Math.max(value, b.reachStrength[index] ?? 0);
    else if (mark === 2) value = Math.max(value, (b.reachStrength[index] ?? 0) * 0.6);
  }
  return value;
};

/** Asker a is marked (asker-marks.ts); a family member outside the catalog is looked up by id. */
export const tiesAccess = (q: Query, a: CompiledProfile, b: CompiledProfile, bi: number): number => {
  let value = 0;
  if (a.reachSize > 0) value = b.kinOutside ? strongestTie(a, b, value) : reachedFrom(q, b, bi, value);
  if (b.reachSize > 0) value = a.kinOutside ? strongestTie(b, a, value) : reachingTo(q, b, value);
  const japanese = a.isJapanese ? a : b;
  if (japanese.hasOffice) value += 0.3;
  if (japanese.hasAgencyTie) value += 0.2;
  if (a.accessBonus > 0) value += a.accessBonus;
  if (b.accessBonus > 0) value += b.accessBonus;
  return clamp01(value);
};

export const sizeTier = (a: CompiledProfile, b: CompiledProfile): number => {
  const gap = Math.abs(a.tierLevel - b.tierLevel);
  const rank = gap === 0 ? 1 : gap === 1 ? 0.5 : 0;
  if (!a.population || !b.population) return 0.5 * rank + 0.25;
  const population = clamp01(1 - Math.abs(Math.log10(a.population / b.population)));
  return 0.5 * rank + 0.5 * population;
};

const GEOGRAPHY_WEIGHT = Float64Array.from(GEOGRAPHY_KINDS, (kind) => KIND_WEIGHT[kind]);

export const geography = (a: CompiledProfile, b: CompiledProfile): number => {
  if (a.geoMask === 0 && b.geoMask === 0) return 0;
  let shared = 0;
  let union = 0;
  for (const kind of a.geoKinds) {
    const weight = GEOGRAPHY_WEIGHT[kind] ?? 0;
    union += weight;
    if (b.geoMask & (1 << kind)) shared += weight;
  }
  for (const kind of b.geoKinds) if (!(a.geoMask & (1 << kind))) union += GEOGRAPHY_WEIGHT[kind] ?? 0;
  return union === 0 ? 0 : shared / union;
};

export const feasibility = (a: CompiledProfile, b: CompiledProfile): number => {
  const thai = a.isThai ? a : b;
  const other = thai === a ? b : a;
  const sign = thai.maySign ? 1 : 0.5;
  const gap = Math.abs(thai.tierLevel - other.tierLevel);
  const rank = gap === 0 ? 1 : gap === 1 ? 0.6 : 0.2;
  return 0.5 * sign + 0.5 * rank;
};
