import cookie from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { type Actor, VISITOR } from "../../domain/policy/actor.ts";
import { resolveSession, type SessionPolicy, toActor } from "../../services/auth/session.service.ts";
import { Refused } from "../../services/errors.ts";
import type { RequestMeta } from "../../services/workspace/context.ts";
import type { Repositories } from "../../store/repositories.ts";
import { isApiRequest } from "./api-route.ts";

export const SESSION_COOKIE = "jubkoo_session";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

declare module "fastify" {
  interface FastifyContextConfig {
    /** A write that needs no session (sign-in, accepting an invitation, a password reset). */
    isPublic?: boolean;
  }
  interface FastifyRequest {
    /** Who is asking: a visitor, or the signed-in user (role and scope). */
    actor: Actor;
    /** The session's id (the hash of the cookie's secret) when signed in. */
    sessionId: string | undefined;
    /** The signed-in user's email, for the audit trail. */
    actorEmail: string | undefined;
  }
}

const isHttps = (request: FastifyRequest): boolean => request.protocol === "https";

/** httpOnly and SameSite always; Secure whenever the request came over HTTPS (directly or via a trusted proxy). */
export const setSessionCookie = (request: FastifyRequest, reply: FastifyReply, secret: string, expiresAt: Date) => {
  void reply.setCookie(SESSION_COOKIE, secret, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: isHttps(request),
    expires: expiresAt,
  });
};

export const clearSessionCookie = (request: FastifyRequest, reply: FastifyReply) => {
  void reply.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "lax", secure: isHttps(request) });
};

/** Who asked and from where, as the audit trail records it. */
export const requestMeta = (request: FastifyRequest): RequestMeta => ({
  actor: request.actor.kind === "user" ? request.actor : null,
  actorEmail: request.actorEmail ?? null,
  ip: request.ip,
  userAgent: request.headers["user-agent"] ?? null,
  requestId: request.id,
});

/**
 * Reads the session cookie on every API request and sets `request.actor`. Sessions live in the
 * database, so any app instance can serve any request.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, options: { repos: Repositories; policy: SessionPolicy; now: () => Date }) => {
    await app.register(cookie);
    app.decorateRequest("actor", null as never);
    app.decorateRequest("sessionId", undefined);
    app.decorateRequest("actorEmail", undefined);
    app.addHook("onRequest", async (request, reply) => {
      request.actor = VISITOR;
      const secret = request.cookies[SESSION_COOKIE];
      if (!secret || !isApiRequest(request)) return;
      const session = await resolveSession(options.repos, secret, options.now(), options.policy);
      if (!session) {
        clearSessionCookie(request, reply);
        return;
      }
      request.actor = toActor(session.user);
      request.sessionId = session.sessionId;
      request.actorEmail = session.user.email;
    });
    // A write without a session is answered 401 before its input is even read.
    app.addHook("preValidation", async (request) => {
      if (!UNSAFE_METHODS.has(request.method) || !isApiRequest(request)) return;
      if (request.routeOptions.config.isPublic || request.actor.kind === "user") return;
      throw new Refused("sign-in-required");
    });
    // What a signed-in user reads may hold what visitors do not see: never in a shared cache.
    app.addHook("onSend", async (request, reply) => {
      if (request.actor.kind === "user" && isApiRequest(request)) {
        reply.header("cache-control", "private, no-store");
      }
    });
  },
  { name: "jubkoo-auth" },
);
