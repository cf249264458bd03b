import * as bitset from "./bitset.ts";
import type { CompiledProfile } from "./compile.ts";
import * as interactions from "./interactions.ts";
import type { IssueTables } from "./issue-tables.ts";

/**
 * The ways issue fit meets a need (issue-fit.ts `directional`): a wish by offers (on its field,
 * below or above it), a problem by strengths (on its very field), and either by ties, on the same
 * fields as the need.
 */
export const WISH = 0;
export const PROBLEM = 1;
export const TIES_FOR_WISH = 2;
export const TIES_FOR_PROBLEM = 3;
const WAYS = 4;

/**
 * What a profile, as the other side, can meet, tag by tag. Which entries of a `meeting` list a
 * profile holds does not depend on the query; only the focus level of each does. So the lists are
 * cut down once per profile to the entries it holds, and a pair looks at those few. Built on a
 * profile's first use as a candidate, not for every profile of the catalog.
 */
export type Meets = {
  /** Issue fit: for way × tag, a range of `entries`, triples (tag met, shared issue, count), in meeting order. */
  start: Int32Array;
  entries: Int32Array;
  /** The position (k) of the first entry of the tag's meeting list the profile holds, or -1. */
  problems: Int16Array;
  industries: Int16Array;
  agenda: Int16Array;
  policies: Int16Array;
  /**
   * national-policy.ts's fallback for a Thai designation on a fit issue the other holds no
   * designation on: the first entry of the tag's `meeting` list it offers on, where the shared
   * issue is a fit issue too; -1 if none.
   */
  fitOffers: Int16Array;
  /**
   * The tags where it can meet a wish (offers or ties) or a problem (strengths or ties), and
   * those where `problems`, `industries`, `agenda`, `policies` and `fitOffers` are not -1: the
   * `reach` row of interactions.ts.
   */
  reach: Uint32Array;
};

// Read once into module constants: under tsx every use of an imported name is a getter call (criteria.ts).
const { bitsetWhere, union } = bitset;
const { rowOf } = interactions;

const firstHeld = (lists: readonly Int32Array[], held: Uint8Array, any: boolean, none: Int16Array): Int16Array => {
  if (!any) return none;
  const first = new Int16Array(lists.length).fill(-1);
  for (const [tag, list] of lists.entries())
    for (let k = 0; k < list.length; k += 3)
      if ((held[list[k] ?? 0] ?? 0) > 0) {
        first[tag] = k;
        break;
      }
  return first;
};

const firstFitOffer = (tables: IssueTables, profile: CompiledProfile, none: Int16Array): Int16Array => {
  if (!profile.offers.some((count) => count > 0)) return none;
  const first = new Int16Array(tables.meetNarrow.length).fill(-1);
  for (const [tag, list] of tables.meetNarrow.entries())
    for (let k = 0; k < list.length; k += 3)
      if ((profile.offers[list[k] ?? 0] ?? 0) > 0 && tables.isFit[list[k + 1] ?? 0] === 1) {
        first[tag] = k;
        break;
      }
  return first;
};

const nothing = new WeakMap<IssueTables, Int16Array>();

const build = (tables: IssueTables, profile: CompiledProfile): Meets => {
  const size = tables.names.length;
  let none = nothing.get(tables);
  if (!none) {
    none = new Int16Array(size).fill(-1);
    nothing.set(tables, none);
  }
  const start = new Int32Array(WAYS * size + 1);
  const entries: number[] = [];
  for (let way = 0; way < WAYS; way++) {
    const isWish = way === WISH || way === TIES_FOR_WISH;
    const counts = way === WISH ? profile.offers : way === PROBLEM ? profile.strengths : profile.ties;
    for (let tag = 0; tag < size; tag++) {
      start[way * size + tag] = entries.length;
      if (!profile.offersSomething) continue;
      const list = (isWish ? tables.meetNarrow[tag] : tables.meetOwn[tag]) ?? new Int32Array();
      for (let k = 0; k < list.length; k += 3) {
        const t = list[k] ?? 0;
        const count = counts[t] ?? 0;
        // An industry alone does not meet a wish outside the fields it can serve (industryMeets).
        if (count === 0 || (way === WISH && profile.offersGiven[t] === 0)) continue;
        entries.push(t, list[k + 1] ?? 0, count);
      }
    }
  }
  start[WAYS * size] = entries.length;
  const problems = firstHeld(tables.meetNarrow, profile.problems, profile.problemTags.length > 0, none);
  const industries = firstHeld(tables.meetSiblings, profile.industries, profile.industryTags.length > 0, none);
  const agenda = firstHeld(tables.meetSiblings, profile.agenda, profile.agendaTags.length > 0, none);
  const policies = firstHeld(tables.meetNarrow, profile.policyPresent, profile.policies.length > 0, none);
  const fitOffers = firstFitOffer(tables, profile, none);
  const ranged = (way: number) => bitsetWhere(size, (tag) => start[way * size + tag] !== start[way * size + tag + 1]);
  const held = (first: Int16Array) => bitsetWhere(size, (tag) => (first[tag] ?? -1) >= 0);
  return {
    start,
    entries: Int32Array.from(entries),
    problems,
    industries,
    agenda,
    policies,
    fitOffers,
    reach: rowOf([
      union(ranged(WISH), ranged(TIES_FOR_WISH)),
      union(ranged(PROBLEM), ranged(TIES_FOR_PROBLEM)),
      held(problems),
      held(industries),
      held(agenda),
      held(policies),
      held(fitOffers),
    ]),
  };
};

export const meetsOf = (tables: IssueTables, profile: CompiledProfile): Meets => {
  profile.meets ??= build(tables, profile);
  return profile.meets;
};
