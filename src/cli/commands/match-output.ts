import type { Catalog } from "../../catalog/catalog.ts";
import type { Lang } from "../../domain/text.ts";
import { isMessageKey, type MessageKey, t } from "../../i18n/index.ts";
import type { Flag } from "../../matching/engine.ts";
import type { MatchResult } from "../../matching/modes.ts";
import { CRITERIA } from "../../matching/weights.ts";

const bar = (value: number): string => "█".repeat(Math.round(value * 10)).padEnd(10, "·");

/** A flag in the reader's words: the relation's title and the province's name, never their ids. */
export const describeFlag = (catalog: Catalog, flag: Flag, lang: Lang): string => {
  switch (flag.code) {
    case "already-related":
    case "dormant-relation":
    case "past-event": {
      const relation = catalog.data.relations.find((item) => item.id === flag.relation);
      return t(lang, `flag.${flag.code}`, {
        relation: relation?.title[lang] ?? relation?.title.en ?? flag.relation,
        status: isMessageKey(`relation.status.${flag.status}`)
          ? t(lang, `relation.status.${flag.status}` as MessageKey)
          : flag.status,
      });
    }
    case "thin-data":
      return t(lang, "flag.thin-data", { facts: flag.facts });
    case "signs-via-province":
      return t(lang, "flag.signs-via-province", {
        province: catalog.localities.get(flag.province)?.names[lang] ?? flag.province,
      });
  }
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
  for (const flag of result.flags) lines.push(`   ! ${describeFlag(catalog, flag, lang)}`);
  return `${lines.join("\n")}\n`;
};
