import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Catalog } from "../../src/catalog/catalog.ts";
import { measureValidity, readSample } from "./validity.ts";

/** The labelled samples `npm run eval` reads (RULES.md says how each was drawn and labelled). */
export const SAMPLES = [
  { name: "development sample (tuned on)", file: join(import.meta.dirname, "labelled-dev.yaml") },
  { name: "fresh sample, seed 80512 (read, then a few fixes)", file: join(import.meta.dirname, "labelled-fresh.yaml") },
  { name: "fresh sample, seed 20261206 (read, then fixed)", file: join(import.meta.dirname, "labelled-fresh-2.yaml") },
  {
    name: "fresh sample, seed 6122026 (labelled untouched: 84.2 %; then read and fixed)",
    file: join(import.meta.dirname, "labelled-fresh-3.yaml"),
  },
  {
    name: "fresh sample, seed 7122026 (labelled untouched: 87.5 %, before tag pass 13)",
    file: join(import.meta.dirname, "labelled-fresh-4.yaml"),
  },
  {
    name: "fresh sample, seed 8122026 (labelled untouched after tag pass 13: 82.5 %; then read and a few tags fixed)",
    file: join(import.meta.dirname, "labelled-fresh-5.yaml"),
  },
  {
    name: "fresh sample, seed 9122026 (labelled untouched after the stop-19 wording and tag pass 14)",
    file: join(import.meta.dirname, "labelled-fresh-6.yaml"),
  },
  {
    name: "fresh sample, seed 10122026 (labelled untouched after the geography kinds and held-by designations)",
    file: join(import.meta.dirname, "labelled-fresh-7.yaml"),
  },
  {
    name: "fresh sample, seed 11122026 (labelled untouched at the end of stop 19: 88.3 %; then read and five tags fixed)",
    file: join(import.meta.dirname, "labelled-fresh-8.yaml"),
  },
  {
    name: "fresh sample, seed 12122026, first reader (labelled untouched by a reader who did not build the matcher: 88.3 %)",
    file: join(import.meta.dirname, "labelled-fresh-9.yaml"),
  },
  {
    name: "fresh sample, seed 12122026, second reader (labelled untouched, alone: 88.3 %)",
    file: join(import.meta.dirname, "labelled-fresh-9-reader2.yaml"),
  },
  {
    name: "fresh sample, seed 13122026, first reader (labelled untouched by a reader who did not build the matcher: 90.8 %)",
    file: join(import.meta.dirname, "labelled-fresh-10.yaml"),
  },
  {
    name: "fresh sample, seed 13122026, second reader (labelled untouched, alone: 87.5 %)",
    file: join(import.meta.dirname, "labelled-fresh-10-reader2.yaml"),
  },
  {
    name: "fresh sample, seed 14122026, first reader (labelled untouched by a reader who did not build the matcher: 92.5 %)",
    file: join(import.meta.dirname, "labelled-fresh-11.yaml"),
  },
  {
    name: "fresh sample, seed 14122026, second reader (labelled untouched, alone: 92.5 %)",
    file: join(import.meta.dirname, "labelled-fresh-11-reader2.yaml"),
  },
  {
    name: "fresh sample, seed 15122026, first reader (labelled untouched by a reader who did not build the matcher: 88.3 %)",
    file: join(import.meta.dirname, "labelled-fresh-12.yaml"),
  },
  {
    name: "fresh sample, seed 15122026, second reader (labelled untouched, alone: 89.2 %)",
    file: join(import.meta.dirname, "labelled-fresh-12-reader2.yaml"),
  },
  {
    name: "fresh sample, seed 16122026, first reader (labelled untouched by a reader who did not build the matcher: 93.3 %)",
    file: join(import.meta.dirname, "labelled-fresh-13.yaml"),
  },
  {
    name: "fresh sample, seed 16122026, second reader (labelled untouched, alone: 93.3 %)",
    file: join(import.meta.dirname, "labelled-fresh-13-reader2.yaml"),
  },
  {
    name: "fresh sample, seed 17122026, first reader (labelled untouched by a reader who did not build the matcher: 94.2 %)",
    file: join(import.meta.dirname, "labelled-fresh-14.yaml"),
  },
  {
    name: "fresh sample, seed 17122026, second reader (labelled untouched, alone: 90.8 %)",
    file: join(import.meta.dirname, "labelled-fresh-14-reader2.yaml"),
  },
  {
    name: "fresh sample, seed 18122026, first reader (labelled untouched by a reader who did not build the matcher: 90.8 %)",
    file: join(import.meta.dirname, "labelled-fresh-15.yaml"),
  },
  {
    name: "fresh sample, seed 18122026, second reader (labelled untouched, alone: 91.7 %)",
    file: join(import.meta.dirname, "labelled-fresh-15-reader2.yaml"),
  },
  {
    name: "fresh sample, seed 19122026, first reader (labelled untouched by a reader who did not build the matcher: 94.2 %)",
    file: join(import.meta.dirname, "labelled-fresh-16.yaml"),
  },
  {
    name: "fresh sample, seed 19122026, second reader (labelled untouched, alone: 90.8 %)",
    file: join(import.meta.dirname, "labelled-fresh-16-reader2.yaml"),
  },
  {
    name: "fresh sample, seed 20122026, first reader (labelled untouched by a reader who did not build the matcher: 95.8 %)",
    file: join(import.meta.dirname, "labelled-fresh-17.yaml"),
  },
  {
    name: "fresh sample, seed 20122026, second reader (labelled untouched, alone: 96.7 %)",
    file: join(import.meta.dirname, "labelled-fresh-17-reader2.yaml"),
  },
  {
    name: "fresh sample, seed 21122026, first reader (labelled untouched by a reader who did not build the matcher: 94.2 %)",
    file: join(import.meta.dirname, "labelled-fresh-18.yaml"),
  },
  {
    name: "fresh sample, seed 21122026, second reader (labelled untouched, alone: 95.8 %)",
    file: join(import.meta.dirname, "labelled-fresh-18-reader2.yaml"),
  },
] as const;

const pct = (part: number, whole: number) => (whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`);

/** Reason validity on each labelled sample, as lines to print beside recall and MRR. */
export const validityReport = (catalog: Catalog): string[] =>
  SAMPLES.filter((sample) => existsSync(sample.file)).flatMap((sample) => {
    const validity = measureValidity(catalog, readSample(sample.file));
    const { supports, weak, wrong } = validity.counts;
    const labelled = supports + weak + wrong;
    return [
      `${sample.name}: ${validity.drawn.length} reasons, ${labelled} labelled — supports ${supports} (${pct(supports, labelled)}), weak ${weak}, wrong ${wrong}` +
        (validity.unlabelled.length ? `; ${validity.unlabelled.length} unlabelled (npx tsx eval/reasons/show.ts)` : ""),
      `  every reason of its queries (${validity.checked}): ${validity.kindErrors.length} with a fact of the wrong kind, ${validity.repeated.length} sentences repeated word for word across candidates`,
      ...validity.kindErrors.map((error) => `    kind: ${error}`),
      ...validity.repeated.map((sentence) => `    repeated: ${sentence}`),
    ];
  });
