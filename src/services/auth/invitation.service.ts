import { type InvitationInput, isPasswordLikeEmail } from "../../domain/account.ts";
import type { Lang } from "../../domain/text.ts";
import { t } from "../../i18n/index.ts";
import { Conflict, InvalidInput, TokenInvalid } from "../errors.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";
import { deliverLink, formatExpiry, issueLink, roleLabel } from "./links.ts";
import { hashPassword } from "./password.ts";
import { assertScopeExists } from "./scope-check.ts";
import { type ClientInfo, type SessionPolicy, startSession } from "./session.service.ts";
import { secretId } from "./tokens.ts";
import { userView } from "./user-view.ts";

const scopeLabel = (lang: Lang, scope: InvitationInput["scope"]): string =>
  [...scope.localities, ...scope.organisations].join(", ") || t(lang, "scope.everything");

/**
 * Invites an address with a role and a scope: a one-time link valid for 7 days, mailed when a mail
 * server is configured, otherwise (or if sending fails) shown to the inviter to pass on.
 */
export const invite = async (deps: WorkspaceDeps, meta: RequestMeta, input: InvitationInput, baseUrl: string) => {
  await assertScopeExists(deps.repos, input.scope);
  const existing = await deps.repos.users.byEmail(input.email);
  if (existing?.status === "active") throw new Conflict("error.already-exists", { what: input.email });
  const issued = await runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const link = await issueLink(
      tx,
      "invitation",
      { email: input.email, role: input.role, scope: input.scope, createdBy: meta.actor?.id ?? null },
      at,
    );
    return {
      value: link,
      audit: {
        action: "invitation.create",
        recordKind: "invitation",
        recordId: input.email,
        before: null,
        after: { email: input.email, role: input.role, scope: input.scope, expiresAt: link.expiresAt.toISOString() },
      },
    };
  });
  const link = new URL(issued.path, baseUrl).toString();
  const lang = input.lang;
  const delivery = await deliverLink(
    deps.mailer,
    {
      to: input.email,
      subject: t(lang, "mail.invitation.subject"),
      body: (url) =>
        t(lang, "mail.invitation.body", {
          inviter: meta.actorEmail ?? "Jubkoo",
          role: roleLabel(lang, input.role),
          scope: scopeLabel(lang, input.scope),
          expires: formatExpiry(lang, issued.expiresAt),
          link: url,
        }),
    },
    link,
    { mayShowLink: true },
  );
  return { email: input.email, role: input.role, scope: input.scope, expiresAt: issued.expiresAt, ...delivery };
};

/** What an invitation link offers, for the page that accepts it. */
export const inspectInvitation = async (deps: WorkspaceDeps, secret: string) => {
  const token = await deps.repos.tokens.usable(secretId(secret), "invitation", deps.now());
  if (!token?.role) throw new TokenInvalid();
  return { email: token.email, role: token.role, scope: token.scope, expiresAt: token.expiresAt };
};

/** Accepting creates the account (or re-enables a disabled one) and signs it in, once. */
export const acceptInvitation = async (
  deps: WorkspaceDeps,
  secret: string,
  input: { name: string; password: string; lang?: Lang | undefined },
  client: ClientInfo & Pick<RequestMeta, "requestId">,
  policy: SessionPolicy,
) => {
  const offered = await inspectInvitation(deps, secret);
  if (isPasswordLikeEmail(input.password, offered.email))
    throw new InvalidInput([{ field: "password", key: "error.password.like-email" }]);
  const passwordHash = await hashPassword(input.password);
  return runChange(
    deps,
    { actor: null, actorEmail: offered.email, ...client },
    { changesData: false },
    async (tx, at) => {
      const token = await tx.tokens.usable(secretId(secret), "invitation", at);
      if (!token?.role || !(await tx.tokens.redeem(token.id, at))) throw new TokenInvalid();
      const existing = await tx.users.byEmail(token.email);
      if (existing?.status === "active") throw new Conflict("error.already-exists", { what: token.email });
      const fields = {
        name: input.name,
        role: token.role,
        scope: token.scope ?? { localities: [], organisations: [] },
        passwordHash,
        lang: input.lang ?? "th",
      };
      const user = existing
        ? await tx.users.update(existing.id, { ...fields, status: "active" }, at)
        : await tx.users.insert({ id: deps.newId(), email: token.email, ...fields }, at);
      if (!user) throw new TokenInvalid();
      const session = await startSession(tx, user.id, client, at, policy);
      return {
        value: { user, ...session },
        audit: {
          action: "invitation.accept",
          recordKind: "user",
          recordId: user.id,
          before: existing ? userView(existing) : null,
          after: userView(user),
        },
      };
    },
  );
};
