import type { Catalog } from "../../catalog/catalog.ts";
import type { Lang } from "../../domain/text.ts";
import { t } from "../../i18n/index.ts";
import type { Flag } from "../../matching/engine.ts";
import type { MatchResult } from "../../matching/modes.ts";
import { CRITERIA } from "../../matching/weights.ts";

const bar = (value: number): string => "█".repeat(Math.round(value * 10)).padEnd(10, "·");

export const describeFlag = (flag: Flag, lang: Lang): string => {
  const { code, ...params } = flag;
  return t(lang, `flag.${code}`, params as Record<string, string | number>);
};

/** One ranked result as text: name, score, per-criterion bars, reasons with sources, flags. */
export const renderResult = (
  catalog: Catalog,
  rank: number,
  result: MatchResult,
  lang: Lang,
  name = result.id,
): string => {
  const locality = catalog.localities.get(result.id);
  const lines = [
    `${rank}. ${locality ? `${locality.names[lang]} (${result.id})` : name}  score ${result.score.toFixed(3)}`,
  ];
  if (locality) lines.push(`   ${t(lang, `tier.${locality.tier}`)} · ${t(lang, `region.${locality.region}`)}`);
  for (const criterion of CRITERIA)
    lines.push(
      `   ${criterion.padEnd(15)} ${bar(result.criteria[criterion])} ${result.criteria[criterion].toFixed(2)}`,
    );
  if (result.issues.length) {
    const labels = result.issues.map((issue) => catalog.issues.get(issue)?.label[lang] ?? issue);
    lines.push(`   ${t(lang, "field.issues")}: ${labels.join(", ")}`);
  }
  for (const reason of result.reasons)
    lines.push(`   • ${reason[lang]}${reason.sources.length ? ` [${reason.sources.join(", ")}]` : ""}`);
  for (const flag of result.flags) lines.push(`   ! ${describeFlag(flag, lang)}`);
  return `${lines.join("\n")}\n`;
};
