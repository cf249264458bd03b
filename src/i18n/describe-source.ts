import { type Dataset, normaliseSource, type Source } from "../domain/source.ts";
import type { Lang } from "../domain/text.ts";
import { t } from "./index.ts";

/** A source as a reader sees it: "Report, lines 6736–6785", "General knowledge (confidence: high)". */
export const describeSource = (source: Source, lang: Lang, datasets: ReadonlyMap<string, Dataset>): string => {
  const { parsed, confidence } = normaliseSource(source);
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
  }
};
