import type { TFunction } from "i18next";
import { type Confidence, parseSourceRef } from "../../../src/domain/source-ref.ts";
import type { Text } from "./lang.ts";

export type { Confidence };
/** As the API sends it: "report:7628-7640", "dataset:jp-census-2020", "gk:high", or with a note. */
export type SourceInput =
  | string
  | {
      ref: string;
      confidence?: Confidence;
      note?: string | Text;
      document?: { title: string; url?: string; date?: string };
    };

export type ParsedSource =
  | { kind: "report"; from: number; to: number }
  | { kind: "dataset"; id: string }
  | { kind: "gk"; confidence: Confidence }
  | { kind: "self-reported"; by: string; date: string }
  | { kind: "document" }
  | { kind: "unknown"; ref: string };

/** The server's parser (a zod-free shared module), in the shape the web's labels use. */
export const parseSource = (ref: string): ParsedSource => {
  const parsed = parseSourceRef(ref);
  if (!parsed) return { kind: "unknown", ref };
  return parsed.kind === "general-knowledge" ? { kind: "gk", confidence: parsed.confidence } : parsed;
};

export type DatasetInfo = { id: string; title: string; publisher: string; year: number };

export const sourceRef = (source: SourceInput): string => (typeof source === "string" ? source : source.ref);

const datasetLabel = (id: string, t: TFunction, info: DatasetInfo | undefined): string =>
  info
    ? t("source.dataset", { title: info.title, publisher: info.publisher, year: info.year })
    : t("web.source.dataset", { id });

/** A source as a reader sees it: "Report, lines 7628–7640", "General knowledge (confidence: high)". */
export const describeSource = (
  source: SourceInput,
  t: TFunction,
  dataset?: (id: string) => DatasetInfo | undefined,
  partyName: (id: string) => string = (id) => id,
): string => {
  const parsed = parseSource(sourceRef(source));
  const stated = typeof source === "string" ? undefined : source.confidence;
  switch (parsed.kind) {
    case "report":
    case "dataset": {
      const label =
        parsed.kind === "report"
          ? t("source.report", { from: parsed.from, to: parsed.to })
          : datasetLabel(parsed.id, t, dataset?.(parsed.id));
      if (!stated || stated === "high") return label;
      return `${label} — ${t("web.source.confidence", { level: t(`confidence.${stated}`) })}`;
    }
    case "gk":
      return t("source.gk", { confidence: t(`confidence.${stated ?? parsed.confidence}`) });
    case "self-reported":
      return t("source.self-reported", { party: partyName(parsed.by), date: parsed.date });
    case "document": {
      const document = typeof source === "string" ? undefined : source.document;
      return document?.date
        ? t("source.document-dated", { title: document.title, date: document.date })
        : t("source.document", { title: document?.title ?? "" });
    }
    case "unknown":
      return t("web.source.unknown", { ref: parsed.ref });
  }
};

/** A document source's link, only when it is a web address (http or https). */
export const documentUrl = (source: SourceInput): string | undefined => {
  const url = typeof source === "string" ? undefined : source.document?.url;
  return url && /^https?:\/\//i.test(url) ? url : undefined;
};
/** The note readers see: one written in three languages. A plain string is the reviewers' and stays hidden. */
export const sourceNote = (source: SourceInput): Text | undefined =>
  typeof source === "string" || typeof source.note !== "object" ? undefined : source.note;
