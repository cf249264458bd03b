/**
 * `npm run bench:national`: matching at the national scale of issue 12 — every Thai local
 * government (≈7,850) against every Japanese one (≈1,790). Jubkoo does not hold 7,850 Thai
 * profiles, so a seeded script makes them from the real ones: each synthetic body copies the
 * facts of a real Thai locality, sits in that locality's province, and gets a local tier and a
 * population drawn around its model's. Not reference data: never written anywhere, only measured.
 *
 * Prints the reference scorer's time for a sample of synthetic askers, extrapolated to all of
 * them, and the process's peak memory. BENCH_SAMPLE sets the sample size (default 40).
 */

import { random as seeded } from "../eval/baselines.ts";
import { buildCatalog } from "../src/catalog/catalog.ts";
import { loadReferenceData } from "../src/catalog/load.ts";
import { loadConfig } from "../src/config.ts";
import type { Locality, Tier } from "../src/domain/locality.ts";
import { partnersFor } from "../src/matching/modes.ts";

const THAI_LOCAL_GOVERNMENTS = Number(process.env.BENCH_THAI ?? 7_850);
const LOCAL_TIERS: readonly Tier[] = ["sao", "subdistrict-municipality", "town-municipality"];
const sampleSize = Number(process.env.BENCH_SAMPLE ?? 40);

const synthesise = (models: readonly Locality[], count: number, random: () => number): Locality[] =>
  Array.from({ length: count }, (_, index) => {
    const model = models[Math.floor(random() * models.length)] as Locality;
    const tier = LOCAL_TIERS[Math.floor(random() * LOCAL_TIERS.length)] as Tier;
    const population = model.population
      ? { ...model.population, value: Math.max(500, Math.round((model.population.value / 40) * (0.2 + random() * 2))) }
      : undefined;
    const { population: _dropped, ...rest } = model;
    return {
      ...rest,
      ...(population ? { population } : {}),
      id: `TH-SYN-${String(index).padStart(5, "0")}`,
      tier,
      parent: model.parent ?? model.id,
      names: { ...model.names, en: `${model.names.en} (synthetic ${index})` },
    };
  });

const config = loadConfig();
const { data } = loadReferenceData(config.dataDir);
const thai = data.localities.filter((locality) => locality.country === "TH");
const japanese = data.localities.filter((locality) => locality.country === "JP");
const random = seeded(12);
const synthetic = synthesise(thai, THAI_LOCAL_GOVERNMENTS, random);
const catalog = buildCatalog({ ...data, localities: [...data.localities, ...synthetic] });
console.log(
  `Synthetic national scale: ${synthetic.length} Thai local governments (seeded copies of ${thai.length} real Thai profiles) × ${japanese.length} Japanese localities`,
);

const warmStart = performance.now();
partnersFor(catalog, { from: synthetic[0]?.id ?? "TH-50", limit: 10 });
console.log(`first query, building profiles: ${(performance.now() - warmStart).toFixed(0)} ms`);

const sample = Array.from({ length: sampleSize }, () => synthetic[Math.floor(random() * synthetic.length)] as Locality);
const start = performance.now();
for (const asker of sample) partnersFor(catalog, { from: asker.id, limit: 10 });
const perQuery = (performance.now() - start) / sample.length;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  `reference scorer, top 10 for one asker: ${perQuery.toFixed(1)} ms (mean of ${sample.length}); for all ${synthetic.length}: ≈ ${((perQuery * synthetic.length) / 1000).toFixed(0)} s extrapolated (target with the compiled scorer: ≤ 10 s, ≥ 50× faster)`,
);
console.log(`peak memory: ${(peak / 2 ** 20).toFixed(0)} MB (target ≤ 1024 MB)`);
