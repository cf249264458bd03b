import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Province and prefecture outlines (data/geo, Natural Earth), sent as stored. */
export const geoRoutes =
  (dataDir: string): FastifyPluginAsyncZod =>
  async (app) => {
    let outlines: Promise<string> | undefined;
    app.get(
      "/api/geo/outlines",
      {
        schema: {
          tags: ["atlas"],
          summary: "GeoJSON outlines of Thai provinces and Japanese prefectures (properties.id = locality id)",
        },
      },
      async (_request, reply) => {
        outlines ??= readFile(join(dataDir, "geo", "outlines.geojson"), "utf8");
        reply.header("cache-control", "public, max-age=86400").type("application/geo+json");
        return outlines;
      },
    );
  };
