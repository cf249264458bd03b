import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { StepDurations } from "../../../domain/proposals/steps.ts";
import { toCsv, toXlsx } from "../../../export/table-file.ts";
import { t } from "../../../i18n/index.ts";
import { authorize } from "../../../services/authorize.ts";
import type { CatalogCache } from "../../../services/catalog.service.ts";
import { type DashboardRow, dashboardOf } from "../../../services/proposals/dashboard.ts";
import { requestLang } from "../../plugins/locale.ts";
import type { Workspace } from "../../workspace.ts";
import { LangQuery } from "./proposals.schema.ts";

const COLUMNS = [
  "id",
  "thai",
  "japanese",
  "proposing",
  "instrument",
  "path",
  "step",
  "since",
  "days",
  "expected",
  "overdue",
] as const;

/** MOI's dashboard (facilitators) and its list as CSV and XLSX, in the reader's language. */
export const dashboardRoutes =
  (workspace: Workspace, catalogs: CatalogCache, durations: StepDurations): FastifyPluginAsyncZod =>
  async (app) => {
    const { deps } = workspace;
    const tags = ["proposals"];
    const dashboard = async (actor: Parameters<typeof authorize>[0]) => {
      authorize(actor, { type: "proposal.dashboard" });
      const catalog = await catalogs.get();
      return { catalog, dashboard: dashboardOf(await deps.repos.proposals.list(), catalog, deps.now(), durations) };
    };

    const table = async (actor: Parameters<typeof authorize>[0], lang: ReturnType<typeof requestLang>) => {
      const { catalog, dashboard: board } = await dashboard(actor);
      const name = (id: string | null) => (id ? (catalog.localities.get(id)?.names[lang] ?? id) : "");
      const headers = COLUMNS.map((column) => t(lang, `export.proposals.${column}`));
      const rows = board.proposals.map((row: DashboardRow) => [
        row.id,
        name(row.thaiParty),
        name(row.japaneseParty),
        name(row.proposingBody),
        t(lang, `relation.type.${row.instrument}` as never),
        t(lang, `proposal.path.${row.path}` as never),
        t(lang, `proposal.step.${row.step}`),
        row.since.slice(0, 10),
        row.days,
        row.expectedDays,
        t(lang, row.isOverdue ? "common.yes" : "common.no"),
      ]);
      return { headers, rows, date: board.generatedAt.slice(0, 10), lang };
    };

    app.get(
      "/api/proposals/dashboard",
      {
        schema: {
          tags,
          summary: "Where every proposal stands: by step (overdue first), province and region; provinces with none",
          querystring: LangQuery,
        },
      },
      async (request) => (await dashboard(request.actor)).dashboard,
    );

    app.get(
      "/api/proposals/export.csv",
      { schema: { tags, summary: "The dashboard's list as CSV (UTF-8)", querystring: LangQuery } },
      async (request, reply) => {
        const { headers, rows, date } = await table(request.actor, requestLang(request));
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="proposals-${date}.csv"`)
          .send(toCsv({ columns: headers, rows }, { withBom: true }));
      },
    );

    app.get(
      "/api/proposals/export.xlsx",
      { schema: { tags, summary: "The dashboard's list as an Excel workbook", querystring: LangQuery } },
      async (request, reply) => {
        const { headers, rows, date, lang } = await table(request.actor, requestLang(request));
        return reply
          .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .header("content-disposition", `attachment; filename="proposals-${date}.xlsx"`)
          .send(
            Buffer.from(
              await (await toXlsx({ name: t(lang, "export.proposals.sheet"), columns: headers, rows })).arrayBuffer(),
            ),
          );
      },
    );
  };
