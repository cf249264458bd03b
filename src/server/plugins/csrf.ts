import csrfProtection from "@fastify/csrf-protection";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { isApiRequest } from "./api-route.ts";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Refused before any work: the request came from another site's page. */
export class CrossSiteRequest extends Error {}

/** A browser names the page's origin; another site's page, or an opaque ("null") one, is refused. */
const isCrossSite = (request: FastifyRequest, publicUrl: string | undefined): boolean => {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (origin === "null") return true;
    try {
      const host = new URL(origin).host;
      const allowed = [request.host, ...(publicUrl ? [new URL(publicUrl).host] : [])];
      return !allowed.includes(host);
    } catch {
      return true;
    }
  }
  // Without Origin, a modern browser still says where the request came from.
  const site = request.headers["sec-fetch-site"];
  return site === "cross-site" || site === "same-site";
};

/**
 * CSRF defence on every state-changing API request, in two layers: the Origin (or Sec-Fetch-Site)
 * must be this site, and a signed-in request must carry the token that GET /api/session hands out
 * (header X-CSRF-Token), bound to the session by @fastify/csrf-protection.
 */
export const csrfPlugin = fp(
  async (app: FastifyInstance, options: { hmacKey: string; publicUrl?: string | undefined }) => {
    await app.register(csrfProtection, {
      sessionPlugin: "@fastify/cookie",
      cookieKey: "jubkoo_csrf",
      cookieOpts: { path: "/", sameSite: "strict", httpOnly: true, secure: "auto" },
      getUserInfo: (request) => request.sessionId ?? "",
      getToken: (request) => {
        const header = request.headers["x-csrf-token"];
        return typeof header === "string" ? header : undefined;
      },
      csrfOpts: { hmacKey: options.hmacKey, userInfo: true },
    });
    // Before the body is even parsed: a refused request does no work at all.
    app.addHook("onRequest", (request, reply, done) => {
      if (!UNSAFE_METHODS.has(request.method) || !isApiRequest(request)) return done();
      if (isCrossSite(request, options.publicUrl)) return done(new CrossSiteRequest());
      // Without a session there is nothing to forge: the route answers 401. Sign-in, invitations and
      // resets need no session and carry their own secret; the origin check above guards them.
      if (request.actor.kind !== "user" || request.routeOptions.config.isPublic) return done();
      app.csrfProtection(request, reply, done);
    });
  },
  { name: "jubkoo-csrf", dependencies: ["jubkoo-auth"] },
);

/** A token for the signed-in session, for the web app to send back with each write. */
export const csrfTokenFor = (
  request: FastifyRequest,
  reply: { generateCsrf: (options?: { userInfo?: string }) => string },
) => reply.generateCsrf({ userInfo: request.sessionId ?? "" });
