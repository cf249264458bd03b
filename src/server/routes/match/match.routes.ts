import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { TIERS, type Tier } from "../../../domain/locality.ts";
import { TIER_GROUPS } from "../../../matching/engine.ts";
import { bestPairs, evaluatePair, partnersFor } from "../../../matching/modes.ts";
import { parseWeights, type Weights } from "../../../matching/weights.ts";
import type { CatalogCache } from "../../../services/catalog.service.ts";
import { BadInput } from "../../plugins/errors.ts";
import { MatchQuery, PairQuery, PairsQuery } from "./match.schema.ts";

const weightsFrom = (text: string | undefined): Weights => {
  const parsed = parseWeights(text);
  if (!parsed.ok) throw new BadInput(`weights: ${parsed.error}`);
  return parsed.weights;
};

const tiersFrom = (text: string | undefined): readonly Tier[] | undefined => {
  if (text === undefined) return undefined;
  if (text in TIER_GROUPS) return TIER_GROUPS[text as keyof typeof TIER_GROUPS];
  if ((TIERS as readonly string[]).includes(text)) return [text as Tier];
  throw new BadInput(`tier: expected prefecture, city, town or one of ${TIERS.join(", ")}`);
};

/** Matching reads the cached catalog: each request is pure computation over it. */
export const matchRoutes =
  (catalogs: CatalogCache): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/match",
      {
        schema: {
          tags: ["matching"],
          summary: "Partners for a locality, ranked and explained",
          querystring: MatchQuery,
        },
      },
      async (request) => {
        const { from, issue, tier, limit, weights, hide } = request.query;
        return partnersFor(await catalogs.get(), {
          from,
          hideRelated: hide === "related",
          issue,
          tiers: tiersFrom(tier),
          limit,
          weights: weightsFrom(weights),
        });
      },
    );

    app.get(
      "/api/match/pairs",
      { schema: { tags: ["matching"], summary: "The best Thai–Japanese pairs for an issue", querystring: PairsQuery } },
      async (request) => {
        const { issue, tier, limit, weights } = request.query;
        return bestPairs(await catalogs.get(), { issue, tiers: tiersFrom(tier), limit, weights: weightsFrom(weights) });
      },
    );

    app.get(
      "/api/pair",
      {
        schema: {
          tags: ["matching"],
          summary: "Evaluate one pair: criteria, reasons, issues, gains",
          querystring: PairQuery,
        },
      },
      async (request) => {
        const { a, b, issue, weights } = request.query;
        return evaluatePair(await catalogs.get(), a, b, {
          ...(issue === undefined ? {} : { issue }),
          weights: weightsFrom(weights),
        });
      },
    );
  };
