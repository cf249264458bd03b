import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { PLACE_KINDS } from "../../../domain/place.ts";
import { NotFound } from "../../../services/errors.ts";
import { placeThaiRegistration } from "../../../services/placement.service.ts";
import type { Repositories } from "../../../store/repositories.ts";

const Within = z.string().regex(/^(TH|JP)-[A-Z0-9]{1,5}$/, "expected a locality id such as TH-57");

export const placesRoutes =
  (repos: Repositories): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/places",
      {
        schema: {
          tags: ["atlas"],
          summary: "Gazetteer places in a locality: Thai districts and subdistricts, wards",
          querystring: z.object({
            within: Within.describe("The province, prefecture or city"),
            kind: z.enum(PLACE_KINDS).optional(),
            parent: z.string().max(20).optional().describe("Only the places inside this place"),
          }),
        },
      },
      async (request) => ({ items: await repos.places.list(request.query) }),
    );

    app.get(
      "/api/places/placement",
      {
        schema: {
          tags: ["atlas"],
          summary: "Where a Thai local government belongs: its province and gazetteer district (and subdistrict)",
          querystring: z.object({
            province: Within.describe("TH-NN"),
            district: z.string().trim().min(1).max(120).describe("District code, or name in Thai or English"),
            subdistrict: z.string().trim().max(120).optional().describe("Subdistrict code or Thai name"),
          }),
        },
      },
      async (request) => {
        const placement = await placeThaiRegistration(repos, request.query);
        if (!placement.ok && placement.field === "province") throw new NotFound("locality", request.query.province);
        return placement;
      },
    );
  };
