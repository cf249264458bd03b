import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { importThroughServer } from "../../../services/admin/server-import.service.ts";
import { requestMeta } from "../../plugins/auth.ts";
import type { Workspace } from "../../workspace.ts";

/** The largest import accepted: a 10 MB file, with room for the JSON around it. */
const MAX_TEXT = 10 * 1024 * 1024;

const ImportBody = z.object({
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/\.(ya?ml|json)$/i, "v.import-file-name")
    .describe("The file's name (.yaml, .yml or .json): problems are reported against it"),
  text: z
    .string()
    .min(1)
    .max(MAX_TEXT)
    .describe("The file's content: {localities, organisations, relations, needsOffers}"),
});

const ImportSummary = z.object({
  imported: z.object({
    localities: z.number().int(),
    organisations: z.number().int(),
    relations: z.number().int(),
    needsOffers: z.number().int(),
  }),
});

/** Admins import user records through the running server; the import is audited like any write. */
export const adminImportRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/admin/import",
      {
        bodyLimit: MAX_TEXT + 64 * 1024,
        schema: {
          tags: ["workspace"],
          summary: "Import user records from a YAML or JSON file (admins; all or nothing; audited)",
          body: ImportBody,
          response: { 200: ImportSummary },
        },
      },
      async (request) => ({
        imported: await importThroughServer(workspace.deps, request.actor, requestMeta(request), request.body),
      }),
    );
  };
