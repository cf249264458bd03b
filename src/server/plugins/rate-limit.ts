import rateLimit, { normalizeIP } from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ServerSettings } from "../settings.ts";
import { isApiRequest } from "./api-route.ts";

/** Routes that cost real CPU per request: counted against their own, smaller budget. */
export const HEAVY_ROUTES: ReadonlySet<string> = new Set(["/api/match", "/api/match/pairs", "/api/pair"]);

type SignedIn = { kind: "user"; id: string | number };

const isSignedIn = (actor: unknown): actor is SignedIn =>
  typeof actor === "object" &&
  actor !== null &&
  (actor as { kind?: unknown }).kind === "user" &&
  ["string", "number"].includes(typeof (actor as { id?: unknown }).id);

/**
 * Who a request counts against: a signed-in user by account (a ministry behind one NAT is many
 * people), anyone else by address. `request.ip` is the client's address only when TRUST_PROXY
 * says which proxies may report it; IPv6 addresses count per /64, as one household or office.
 */
export const rateLimitKey = (request: FastifyRequest): string => {
  const actor = (request as FastifyRequest & { actor?: unknown }).actor;
  if (isSignedIn(actor)) return `user:${actor.id}`;
  return `ip:${normalizeIP(request.ip)}`;
};

/** The route as routed (decoded: /%61pi/health is /api/health), not the raw URL. */
const routeOf = (request: FastifyRequest): string => request.routeOptions.url ?? "";

/**
 * Limits the API per client. The web app's files are not counted (a page load fetches many
 * hashed chunks). Counters live in this process: with several instances behind a balancer, each
 * allows RATE_LIMIT_MAX, so set it to the site's budget divided by the number of instances.
 */
export const registerRateLimit = async (app: FastifyInstance, settings: ServerSettings["rateLimit"]) => {
  await app.register(rateLimit, {
    timeWindow: settings.windowMs,
    keyGenerator: (request) =>
      HEAVY_ROUTES.has(routeOf(request)) ? `${rateLimitKey(request)}|heavy` : rateLimitKey(request),
    max: (_request, key) => (key.endsWith("|heavy") ? settings.heavyMax : settings.max),
    allowList: (request) => !isApiRequest(request),
  });
};
