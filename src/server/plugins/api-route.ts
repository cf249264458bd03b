import type { FastifyRequest } from "fastify";

/**
 * Whether a request is for the API, judged by the route it was routed to: routing decodes the
 * path, so /%61pi/session reaches /api/session, and a check on the raw URL would wave it past
 * session, CSRF and rate-limit rules. Unrouted requests (404s) fall back to the raw URL.
 */
export const isApiRequest = (request: FastifyRequest): boolean =>
  (request.routeOptions.url ?? request.url).startsWith("/api/");
