import { z } from "zod";
import { CONFIDENCES, type Confidence, DOCUMENT_REF, parseSourceRef, type SourceRef } from "./source-ref.ts";
import { type Text, TextSchema } from "./text.ts";

export {
  CONFIDENCES,
  type Confidence,
  DOCUMENT_REF,
  parseSourceRef,
  type SourceRef,
  selfReportedRef,
} from "./source-ref.ts";

export const ConfidenceSchema = z.enum(CONFIDENCES);

const RefStringSchema = z
  .string()
  .refine((ref) => parseSourceRef(ref) !== undefined, {
    message: 'expected "report:N-M", "dataset:ID", "gk:high|medium|low", "self:PARTY:DATE" or "document"',
  })
  .describe('A source: "report:N-M" (lines of the report), "dataset:ID" or "gk:high|medium|low"');

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "v.date");

/** A document a user cites: its title, and where to find it and its date when known. */
export const DocumentSchema = z
  .object({
    title: z.string().trim().min(1, "v.document-title").max(300).describe("Title of the document"),
    url: z
      .url({ protocol: /^https?$/, message: "v.url" })
      .max(2000)
      .optional()
      .describe("Where to read it (http or https)"),
    date: IsoDateSchema.optional().describe("Its date"),
  })
  .strict();
export type DocumentSource = z.infer<typeof DocumentSchema>;

/** As written in data files: a bare reference, or one with a confidence and a note. */
export const SourceSchema = z
  .union([
    RefStringSchema,
    z
      .object({
        ref: RefStringSchema,
        confidence: ConfidenceSchema.optional().describe("How sure we are of the figure as transcribed"),
        note: z
          .union([z.string(), TextSchema])
          .optional()
          .describe("A note in three languages is shown to readers; a plain string is for reviewers only"),
        document: DocumentSchema.optional().describe('The document, when ref is "document"'),
      })
      .strict()
      .refine((source) => (source.ref === DOCUMENT_REF) === (source.document !== undefined), {
        message: 'a "document" source names its document, and only it does',
        path: ["document"],
      }),
  ])
  .describe("Where a fact comes from");
export type Source = z.infer<typeof SourceSchema>;

export type NormalisedSource = {
  ref: string;
  parsed: SourceRef;
  confidence: Confidence;
  note?: string | Text;
  document?: DocumentSource;
};

/** What a user writes is as sure as the user: medium, until a facilitator has reviewed it. */
const defaultConfidence = (parsed: SourceRef): Confidence => {
  if (parsed.kind === "general-knowledge") return parsed.confidence;
  return parsed.kind === "self-reported" ? "medium" : "high";
};

/** True for what users entered in the workspace rather than the reference data. */
export const isUserSource = (source: Source): boolean => {
  const kind = normaliseSource(source).parsed.kind;
  return kind === "self-reported" || kind === "document";
};

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
    ...(source.document ? { document: source.document } : {}),
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
