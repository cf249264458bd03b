import { z } from "zod";
import { CONFIDENCES, type Confidence, parseSourceRef, type SourceRef } from "./source-ref.ts";

export { CONFIDENCES, type Confidence, parseSourceRef, type SourceRef } from "./source-ref.ts";

export const ConfidenceSchema = z.enum(CONFIDENCES);

const RefStringSchema = z
  .string()
  .refine((ref) => parseSourceRef(ref) !== undefined, {
    message: 'expected "report:N-M", "dataset:ID" or "gk:high|medium|low"',
  })
  .describe('A source: "report:N-M" (lines of the report), "dataset:ID" or "gk:high|medium|low"');

/** As written in data files: a bare reference, or one with a confidence and a note. */
export const SourceSchema = z
  .union([
    RefStringSchema,
    z
      .object({
        ref: RefStringSchema,
        confidence: ConfidenceSchema.optional().describe("How sure we are of the figure as transcribed"),
        note: z.string().optional().describe("Reviewer's note"),
      })
      .strict(),
  ])
  .describe("Where a fact comes from");
export type Source = z.infer<typeof SourceSchema>;

export type NormalisedSource = { ref: string; parsed: SourceRef; confidence: Confidence; note?: string };

const defaultConfidence = (parsed: SourceRef): Confidence =>
  parsed.kind === "general-knowledge" ? parsed.confidence : "high";

export const normaliseSource = (source: Source): NormalisedSource => {
  const ref = typeof source === "string" ? source : source.ref;
  const parsed = parseSourceRef(ref);
  if (!parsed) throw new Error(`invalid source reference: ${ref}`);
  if (typeof source === "string") return { ref, parsed, confidence: defaultConfidence(parsed) };
  return {
    ref,
    parsed,
    confidence: source.confidence ?? defaultConfidence(parsed),
    ...(source.note ? { note: source.note } : {}),
  };
};

export const DatasetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    publisher: z.string().min(1),
    title: z.string().min(1),
    year: z.number().int().min(1900).max(2100),
    licence: z.string().min(1).optional().describe("Licence or terms of use of the dataset"),
    note: z.string().min(1).optional().describe("Which copy was used, and its known limits"),
  })
  .strict()
  .describe("A named public dataset that facts cite");
export type Dataset = z.infer<typeof DatasetSchema>;
