import type { FastifyInstance, FastifyRequest } from "fastify";

const isSignedIn = (request: FastifyRequest): boolean =>
  (request as FastifyRequest & { actor?: { kind?: unknown } }).actor?.kind === "user";

/**
 * API answers: public reference data may be kept a minute by browsers and proxies; an answer to
 * a signed-in user is private and revalidated, so an edit shows at once. The web app's shell and
 * assets are handled where they are served (plugins/static.ts).
 */
export const registerCaching = (app: FastifyInstance) => {
  app.addHook("onSend", async (request, reply) => {
    const route = request.routeOptions.url ?? "";
    if (request.method !== "GET" || !route.startsWith("/api/") || reply.hasHeader("cache-control")) return;
    if (reply.statusCode !== 200 || route === "/api/health") reply.header("cache-control", "no-store");
    else reply.header("cache-control", isSignedIn(request) ? "private, no-cache" : "public, max-age=60");
  });
};
