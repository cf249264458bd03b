import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import type { Catalog } from "../../src/catalog/catalog.ts";
import { type DrawnReason, drawSample, reasonsFor } from "./draw.ts";
import { kindError } from "./kind-rules.ts";

export const LABELS = ["supports", "weak", "wrong"] as const;

const LabelSchema = z
  .object({
    from: z.string(),
    issue: z.string().optional(),
    candidate: z.string(),
    en: z.string(),
    label: z.enum(LABELS),
    note: z.string().optional(),
  })
  .strict();
export type Label = z.infer<typeof LabelSchema>;

const QuerySchema = z.object({ from: z.string(), issue: z.string().optional() }).strict();

/**
 * A labelled sample: its seed, the queries drawn with it (kept, so that new localities in the data
 * do not change the sample) and the labels given, by the rules of RULES.md.
 */
const SampleSchema = z
  .object({ seed: z.number().int(), queries: z.array(QuerySchema).min(1), labels: z.array(LabelSchema) })
  .strict();
export type Sample = z.infer<typeof SampleSchema>;

export const readSample = (path: string): Sample => SampleSchema.parse(parse(readFileSync(path, "utf8")));

export const labelKey = (item: { from: string; issue?: string | undefined; candidate: string; en: string }) =>
  `${item.from}|${item.issue ?? ""}|${item.candidate}|${item.en}`;

export const reasonKey = (reason: DrawnReason) =>
  labelKey({ from: reason.query.from, issue: reason.query.issue, candidate: reason.candidate, en: reason.en });

export type Validity = {
  drawn: DrawnReason[];
  counts: Record<(typeof LABELS)[number], number>;
  unlabelled: DrawnReason[];
  kindErrors: string[];
  checked: number;
  repeated: string[];
};

/**
 * Draws the sample again from the engine as it is now and reads the labels given to it. A reason
 * the engine words differently from when it was labelled is unlabelled, and must be labelled again
 * before the figure is believed. Every reason of the sampled queries is also checked for facts of a
 * kind its criterion must not use, and for sentences repeated word for word across candidates.
 */
export const measureValidity = (catalog: Catalog, sample: Sample): Validity => {
  const labels = new Map(sample.labels.map((label) => [labelKey(label), label.label]));
  const drawn = drawSample(catalog, sample.seed, sample.queries);
  const counts = { supports: 0, weak: 0, wrong: 0 };
  const unlabelled: DrawnReason[] = [];
  for (const reason of drawn) {
    const label = labels.get(reasonKey(reason));
    if (label) counts[label]++;
    else unlabelled.push(reason);
  }
  const all = reasonsFor(catalog, sample.queries, 3);
  const kindErrors = all.flat().flatMap((reason) => {
    const error = kindError(reason.finding);
    return error ? [`${reason.query.from} → ${reason.candidate}: ${error}`] : [];
  });
  // A sentence about the asker alone (its airport, its office in Thailand) may recur for every
  // candidate; any other sentence said of two candidates word for word is a fault.
  const aboutAsker = (reason: DrawnReason) => {
    const facts = [reason.finding.a, reason.finding.b].filter((fact) => fact !== undefined);
    return facts.length > 0 && facts.every((fact) => fact.localityId === reason.query.from);
  };
  const repeated = all.flatMap((reasons) => {
    const candidatesBySentence = new Map<string, Set<string>>();
    for (const reason of reasons.filter((item) => !aboutAsker(item)))
      candidatesBySentence.set(reason.en, (candidatesBySentence.get(reason.en) ?? new Set()).add(reason.candidate));
    return [...candidatesBySentence].filter(([, candidates]) => candidates.size > 1).map(([sentence]) => sentence);
  });
  return { drawn, counts, unlabelled, kindErrors, checked: all.flat().length, repeated };
};
