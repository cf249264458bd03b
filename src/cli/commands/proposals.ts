import { loadConfig } from "../../config.ts";
import { STEPS } from "../../domain/proposals/steps.ts";
import { standingNow, timelineOf } from "../../domain/proposals/timeline.ts";
import { pathOf } from "../../domain/proposals/workflow.ts";
import { type Lang, textIn } from "../../domain/text.ts";
import { t } from "../../i18n/index.ts";
import { NotFound } from "../../services/errors.ts";
import { withStore } from "../../services/open-store.ts";
import { readinessFor } from "../../services/proposals/readiness.service.ts";
import { presentReadiness } from "../../services/proposals/readiness-text.ts";
import type { Repositories } from "../../store/repositories.ts";
import { type Command, EXIT, UsageError } from "../command.ts";
import { json, parseChoice, parseLang, table } from "../format.ts";

const namer = (repos: Repositories, lang: Lang) => {
  const cache = new Map<string, string>();
  return async (id: string | undefined) => {
    if (!id) return "";
    if (!cache.has(id)) cache.set(id, (await repos.localities.get(id))?.names[lang] ?? id);
    return cache.get(id) ?? id;
  };
};

export const proposalsList: Command = {
  name: "proposals list",
  summary: "cooperation proposals and where they stand in the approval process",
  usage: `jubkoo proposals list [--step ${STEPS.join("|")}] [--lang th|en|ja] [--json]`,
  options: { step: { type: "string" }, lang: { type: "string" }, json: { type: "boolean" } },
  run: async ({ values }, io) => {
    const step = parseChoice("step", values.step, STEPS);
    const lang = parseLang(values.lang, io.env);
    const config = loadConfig(io.env);
    return withStore(config, { seedIfEmpty: true }, async ({ repos }) => {
      const now = new Date();
      const proposals = await repos.proposals.list({ steps: step ? [step] : undefined });
      const rows = proposals.map((proposal) => ({
        id: proposal.id,
        thaiParty: proposal.content.thaiParty,
        japaneseParty: proposal.content.japaneseParty,
        instrument: proposal.content.instrument,
        ...standingNow(proposal, now, config.stepDurations),
      }));
      if (values.json) {
        io.out(json(rows));
        return EXIT.ok;
      }
      const name = namer(repos, lang);
      const lines: string[][] = [];
      for (const row of rows)
        lines.push([
          row.id,
          t(lang, `proposal.step.${row.step}`),
          `${row.days}${row.isOverdue ? " !" : ""}`,
          await name(row.thaiParty),
          await name(row.japaneseParty),
          t(lang, `relation.type.${row.instrument}`),
        ]);
      const headers = ["id", "step", "days", "thai", "japanese", "instrument"] as const;
      const labels: Record<(typeof headers)[number], string> = {
        id: t(lang, "export.proposals.id"),
        step: t(lang, "export.proposals.step"),
        days: t(lang, "export.proposals.days"),
        thai: t(lang, "export.proposals.thai"),
        japanese: t(lang, "export.proposals.japanese"),
        instrument: t(lang, "export.proposals.instrument"),
      };
      io.out(
        table(
          headers.map((header) => labels[header]),
          lines,
        ),
      );
      io.out(`${rows.length} proposals${rows.some((row) => row.isOverdue) ? " (! overdue)" : ""}\n`);
      return EXIT.ok;
    });
  },
};

export const proposalsShow: Command = {
  name: "proposals show",
  summary: "one proposal: parties, timeline with days per step, history and readiness check",
  usage: "jubkoo proposals show ID [--lang th|en|ja] [--json]",
  options: { lang: { type: "string" }, json: { type: "boolean" } },
  allowPositionals: true,
  run: async ({ values, positionals }, io) => {
    const [id] = positionals;
    if (!id || positionals.length > 1) throw new UsageError("give one proposal id");
    const lang = parseLang(values.lang, io.env);
    const config = loadConfig(io.env);
    return withStore(config, { seedIfEmpty: true }, async ({ repos }) => {
      const proposal = await repos.proposals.get(id);
      if (!proposal) throw new NotFound("proposal", id);
      const now = new Date();
      const timeline = timelineOf(proposal, now, config.stepDurations);
      const readiness = await presentReadiness(repos, await readinessFor(repos, proposal.content), lang);
      if (values.json) {
        io.out(json({ ...proposal, timeline, readiness }));
        return EXIT.ok;
      }
      const name = namer(repos, lang);
      const { content } = proposal;
      const lines = [
        `${t(lang, "kind.proposal")} ${proposal.id}`,
        content.title ? textIn(content.title, lang).value : "",
        `${t(lang, "export.proposals.thai")}: ${await name(content.thaiParty)} (${content.thaiParty})`,
        ...(content.proposingBody
          ? [
              `${t(lang, "export.proposals.proposing")}: ${await name(content.proposingBody)} (${content.proposingBody})`,
            ]
          : []),
        `${t(lang, "export.proposals.japanese")}: ${await name(content.japaneseParty)} (${content.japaneseParty})`,
        `${t(lang, "export.proposals.instrument")}: ${t(lang, `relation.type.${content.instrument}`)}`,
        `${t(lang, "export.proposals.path")}: ${t(lang, `proposal.path.${pathOf(content)}`)}`,
        `${t(lang, "export.proposals.step")}: ${t(lang, `proposal.step.${proposal.state.step}`)}`,
        "",
        ...timeline.map(
          (entry) =>
            `  ${entry.enteredAt.slice(0, 10)}  ${t(lang, `proposal.step.${entry.step}`)}  ${entry.days}${entry.expectedDays === null ? "" : `/${entry.expectedDays}`} d${entry.isOverdue ? " !" : ""}`,
        ),
        "",
        ...proposal.events.map(
          (event) =>
            `  ${event.at.slice(0, 16).replace("T", " ")}  ${t(lang, `proposal.act.${event.act}`)}${event.comment ? ` — ${event.comment}` : ""}`,
        ),
        "",
        ...readiness.dimensions.flatMap((result) => [
          `${result.label}: ${t(lang, `readiness.severity.${result.status}`)}`,
          ...result.findings
            .filter((found) => found.severity === "warning" || found.severity === "blocker")
            .map((found) => `  • ${found.message} [${found.sources.join(", ")}]`),
        ]),
      ];
      io.out(`${lines.filter((line, index) => line !== "" || index > 1).join("\n")}\n`);
      return EXIT.ok;
    });
  },
};
