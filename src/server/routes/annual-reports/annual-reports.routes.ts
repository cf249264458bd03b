import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ReportNarrativeSchema } from "../../../domain/annual-report.ts";
import { LocalityIdSchema } from "../../../domain/ids.ts";
import type { Actor } from "../../../domain/policy/actor.ts";
import type { Lang } from "../../../domain/text.ts";
import { toCsv, toXlsxWorkbook } from "../../../export/table-file.ts";
import {
  createReport,
  editNarrative,
  getReport,
  listReports,
  regenerateReport,
  submitReport,
} from "../../../services/continuity/annual-report.service.ts";
import { reportSheets } from "../../../services/export/annual-report-table.ts";
import { loadNameBook } from "../../../services/notifications/names.ts";
import { requestMeta } from "../../plugins/auth.ts";
import { requestLang } from "../../plugins/locale.ts";
import type { Workspace } from "../../workspace.ts";

const YearSchema = z.coerce.number().int().min(1950).max(2100).describe("Calendar year (CE), e.g. 2026");
const IdParams = z.object({ id: z.string().max(100).describe("Annual report id") });
const CreateBody = z.object({ locality: LocalityIdSchema, year: YearSchema }).strict();
const ListQuery = z.object({
  locality: z.string().max(100).optional(),
  year: YearSchema.optional(),
  lang: z.enum(["th", "en", "ja"]).optional(),
});
const SHEETS = ["summary", "activities", "indicators"] as const;
const CsvQuery = z.object({
  sheet: z.enum(SHEETS).default("activities").describe("Which table: summary, activities or indicators"),
  lang: z.enum(["th", "en", "ja"]).optional(),
});
const LangQuery = z.object({ lang: z.enum(["th", "en", "ja"]).optional() });

/** Annual reports: generated from the log, edited, submitted to MOI, exported. */
export const annualReportsRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    const { deps } = workspace;
    const tags = ["annual reports"];

    const sheetsFor = async (id: string, actor: Actor, lang: Lang) => {
      const report = await getReport(deps, actor, id);
      const names = await loadNameBook(
        deps.repos,
        {
          parties: [report.localityId, ...report.figures.relations.flatMap((relation) => relation.partners)],
          relations: report.figures.relations.map((relation) => relation.id),
        },
        lang,
      );
      return { report, sheets: reportSheets(report, names, lang) };
    };

    app.get(
      "/api/annual-reports",
      { schema: { tags, summary: "Annual reports I may read (facilitators: all)", querystring: ListQuery } },
      async (request) => ({ items: await listReports(deps, request.actor, request.query) }),
    );

    app.post(
      "/api/annual-reports",
      { schema: { tags, summary: "Generate a locality's report for a year from the activity log", body: CreateBody } },
      async (request, reply) =>
        reply.status(201).send(await createReport(deps, request.actor, requestMeta(request), request.body)),
    );

    app.get(
      "/api/annual-reports/:id",
      { schema: { tags, summary: "One annual report: figures, narrative and state", params: IdParams } },
      async (request) => getReport(deps, request.actor, request.params.id),
    );

    app.put(
      "/api/annual-reports/:id",
      {
        schema: {
          tags,
          summary: "Edit the narrative before submission",
          params: IdParams,
          body: ReportNarrativeSchema,
        },
      },
      async (request) => editNarrative(deps, request.actor, requestMeta(request), request.params.id, request.body),
    );

    app.post(
      "/api/annual-reports/:id/regenerate",
      { schema: { tags, summary: "Take the figures from the log again", params: IdParams } },
      async (request) => regenerateReport(deps, request.actor, requestMeta(request), request.params.id),
    );

    app.post(
      "/api/annual-reports/:id/submit",
      { schema: { tags, summary: "Submit to MOI (Thai provinces, Bangkok, Pattaya)", params: IdParams } },
      async (request) => submitReport(deps, request.actor, requestMeta(request), request.params.id),
    );

    app.get(
      "/api/annual-reports/:id/export.xlsx",
      {
        schema: {
          tags,
          summary: "The report as a workbook: summary, activities, indicators",
          params: IdParams,
          querystring: LangQuery,
        },
      },
      async (request, reply) => {
        const { report, sheets } = await sheetsFor(request.params.id, request.actor, requestLang(request));
        const body = Buffer.from(await (await toXlsxWorkbook(sheets)).arrayBuffer());
        return reply
          .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .header(
            "content-disposition",
            `attachment; filename="jubkoo-report-${report.localityId}-${report.year}.xlsx"`,
          )
          .send(body);
      },
    );

    app.get(
      "/api/annual-reports/:id/export.csv",
      { schema: { tags, summary: "One table of the report as CSV (UTF-8)", params: IdParams, querystring: CsvQuery } },
      async (request, reply) => {
        const { report, sheets } = await sheetsFor(request.params.id, request.actor, requestLang(request));
        const sheet = sheets[SHEETS.indexOf(request.query.sheet)];
        // The byte-order mark lets spreadsheet programs read Thai and Japanese as UTF-8.
        const body = toCsv({ columns: sheet?.columns ?? [], rows: sheet?.rows ?? [] }, { withBom: true });
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header(
            "content-disposition",
            `attachment; filename="jubkoo-report-${report.localityId}-${report.year}-${request.query.sheet}.csv"`,
          )
          .send(body);
      },
    );
  };
