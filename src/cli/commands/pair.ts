import { loadConfig } from "../../config.ts";
import { t } from "../../i18n/index.ts";
import { evaluatePair } from "../../matching/modes.ts";
import { parseWeights } from "../../matching/weights.ts";
import { loadCatalog } from "../../services/catalog.service.ts";
import { withStore } from "../../services/open-store.ts";
import { type Command, EXIT, UsageError } from "../command.ts";
import { json, parseLang } from "../format.ts";
import { renderResult } from "./match-output.ts";

export const pair: Command = {
  name: "pair",
  summary: "evaluate one Thai–Japanese pair: criteria, reasons, issues, what each side gains",
  usage: "jubkoo pair ID ID [--issue TEXT] [--weights name=value,…] [--lang th|en|ja] [--json]",
  options: {
    issue: { type: "string" },
    weights: { type: "string" },
    lang: { type: "string" },
    json: { type: "boolean" },
  },
  allowPositionals: true,
  run: async ({ values, positionals }, io) => {
    const [first, second, ...extra] = positionals;
    if (!first || !second || extra.length) throw new UsageError("give two locality ids, one Thai and one Japanese");
    const lang = parseLang(values.lang, io.env);
    const weights = parseWeights(typeof values.weights === "string" ? values.weights : undefined);
    if (!weights.ok) throw new UsageError(`--weights: ${weights.error}`);
    const issue = typeof values.issue === "string" ? values.issue : undefined;
    return withStore(loadConfig(io.env), { seedIfEmpty: true }, async ({ repos }) => {
      const catalog = await loadCatalog(repos);
      const evaluation = evaluatePair(catalog, first, second, {
        ...(issue === undefined ? {} : { issue }),
        weights: weights.weights,
      });
      if (values.json) {
        io.out(json(evaluation));
        return EXIT.ok;
      }
      const nameA = catalog.localities.get(evaluation.a)?.names[lang] ?? evaluation.a;
      io.out(renderResult(catalog, 1, evaluation, lang).replace(/^1\. /, `${nameA} (${evaluation.a}) ↔ `));
      for (const [side, gains] of [
        [evaluation.a, evaluation.gains.a],
        [evaluation.b, evaluation.gains.b],
      ] as const) {
        const name = catalog.localities.get(side)?.names[lang] ?? side;
        io.out(`\n${t(lang, "match.gains", { name })}:\n`);
        for (const gain of gains)
          io.out(
            `   • ${catalog.issues.get(gain.issue)?.label[lang] ?? gain.issue}: ${gain.from[lang]} [${gain.sources.join(", ")}]\n`,
          );
        if (gains.length === 0) io.out("   —\n");
      }
      return EXIT.ok;
    });
  },
};
