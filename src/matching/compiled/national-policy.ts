import * as evidence from "../evidence.ts";
import type { CompiledProfile } from "./compile.ts";
import * as meetsModule from "./meets.ts";
import type { Query } from "./query.ts";
import * as query from "./query.ts";

// Read once into module constants: under tsx every use of an imported name is a getter call (criteria.ts).
const { saturate } = evidence;
const { meetsOf } = meetsModule;
const { levelWeight, seen } = query;

/**
 * The findings of one pair, in arrays reused pair after pair (scoring is synchronous and a pair's
 * findings are summed before the next pair starts): no object per finding. Grown when a pair has
 * more findings than ever before.
 */
let weight = new Float64Array(32);
let order = new Int32Array(32);
let key = new Float64Array(32);
let level = new Uint8Array(32);
let sorted = new Int32Array(32);
let kept = new Float64Array(32);
let count = 0;

const grow = (): void => {
  const size = weight.length * 2;
  const copy = <T extends Float64Array | Int32Array | Uint8Array>(from: T, to: T): T => {
    to.set(from);
    return to;
  };
  weight = copy(weight, new Float64Array(size));
  order = copy(order, new Int32Array(size));
  key = copy(key, new Float64Array(size));
  level = copy(level, new Uint8Array(size));
  sorted = new Int32Array(size);
  kept = new Float64Array(size);
};

const policyLinks = (q: Query, holder: CompiledProfile, other: CompiledProfile, holderIsA: boolean): void => {
  const { tables } = q;
  const { policies, fitOffers } = meetsOf(tables, other);
  for (const policy of holder.policies)
    for (const tag of policy.tags) {
      const list = tables.meetNarrow[tag];
      if (!list) continue;
      let k = policies[tag] ?? -1;
      const aligned = k >= 0;
      let counterpart = aligned ? (other.policyFirst[list[k] ?? 0] ?? -1) : -1;
      if (!aligned && holder.isThai && tables.isFit[tag] === 1) {
        k = fitOffers[tag] ?? -1;
        if (k >= 0) counterpart = other.offerFirst[list[k] ?? 0] ?? -1;
      }
      if (k < 0) continue;
      const shared = list[k + 1] ?? 0;
      const found = q.focus.levels[shared] ?? 0;
      if (found === 0) continue;
      const keyA = holderIsA ? policy.key : counterpart;
      const keyB = holderIsA ? counterpart : policy.key;
      if (count === weight.length) grow();
      weight[count] = (aligned ? 1.5 : 0.6) * levelWeight(found);
      order[count] = tables.order[shared] ?? 0;
      // One finding per pair of facts, whichever side holds the designation (fact keys are interned).
      key[count] = Math.min(keyA, keyB) * 2 ** 26 + Math.max(keyA, keyB);
      level[count] = found;
      count++;
    }
};

/** The reference's `sort((x, y) => y.weight - x.weight || x.order - y.order)`, stable as it is. */
const sortFindings = (): void => {
  for (let i = 0; i < count; i++) {
    let j = i - 1;
    while (j >= 0) {
      const x = sorted[j] ?? 0;
      if (((weight[i] ?? 0) - (weight[x] ?? 0) || (order[x] ?? 0) - (order[i] ?? 0)) <= 0) break;
      sorted[j + 1] = x;
      j--;
    }
    sorted[j + 1] = i;
  }
};

export const nationalPolicy = (q: Query, a: CompiledProfile, b: CompiledProfile): number => {
  if (a.policies.length === 0 && b.policies.length === 0) return 0;
  count = 0;
  policyLinks(q, a, b, true);
  policyLinks(q, b, a, false);
  if (count === 0) return saturate(0, 0.45);
  sortFindings();
  let keptCount = 0;
  let sum = 0;
  for (let index = 0; index < count; index++) {
    const finding = sorted[index] ?? 0;
    const findingKey = key[finding] ?? 0;
    let isKept = false;
    for (let k = 0; k < keptCount; k++) if (kept[k] === findingKey) isKept = true;
    if (isKept) continue;
    kept[keptCount++] = findingKey;
    sum += weight[finding] ?? 0;
    seen(q, level[finding] ?? 0);
  }
  return saturate(sum, 0.45);
};
