import * as issueFitCriterion from "../criteria/issue-fit.ts";
import * as evidence from "../evidence.ts";
import type { CompiledProfile } from "./compile.ts";
import * as interactionsModule from "./interactions.ts";
import type { Meets } from "./meets.ts";
import * as meetsModule from "./meets.ts";
import type { Query } from "./query.ts";
import * as query from "./query.ts";

// Read once into module constants: under tsx every use of an imported name is a getter call (criteria.ts).
const { depthOf, EXPERIENCE_WEIGHT } = issueFitCriterion;
const { clamp01, saturate } = evidence;
const { meetsOf, PROBLEM, TIES_FOR_PROBLEM, TIES_FOR_WISH, WISH } = meetsModule;
const { clearBest, isRelated, levelWeight, offerBest, seen } = query;
const { BACKWARD, FORWARD, SETS } = interactionsModule;

/**
 * issue-fit.ts `consider`: the first meeting with a level and a usable fact decides. The entries
 * are those the offerer holds (meets.ts), so only the focus level is left to check.
 */
const consider = (
  q: Query,
  tag: number,
  way: number,
  offerer: CompiledProfile,
  { start, entries }: Meets,
  needsMarket: boolean,
): boolean => {
  const { tables } = q;
  const from = way * tables.names.length + tag;
  const end = start[from + 1] ?? 0;
  for (let k = start[from] ?? 0; k < end; k += 3) {
    const shared = entries[k + 1] ?? 0;
    const level = q.focus.levels[shared] ?? 0;
    if (level === 0) continue;
    const t = entries[k] ?? 0;
    // A need for markets is met on trade only by a market, never by a seller (canBeMarket).
    if (needsMarket && t === tables.trade && !offerer.tradeMarket[Math.min(way, 2)]) continue;
    const weight =
      (tables.rarity[t] ?? 1) *
      depthOf(entries[k + 2] ?? 0) *
      levelWeight(level) *
      (way >= TIES_FOR_WISH ? EXPERIENCE_WEIGHT : 1);
    offerBest(q, shared, weight, level);
    return true;
  }
  return false;
};

/** issue-fit.ts `directional`, leaving its findings in q's best list. */
const directional = (q: Query, needer: CompiledProfile, offerer: CompiledProfile): void => {
  clearBest(q);
  // Nothing to meet a need with: every `consider` would walk its lists and find nothing.
  if (!offerer.offersSomething) return;
  const { needTags, needFlags } = needer;
  if (needTags.length === 0) return;
  const meets = meetsOf(q.tables, offerer);
  // The offerer's reach row: set 0 holds the tags where a wish has entries (offers or ties), set 1
  // those where a problem has (strengths or ties), meets.ts. A need with none on its side(s) would
  // call `consider` only on empty ranges, which find nothing: it is passed over on one word.
  const { reach } = meets;
  const words = reach.length / SETS;
  for (let index = 0; index < needTags.length; index++) {
    const tag = needTags[index] ?? 0;
    const flags = needFlags[index] ?? 0;
    const wish = (flags & 1) !== 0;
    const problem = (flags & 2) !== 0;
    const bit = 1 << (tag & 31);
    if (
      (!wish || ((reach[tag >>> 5] ?? 0) & bit) === 0) &&
      (!problem || ((reach[words + (tag >>> 5)] ?? 0) & bit) === 0)
    )
      continue;
    const met =
      (wish && consider(q, tag, WISH, offerer, meets, (flags & 4) !== 0)) ||
      (problem && consider(q, tag, PROBLEM, offerer, meets, (flags & 8) !== 0));
    if (!met && (wish || problem))
      consider(q, tag, wish ? TIES_FOR_WISH : TIES_FOR_PROBLEM, offerer, meets, (flags & (wish ? 4 : 8)) !== 0);
  }
};

const bestSum = (q: Query): number => {
  let sum = 0;
  for (let index = 0; index < q.bestCount; index++) {
    sum += q.bestWeight[index] ?? 0;
    seen(q, q.bestLevel[index] ?? 0);
  }
  return sum;
};

/** issue-fit.ts `offersOnFocus`: the typed issue as a need of the asker; adds to `sum` in order. */
const offersOnFocus = (q: Query, b: CompiledProfile, sum: number): number => {
  const { tables, focus } = q;
  if (focus.asked.length === 0) return sum;
  const found: number[] = [];
  let total = sum;
  const covered: number[] = [];
  for (let index = 0; index < q.bestCount; index++)
    if (focus.focused && q.bestLevel[index] === 1) covered.push(q.bestShared[index] ?? 0);
  for (const asked of focus.asked) {
    if (asked < 0 || covered.some((issue) => isRelated(tables, issue, asked))) continue;
    let offered = false;
    for (const tag of tables.subtree[asked] ?? [])
      if ((b.offers[tag] ?? 0) > 0) {
        total += 0.7 * (tables.rarity[tag] ?? 1) * depthOf(b.offers[tag] ?? 0) * levelWeight(1);
        found.push(tag);
        seen(q, 1);
        offered = true;
        break;
      }
    if (!offered)
      for (const tag of tables.lineage[asked] ?? [])
        if (focus.fallback[tag] === 1 && (b.offers[tag] ?? 0) > 0) {
          total += 0.7 * (tables.rarity[tag] ?? 1) * depthOf(b.offers[tag] ?? 0) * levelWeight(2);
          found.push(tag);
          seen(q, 2);
          break;
        }
    if (found.some((issue) => isRelated(tables, issue, asked))) continue;
    for (const tag of tables.subtree[asked] ?? [])
      if ((b.records[tag] ?? 0) > 0) {
        total += 0.4 * (tables.rarity[tag] ?? 1) * depthOf(b.records[tag] ?? 0);
        found.push(tag);
        seen(q, 1);
        break;
      }
  }
  return total;
};

/** `mask` (interactions.ts) says which directions can meet a need at all; the others find nothing. */
export const issueFit = (q: Query, a: CompiledProfile, b: CompiledProfile, mask: number): number => {
  if ((mask & FORWARD) !== 0) directional(q, a, b);
  else clearBest(q);
  const forward = saturate(offersOnFocus(q, b, bestSum(q)), 0.55);
  if ((mask & BACKWARD) !== 0) directional(q, b, a);
  else clearBest(q);
  const backward = saturate(bestSum(q), 0.55);
  clearBest(q);
  return clamp01(0.65 * Math.max(forward, backward) + 0.35 * Math.min(forward, backward));
};
