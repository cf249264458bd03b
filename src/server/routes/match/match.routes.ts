import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { TIERS, type Tier } from "../../../domain/locality.ts";
import { tiersNamed } from "../../../matching/engine.ts";
import { parseWeights, type Weights } from "../../../matching/weights.ts";
import type { MatchService } from "../../../services/matching/match.service.ts";
import { BadInput } from "../../plugins/errors.ts";
import { MatchQuery, PairQuery, PairsQuery } from "./match.schema.ts";

const weightsFrom = (text: string | undefined): Weights => {
  const parsed = parseWeights(text);
  if (!parsed.ok) throw new BadInput(`weights: ${parsed.error}`);
  return parsed.weights;
};

const tiersFrom = (text: string | undefined): readonly Tier[] | undefined => {
  if (text === undefined) return undefined;
  const tiers = tiersNamed(text, TIERS);
  if (tiers) return tiers;
  throw new BadInput(`tier: expected prefecture, city, town or one of ${TIERS.join(", ")}`);
};

/** Matching runs in worker threads (services/matching): each route states the question and sends the answer. */
export const matchRoutes =
  (matching: MatchService): FastifyPluginAsyncZod =>
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
      async (request, reply) => {
        const { from, issue, tier, limit, weights, hide } = request.query;
        const json = await matching.answer({
          kind: "partners",
          from,
          hideRelated: hide === "related",
          issue,
          tiers: tiersFrom(tier),
          limit,
          weights: weightsFrom(weights),
        });
        return reply.type("application/json; charset=utf-8").send(json);
      },
    );

    app.get(
      "/api/match/pairs",
      { schema: { tags: ["matching"], summary: "The best Thai–Japanese pairs for an issue", querystring: PairsQuery } },
      async (request, reply) => {
        const { issue, tier, limit, weights } = request.query;
        const json = await matching.answer({
          kind: "pairs",
          issue,
          tiers: tiersFrom(tier),
          limit,
          weights: weightsFrom(weights),
        });
        return reply.type("application/json; charset=utf-8").send(json);
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
      async (request, reply) => {
        const { a, b, issue, weights } = request.query;
        const json = await matching.answer({ kind: "pair", a, b, issue, weights: weightsFrom(weights) });
        return reply.type("application/json; charset=utf-8").send(json);
      },
    );
  };
