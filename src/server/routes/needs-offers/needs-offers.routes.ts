import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Repositories } from "../../../store/repositories.ts";
import { presentEntered } from "../workspace/entries.presenter.ts";

const NeedsOffersQuery = z.object({
  party: z.string().min(1).max(96).optional().describe("Only this locality's or organisation's"),
  kind: z.enum(["need", "offer"]).optional(),
  issue: z.string().min(1).max(64).optional().describe("Only those tagged with this issue id"),
});

export const needsOffersRoutes =
  (repos: Repositories): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/needs-offers",
      {
        schema: {
          tags: ["atlas"],
          summary: "What localities want from, and can give to, a partner",
          querystring: NeedsOffersQuery,
        },
      },
      async (request) => {
        const items = (await repos.needsOffers.list(request.query)).map(presentEntered);
        return { total: items.length, items };
      },
    );
  };
