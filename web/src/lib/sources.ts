import type { TFunction } from "i18next";

export type Confidence = "high" | "medium" | "low";
/** As the API sends it: "report:7628-7640", "dataset:jp-census-2020", "gk:high", or with a note. */
export type SourceInput = string | { ref: string; confidence?: Confidence; note?: string };

export type ParsedSource =
  | { kind: "report"; from: number; to: number }
  | { kind: "dataset"; id: string }
  | { kind: "gk"; confidence: Confidence }
  | { kind: "unknown"; ref: string };

const REPORT = /^report:(\d+)(?:-(\d+))?$/;
const DATASET = /^dataset:([a-z0-9][a-z0-9-]*)$/;
const GENERAL = /^gk:(high|medium|low)$/;

export const parseSource = (ref: string): ParsedSource => {
  const report = REPORT.exec(ref);
  if (report) return { kind: "report", from: Number(report[1]), to: Number(report[2] ?? report[1]) };
  const dataset = DATASET.exec(ref);
  if (dataset?.[1]) return { kind: "dataset", id: dataset[1] };
  const general = GENERAL.exec(ref);
  if (general?.[1]) return { kind: "gk", confidence: general[1] as Confidence };
  return { kind: "unknown", ref };
};

export const sourceRef = (source: SourceInput): string => (typeof source === "string" ? source : source.ref);

/** A source as a reader sees it: "Report, lines 7628–7640", "General knowledge (confidence: high)". */
export const describeSource = (source: SourceInput, t: TFunction): string => {
  const parsed = parseSource(sourceRef(source));
  const stated = typeof source === "string" ? undefined : source.confidence;
  switch (parsed.kind) {
    case "report":
    case "dataset": {
      const label =
        parsed.kind === "report"
          ? t("source.report", { from: parsed.from, to: parsed.to })
          : t("web.source.dataset", { id: parsed.id });
      if (!stated || stated === "high") return label;
      return `${label} — ${t("web.source.confidence", { level: t(`confidence.${stated}`) })}`;
    }
    case "gk":
      return t("source.gk", { confidence: t(`confidence.${stated ?? parsed.confidence}`) });
    case "unknown":
      return t("web.source.unknown", { ref: parsed.ref });
  }
};

export const sourceNote = (source: SourceInput): string | undefined =>
  typeof source === "string" ? undefined : source.note;
