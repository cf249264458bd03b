import { loadConfig } from "../../config.ts";
import { TIERS } from "../../domain/locality.ts";
import { t } from "../../i18n/index.ts";
import { withStore } from "../../services/open-store.ts";
import { type Command, EXIT } from "../command.ts";
import { json, parseChoice, parseLang, table } from "../format.ts";

export const localitiesList: Command = {
  name: "localities list",
  summary: "list localities, filtered by country and tier",
  usage: "jubkoo localities list [--country TH|JP] [--tier TIER] [--search TEXT] [--lang th|en|ja] [--json]",
  options: {
    country: { type: "string" },
    tier: { type: "string" },
    search: { type: "string" },
    lang: { type: "string" },
    json: { type: "boolean" },
  },
  run: async ({ values }, io) => {
    const country = parseChoice("country", values.country, ["TH", "JP"] as const);
    const tier = parseChoice("tier", values.tier, TIERS);
    const lang = parseLang(values.lang, io.env);
    const query = typeof values.search === "string" ? values.search : undefined;
    return withStore(loadConfig(io.env), { seedIfEmpty: true }, async ({ repos }) => {
      const { items } = await repos.localities.list({ country, tier, q: query });
      if (values.json) {
        io.out(json(items));
        return EXIT.ok;
      }
      const rows = items.map((locality) => [
        locality.id,
        locality.names[lang],
        t(lang, `tier.${locality.tier}`),
        t(lang, `region.${locality.region}`),
        locality.population ? locality.population.value.toLocaleString("en-US") : "",
      ]);
      io.out(
        table(
          ["id", t(lang, "field.name"), t(lang, "field.tier"), t(lang, "field.region"), t(lang, "field.population")],
          rows,
        ),
      );
      io.out(`${items.length} localities\n`);
      return EXIT.ok;
    });
  },
};
