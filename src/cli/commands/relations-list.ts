import { loadConfig } from "../../config.ts";
import { RELATION_STATUSES, RELATION_TYPES } from "../../domain/relation.ts";
import { notFoundMessage, t } from "../../i18n/index.ts";
import { withStore } from "../../services/open-store.ts";
import { type Command, EXIT } from "../command.ts";
import { json, parseChoice, parseLang, table } from "../format.ts";

export const relationsList: Command = {
  name: "relations list",
  summary: "list relations, filtered by type, status and party",
  usage: "jubkoo relations list [--type TYPE] [--status STATUS] [--party ID] [--lang th|en|ja] [--json]",
  options: {
    type: { type: "string" },
    status: { type: "string" },
    party: { type: "string" },
    lang: { type: "string" },
    json: { type: "boolean" },
  },
  run: async ({ values }, io) => {
    const type = parseChoice("type", values.type, RELATION_TYPES);
    const status = parseChoice("status", values.status, RELATION_STATUSES);
    const party = typeof values.party === "string" ? values.party : undefined;
    const lang = parseLang(values.lang, io.env);
    return withStore(loadConfig(io.env), { seedIfEmpty: true }, async ({ repos }) => {
      if (party && !(await repos.localities.get(party)) && !(await repos.organisations.get(party))) {
        io.err(`${notFoundMessage(lang, "party", party)}\n`);
        return EXIT.usage;
      }
      const { items } = await repos.relations.list({ type, status, party });
      if (values.json) {
        io.out(json(items));
        return EXIT.ok;
      }
      const rows = items.map((relation) => [
        relation.id,
        t(lang, `relation.type.${relation.type}`),
        t(lang, `relation.status.${relation.status}`),
        relation.start ?? "",
        relation.parties.join(" + "),
      ]);
      io.out(
        table(
          ["id", t(lang, "field.type"), t(lang, "field.status"), t(lang, "field.start"), t(lang, "field.parties")],
          rows,
        ),
      );
      io.out(`${items.length} relations\n`);
      return EXIT.ok;
    });
  },
};
