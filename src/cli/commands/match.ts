import type { Catalog } from "../../catalog/catalog.ts";
import { loadConfig } from "../../config.ts";
import { TIERS, type Tier } from "../../domain/locality.ts";
import type { Lang } from "../../domain/text.ts";
import { t } from "../../i18n/index.ts";
import { tiersNamed } from "../../matching/engine.ts";
import { bestPairs, partnersFor } from "../../matching/modes.ts";
import { parseWeights, type Weights } from "../../matching/weights.ts";
import { loadCatalog } from "../../services/catalog.service.ts";
import { parseBatch } from "../../services/match-batch.ts";
import { withStore } from "../../services/open-store.ts";
import { type Command, EXIT, type Io, UsageError } from "../command.ts";
import { json, parseLang } from "../format.ts";
import { readInputFile } from "../input-file.ts";
import { describeFlag, renderResult } from "./match-output.ts";

export const parseTiers = (value: unknown): readonly Tier[] | undefined => {
  if (value === undefined) return undefined;
  const text = String(value);
  const tiers = tiersNamed(text, TIERS);
  if (tiers) return tiers;
  throw new UsageError(`--tier must be prefecture, city, town or a tier (${TIERS.join(", ")})`);
};

const parseLimit = (value: unknown): number => {
  if (value === undefined) return 10;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    throw new UsageError(`--limit must be a whole number from 1 to 200 (got "${String(value)}")`);
  return limit;
};

const understoodLine = (catalog: Catalog, lang: Lang, text: string, understood: string[]): string =>
  understood.length
    ? t(lang, "match.understood", {
        issues: understood.map((id) => `${catalog.issues.get(id)?.label[lang] ?? id} (${id})`).join(", "),
      })
    : t(lang, "match.none-understood", { text });

type BatchFile = { file: string; text: string };

const runBatch = async (batch: BatchFile, io: Io, catalog: Catalog, weights: Weights): Promise<number> => {
  const { file, text } = batch;
  const parsed = parseBatch(text, catalog);
  if (!parsed.ok) {
    for (const problem of parsed.problems) io.err(`${file}:${problem.line}: ${problem.message}\n`);
    io.err(`${parsed.problems.length} bad line(s); no query was answered\n`);
    return EXIT.usage;
  }
  for (const query of parsed.queries) {
    const answer = partnersFor(catalog, { ...query, weights });
    io.out(`${JSON.stringify(answer)}\n`);
  }
  return EXIT.ok;
};

export const match: Command = {
  name: "match",
  summary: "suggest partners for a locality, or the best pairs for an issue, with reasons",
  usage: [
    "jubkoo match --from ID [--issue TEXT] [--tier prefecture|city|town|TIER] [--limit N] [--weights name=value,…] [--lang th|en|ja] [--json]",
    "       jubkoo match --issue TEXT [--tier …] [--limit N] [--weights …] [--lang …] [--json]   (best Thai–Japanese pairs)",
    '       jubkoo match --batch FILE --json   (JSON lines {"from": ID, "issue": TEXT?, "limit": N?}; all lines validated first)',
    "Criteria: issueFit sharedProblems sizeTier geography industry nationalPolicy globalAgenda historyCulture tiesAccess feasibility",
  ].join("\n"),
  options: {
    from: { type: "string" },
    issue: { type: "string" },
    tier: { type: "string" },
    limit: { type: "string" },
    weights: { type: "string" },
    lang: { type: "string" },
    json: { type: "boolean" },
    batch: { type: "string" },
  },
  run: async ({ values }, io) => {
    const lang = parseLang(values.lang, io.env);
    const weightResult = parseWeights(typeof values.weights === "string" ? values.weights : undefined);
    if (!weightResult.ok) throw new UsageError(`--weights: ${weightResult.error}`);
    const tiers = parseTiers(values.tier);
    const limit = parseLimit(values.limit);
    const from = typeof values.from === "string" ? values.from : undefined;
    const issue = typeof values.issue === "string" ? values.issue : undefined;
    const batch = typeof values.batch === "string" ? values.batch : undefined;
    if (batch && (from || issue))
      throw new UsageError("--batch reads its queries from the file; drop --from and --issue");
    if (!batch && !from && issue === undefined) throw new UsageError("give --from ID, --issue TEXT, or --batch FILE");
    const batchFile = batch === undefined ? undefined : { file: batch, text: readInputFile(io.cwd, batch) };
    return withStore(loadConfig(io.env), { seedIfEmpty: true }, async ({ repos }) => {
      const catalog = await loadCatalog(repos);
      if (batchFile) return await runBatch(batchFile, io, catalog, weightResult.weights);
      if (from) {
        const answer = partnersFor(catalog, { from, issue, tiers, limit, weights: weightResult.weights });
        if (values.json) {
          io.out(json(answer));
          return EXIT.ok;
        }
        const source = catalog.localities.get(answer.from);
        io.out(`${source?.names[lang] ?? answer.from} (${answer.from})\n`);
        if (issue !== undefined) io.out(`${understoodLine(catalog, lang, issue, answer.understood)}\n`);
        io.out("\n");
        for (const [index, result] of answer.results.entries())
          io.out(`${renderResult(catalog, index + 1, result, lang)}\n`);
        if (answer.alsoConsider.length) {
          io.out(`${t(lang, "match.also-consider")}\n${t(lang, "match.also-consider-invite")}\n\n`);
          for (const result of answer.alsoConsider) {
            const locality = catalog.localities.get(result.id);
            const flags = result.flags.map((flag) => describeFlag(catalog, flag, lang)).join("; ");
            io.out(`  - ${locality?.names[lang] ?? result.id} (${result.id})  ${flags}\n`);
          }
        }
        return EXIT.ok;
      }
      const answer = bestPairs(catalog, { issue: issue ?? "", limit, tiers, weights: weightResult.weights });
      if (values.json) {
        io.out(json(answer));
        return EXIT.ok;
      }
      io.out(`${understoodLine(catalog, lang, issue ?? "", answer.understood)}\n\n`);
      answer.results.forEach((result, index) => {
        const thai = catalog.localities.get(result.thai)?.names[lang] ?? result.thai;
        io.out(
          renderResult(catalog, index + 1, { ...result, id: result.japanese }, lang).replace(
            /^\d+\. /,
            `${index + 1}. ${thai} (${result.thai}) ↔ `,
          ),
        );
        io.out("\n");
      });
      return EXIT.ok;
    });
  },
};
