import { type Dataset, normaliseSource, type Source } from "../domain/source.ts";
import type { Lang } from "../domain/text.ts";
import { t } from "./index.ts";

/** A source as a reader sees it: "Report, lines 6736–6785", "General knowledge (confidence: high)". */
export const describeSource = (
  source: Source,
  lang: Lang,
  datasets: ReadonlyMap<string, Dataset>,
  partyName: (id: string) => string = (id) => id,
): string => {
  const { parsed, confidence, document } = normaliseSource(source);
  switch (parsed.kind) {
    case "report":
      return t(lang, "source.report", { from: parsed.from, to: parsed.to });
    case "dataset": {
      const dataset = datasets.get(parsed.id);
      const label = dataset
        ? t(lang, "source.dataset", { title: dataset.title, publisher: dataset.publisher, year: dataset.year })
        : parsed.id;
      return confidence === "high" ? label : `${label} — ${t(lang, `confidence.${confidence}`)}`;
    }
    case "general-knowledge":
      return t(lang, "source.gk", { confidence: t(lang, `confidence.${confidence}`) });
    case "self-reported":
      return t(lang, "source.self-reported", { party: partyName(parsed.by), date: parsed.date });
    case "document":
      return document?.date
        ? t(lang, "source.document-dated", { title: document.title, date: document.date })
        : t(lang, "source.document", { title: document?.title ?? "" });
  }
};
