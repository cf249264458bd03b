import type { CompiledCatalog } from "./compile.ts";

/**
 * The rounded geography value per pair of geography signatures (compile.ts: a profile's kinds in
 * order, interned), NaN until first scored. A catalog has a few hundred signatures at most (the
 * national scale has 149), so the table is small; past MAX_SIGNATURES it would not be, and the
 * table is left empty: every read misses (NaN) and every write falls outside it, so each pair is
 * scored afresh, as right and only slower. One per compiled catalog, for every query: geography
 * reads no focus and no weights.
 */
export type GeoPairs = { signatures: number; values: Float64Array };

const MAX_SIGNATURES = 1024;
const cache = new WeakMap<CompiledCatalog, GeoPairs>();

export const geoPairsOf = (compiled: CompiledCatalog): GeoPairs => {
  let found = cache.get(compiled);
  if (!found) {
    const signatures = compiled.geoSignatures;
    const size = signatures <= MAX_SIGNATURES ? signatures * signatures : 0;
    found = { signatures, values: new Float64Array(size).fill(Number.NaN) };
    cache.set(compiled, found);
  }
  return found;
};
