import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { NotFound } from "../../../services/errors.ts";
import type { ReportText } from "../../../services/report-text.service.ts";
import { BadInput } from "../../plugins/errors.ts";

/** A reader may open at most this many lines at once (a cited range with context). */
export const MAX_REPORT_LINES = 400;

const LinesQuery = z.object({
  from: z.coerce.number().int().min(1).describe("First line (1-based)"),
  to: z.coerce.number().int().min(1).describe("Last line, inclusive"),
  lang: z.string().optional(),
});

/** The research report's text, when the server has it: facts cite its lines, readers can check them. */
export const reportRoutes =
  (report: ReportText): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/report",
      { schema: { tags: ["sources"], summary: "Whether the research report's text is here, and its length" } },
      async () => {
        const lineCount = report.lineCount();
        return { available: lineCount !== undefined, lineCount: lineCount ?? null };
      },
    );

    app.get(
      "/api/report/lines",
      {
        schema: {
          tags: ["sources"],
          summary: "Lines of the research report (Thai), as cited",
          querystring: LinesQuery,
        },
      },
      async (request) => {
        const { from, to } = request.query;
        if (to < from) throw new BadInput("to is before from");
        if (to - from + 1 > MAX_REPORT_LINES) throw new BadInput(`at most ${MAX_REPORT_LINES} lines at once`);
        const lines = report.lines(from, to);
        if (!lines) throw new NotFound("report", `${from}-${to}`);
        return { from, to, lines };
      },
    );
  };
