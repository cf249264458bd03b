import * as bitset from "./bitset.ts";
import { rowOf } from "./interactions.ts";
import type { IssueTables } from "./issue-tables.ts";

// Read once into module constants: under tsx every use of an imported name is a getter call (criteria.ts).
const { bitsetOf } = bitset;

type Sources = {
  isThai: boolean;
  needTags: Int32Array;
  needFlags: Uint8Array;
  problemTags: Int32Array;
  sectorTags: Int32Array;
  agendaTags: Int32Array;
  policies: ReadonlyArray<{ tags: Int32Array }>;
};

/** A profile's own tags per criterion, as the `own` row of interactions.ts. */
export const ownRowOf = (tables: IssueTables, profile: Sources): Uint32Array => {
  const size = tables.names.length;
  // needFlags bit 1: a stated wish; bit 2: a problem (compile.ts).
  const needsWith = (bit: number) =>
    bitsetOf(
      size,
      [...profile.needTags].filter((_, index) => ((profile.needFlags[index] ?? 0) & bit) !== 0),
    );
  const policyTags = profile.policies.flatMap((policy) => [...policy.tags]);
  return rowOf([
    needsWith(1),
    needsWith(2),
    bitsetOf(size, profile.problemTags),
    bitsetOf(size, profile.sectorTags),
    bitsetOf(size, profile.agendaTags),
    bitsetOf(size, policyTags),
    // national-policy.ts falls back to the other's offers only for a Thai designation on a fit issue.
    bitsetOf(size, profile.isThai ? policyTags.filter((tag) => tables.isFit[tag] === 1) : []),
  ]);
};
