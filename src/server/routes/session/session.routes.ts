import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { signIn, signOut } from "../../../services/auth/sign-in.service.ts";
import { requireUser } from "../../../services/authorize.ts";
import { Refused } from "../../../services/errors.ts";
import type { UserRow } from "../../../store/users.repository.ts";
import { clearSessionCookie, requestMeta, setSessionCookie } from "../../plugins/auth.ts";
import type { Workspace } from "../../workspace.ts";
import { SessionResponse, SignInBody } from "./session.schema.ts";

const sessionUser = (user: Pick<UserRow, "id" | "email" | "name" | "role" | "scope" | "lang">) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  scope: user.scope,
  lang: user.lang,
});

export const sessionRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    const { deps } = workspace;

    app.post(
      "/api/session",
      {
        config: { isPublic: true },
        schema: {
          tags: ["account"],
          summary: "Sign in: a session cookie and the token for writes",
          body: SignInBody,
          response: { 200: SessionResponse },
        },
      },
      async (request, reply) => {
        const result = await signIn(
          deps,
          request.body,
          {
            ip: request.ip,
            userAgent: request.headers["user-agent"],
            requestId: request.id,
            previousSessionId: request.sessionId,
          },
          workspace.sessionPolicy,
        );
        setSessionCookie(request, reply, result.secret, result.expiresAt);
        request.sessionId = result.sessionId;
        return {
          user: sessionUser(result.user),
          csrfToken: reply.generateCsrf({ userInfo: result.sessionId }),
          expiresAt: result.expiresAt.toISOString(),
        };
      },
    );

    app.get(
      "/api/session",
      { schema: { tags: ["account"], summary: "The signed-in user, or 401", response: { 200: SessionResponse } } },
      async (request, reply) => {
        const actor = requireUser(request.actor);
        const user = await deps.repos.users.byId(actor.id);
        if (!user) throw new Refused("sign-in-required");
        return { user: sessionUser(user), csrfToken: reply.generateCsrf({ userInfo: request.sessionId ?? "" }) };
      },
    );

    app.delete(
      "/api/session",
      { schema: { tags: ["account"], summary: "Sign out of this session" } },
      async (request, reply) => {
        requireUser(request.actor);
        await signOut(deps, requestMeta(request), request.sessionId ?? "", { everywhere: false });
        clearSessionCookie(request, reply);
        return reply.status(204).send();
      },
    );

    app.delete(
      "/api/sessions",
      { schema: { tags: ["account"], summary: "Sign out everywhere: every session of this account ends" } },
      async (request, reply) => {
        requireUser(request.actor);
        await signOut(deps, requestMeta(request), request.sessionId ?? "", { everywhere: true });
        clearSessionCookie(request, reply);
        return reply.status(204).send();
      },
    );
  };
