import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { acceptInvitation, inspectInvitation, invite } from "../../../services/auth/invitation.service.ts";
import {
  completePasswordReset,
  createResetLink,
  requestPasswordReset,
} from "../../../services/auth/password-reset.service.ts";
import { listUsers, updateUser } from "../../../services/auth/users.service.ts";
import { authorize } from "../../../services/authorize.ts";
import { requestMeta, setSessionCookie } from "../../plugins/auth.ts";
import type { Workspace } from "../../workspace.ts";
import {
  AcceptBody,
  InvitationBody,
  NewPasswordBody,
  ResetRequestBody,
  TokenParams,
  UserChangesBody,
  UserParams,
} from "./accounts.schema.ts";

/** Invitations, password resets and the admin's user list. */
export const accountsRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    const { deps, publicUrl } = workspace;

    app.post(
      "/api/invitations",
      { schema: { tags: ["account"], summary: "Invite an address with a role and a scope", body: InvitationBody } },
      async (request, reply) => {
        authorize(request.actor, { type: "user.invite", role: request.body.role });
        const result = await invite(deps, requestMeta(request), request.body, publicUrl);
        return reply.status(201).send({ ...result, expiresAt: result.expiresAt.toISOString() });
      },
    );

    app.get(
      "/api/invitations/:token",
      { schema: { tags: ["account"], summary: "What an invitation link offers", params: TokenParams } },
      async (request) => {
        const offered = await inspectInvitation(deps, request.params.token);
        return { ...offered, expiresAt: offered.expiresAt.toISOString() };
      },
    );

    app.post(
      "/api/invitations/:token/accept",
      {
        config: { isPublic: true },
        schema: {
          tags: ["account"],
          summary: "Accept an invitation: choose a name and password, and be signed in",
          params: TokenParams,
          body: AcceptBody,
        },
      },
      async (request, reply) => {
        const result = await acceptInvitation(
          deps,
          request.params.token,
          request.body,
          { ip: request.ip, userAgent: request.headers["user-agent"], requestId: request.id },
          workspace.sessionPolicy,
        );
        setSessionCookie(request, reply, result.secret, result.expiresAt);
        return reply.status(201).send({
          user: { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role },
          csrfToken: reply.generateCsrf({ userInfo: result.sessionId }),
        });
      },
    );

    app.post(
      "/api/password-resets",
      {
        config: { isPublic: true },
        schema: {
          tags: ["account"],
          summary: "Forgot password: a link is mailed if the address has an account (the answer never says)",
          body: ResetRequestBody,
        },
      },
      async (request, reply) => {
        const result = await requestPasswordReset(deps, request.body.email, requestMeta(request), publicUrl);
        return reply.status(202).send(result);
      },
    );

    app.post(
      "/api/password-resets/:token",
      {
        config: { isPublic: true },
        schema: {
          tags: ["account"],
          summary: "Set a new password with a reset link",
          params: TokenParams,
          body: NewPasswordBody,
        },
      },
      async (request, reply) => {
        await completePasswordReset(deps, request.params.token, request.body.password, requestMeta(request));
        return reply.status(204).send();
      },
    );

    app.post(
      "/api/users/:id/reset-link",
      { schema: { tags: ["account"], summary: "An administrator makes a password-reset link", params: UserParams } },
      async (request, reply) => {
        authorize(request.actor, { type: "user.reset-link" });
        const result = await createResetLink(deps, requestMeta(request), request.params.id, publicUrl);
        return reply.status(201).send({ ...result, expiresAt: result.expiresAt.toISOString() });
      },
    );

    app.get(
      "/api/users",
      { schema: { tags: ["account"], summary: "Every account (administrators)" } },
      async (request) => {
        authorize(request.actor, { type: "user.list" });
        return { items: await listUsers(deps) };
      },
    );

    app.patch(
      "/api/users/:id",
      {
        schema: {
          tags: ["account"],
          summary: "Change a user's role or scope, or disable the account",
          params: UserParams,
          body: UserChangesBody,
        },
      },
      async (request) => {
        authorize(request.actor, { type: "user.update", targetId: request.params.id });
        return updateUser(deps, requestMeta(request), request.params.id, request.body);
      },
    );
  };
