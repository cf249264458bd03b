import { loadConfig } from "../../config.ts";
import type { Locality } from "../../domain/locality.ts";
import type { Relation } from "../../domain/relation.ts";
import type { Dataset, Source } from "../../domain/source.ts";
import { type AnyText, type Lang, textIn } from "../../domain/text.ts";
import { describeSource } from "../../i18n/describe-source.ts";
import { type MessageKey, notFoundMessage, t } from "../../i18n/index.ts";
import { withStore } from "../../services/open-store.ts";
import { type Command, EXIT, UsageError } from "../command.ts";
import { json, parseLang } from "../format.ts";

type Sourced = { text?: AnyText; name?: AnyText; source: Source };

const renderProfile = (
  locality: Locality,
  relations: Relation[],
  lang: Lang,
  datasets: Map<string, Dataset>,
): string => {
  const cite = (source: Source) => `[${describeSource(source, lang, datasets)}]`;
  const lines = [
    `${locality.names[lang]} (${locality.id})`,
    `${locality.names.en} · ${locality.names.th} · ${locality.names.ja}`,
    "",
  ];
  lines.push(`${t(lang, "field.tier")}: ${t(lang, `tier.${locality.tier}`)}`);
  lines.push(`${t(lang, "field.region")}: ${t(lang, `region.${locality.region}`)}`);
  if (locality.parent) lines.push(`${t(lang, "field.parent")}: ${locality.parent}`);
  if (locality.population) {
    lines.push(
      `${t(lang, "field.population")}: ${locality.population.value.toLocaleString("en-US")} (${locality.population.year ?? "?"}) ${cite(locality.population.source)}`,
    );
  }
  if (locality.area_km2)
    lines.push(
      `${t(lang, "field.area")}: ${locality.area_km2.value.toLocaleString("en-US")} ${cite(locality.area_km2.source)}`,
    );
  if (locality.office)
    lines.push(
      `${t(lang, "field.office")}: ${locality.office.lat}, ${locality.office.lon} ${cite(locality.office.source)}`,
    );
  if (locality.contacts?.website)
    lines.push(`${t(lang, "field.website")}: ${locality.contacts.website} ${cite(locality.contacts.source)}`);
  if (locality.motto) lines.push(`${t(lang, "field.motto")}: 「${locality.motto.ja}」 ${cite(locality.motto.source)}`);
  const section = (key: MessageKey, facts: Sourced[]) => {
    if (facts.length === 0) return;
    lines.push("", `${t(lang, key)}:`);
    for (const fact of facts) {
      const text = fact.text ?? fact.name;
      if (text) lines.push(`  • ${textIn(text, lang).value} ${cite(fact.source)}`);
    }
  };
  section("field.geography", locality.geography);
  section("field.industries", locality.industries);
  section("field.strengths", locality.strengths);
  section("field.challenges", locality.challenges);
  section("field.access", locality.access);
  section("field.heritage", locality.heritage);
  if (locality.designations.length) {
    lines.push("", `${t(lang, "field.designations")}:`);
    for (const designation of locality.designations)
      lines.push(
        `  • ${designation.id}${designation.year ? ` (${designation.year})` : ""} ${cite(designation.source)}`,
      );
  }
  if (relations.length) {
    lines.push("", `${t(lang, "field.relations")}:`);
    for (const relation of relations) {
      lines.push(
        `  • ${relation.title[lang]} — ${t(lang, `relation.type.${relation.type}`)}, ${t(lang, `relation.status.${relation.status}`)}${relation.start ? `, ${relation.start}` : ""} (${relation.id})`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
};

export const localitiesShow: Command = {
  name: "localities show",
  summary: "show a locality's profile with the source of every fact",
  usage: "jubkoo localities show ID [--lang th|en|ja] [--json]",
  options: { lang: { type: "string" }, json: { type: "boolean" } },
  allowPositionals: true,
  run: async ({ values, positionals }, io) => {
    const [id, ...extra] = positionals;
    if (!id || extra.length) throw new UsageError("give exactly one locality id, e.g. TH-50 or JP-40100");
    const lang = parseLang(values.lang, io.env);
    return withStore(loadConfig(io.env), { seedIfEmpty: true }, async ({ repos }) => {
      const locality = await repos.localities.get(id);
      if (!locality) {
        io.err(`${notFoundMessage(lang, "locality", id)}\n`);
        return EXIT.usage;
      }
      const { items: relations } = await repos.relations.list({ party: id });
      if (values.json) {
        io.out(json({ ...locality, relations }));
        return EXIT.ok;
      }
      const datasets = new Map((await repos.taxonomy.datasets()).map((dataset) => [dataset.id, dataset]));
      io.out(renderProfile(locality, relations, lang, datasets));
      return EXIT.ok;
    });
  },
};
