import * as bitset from "./bitset.ts";
import type { CompiledCatalog, CompiledProfile } from "./compile.ts";
import * as interactionsModule from "./interactions.ts";
import * as meetsModule from "./meets.ts";

// Read once into module constants: under tsx every use of an imported name is a getter call (criteria.ts).
const { wordsFor } = bitset;
const { SETS } = interactionsModule;
const { meetsOf } = meetsModule;

/**
 * Every compiled profile's `reach` row (meets.ts) end to end in one array, profile index × row
 * length: an asker's interactions with its pool read one word of each candidate's row
 * (interactions.ts `interactionsAll`), and rows side by side are read from a few cache lines,
 * where a typed array per profile cost a pointer chase and a miss per candidate. A row is copied
 * in when its profile is first a candidate (meets are built then too). One per compiled catalog.
 */
export type ReachRows = { rows: Uint32Array; width: number; filled: Uint8Array };

const cache = new WeakMap<CompiledCatalog, ReachRows>();

export const reachRowsOf = (compiled: CompiledCatalog): ReachRows => {
  let found = cache.get(compiled);
  if (!found) {
    const width = SETS * wordsFor(compiled.tables.names.length);
    found = {
      rows: new Uint32Array(compiled.profiles.length * width),
      width,
      filled: new Uint8Array(compiled.profiles.length),
    };
    cache.set(compiled, found);
  }
  return found;
};

/** Makes sure the row of `profile` (at `index` in the compiled catalog) is in. */
export const fillRow = (compiled: CompiledCatalog, rows: ReachRows, profile: CompiledProfile, index: number): void => {
  if (rows.filled[index] === 1) return;
  const reach = meetsOf(compiled.tables, profile).reach;
  if (reach.length !== rows.width) throw new Error(`a reach row of ${reach.length} words, not ${rows.width}`);
  rows.rows.set(reach, index * rows.width);
  rows.filled[index] = 1;
};
