import { EmailSchema, isPasswordLikeEmail } from "../../domain/account.ts";
import type { Lang } from "../../domain/text.ts";
import { t } from "../../i18n/index.ts";
import { InvalidInput, NotFound, TokenInvalid } from "../errors.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";
import { deliverLink, formatExpiry, issueLink } from "./links.ts";
import { hashPassword } from "./password.ts";
import { secretId } from "./tokens.ts";

const resetMail = (lang: Lang, to: string, expiresAt: Date) => ({
  to,
  subject: t(lang, "mail.reset.subject"),
  body: (link: string) => t(lang, "mail.reset.body", { expires: formatExpiry(lang, expiresAt), link }),
});

/**
 * "Forgot password": mails a one-time link when the address has an active account and a mail
 * server is configured. The answer never says whether the address has an account, and the link is
 * never shown to whoever asked (that would hand over the account): without mail, an administrator
 * makes the link.
 */
export const requestPasswordReset = async (
  deps: WorkspaceDeps,
  email: string,
  meta: RequestMeta,
  baseUrl: string,
): Promise<{ isMailConfigured: boolean }> => {
  const parsed = EmailSchema.safeParse(email);
  const address = parsed.success ? parsed.data : email.trim().toLowerCase().slice(0, 254);
  const user = parsed.success ? await deps.repos.users.byEmail(address) : undefined;
  const canSend = deps.mailer !== null && user?.status === "active";
  const issued = await runChange(deps, { ...meta, actorEmail: address }, { changesData: false }, async (tx, at) => ({
    value: canSend && user ? await issueLink(tx, "password-reset", { email: address, userId: user.id }, at) : null,
    audit: {
      action: "password-reset.request",
      recordKind: "user",
      recordId: user?.id ?? `email:${address}`,
      before: null,
      after: null,
      reason: canSend ? "link mailed" : deps.mailer ? "no active account" : "no mail server",
    },
  }));
  if (issued && user) {
    // Sent after answering, so the answer takes as long for an address without an account.
    const link = new URL(issued.path, baseUrl).toString();
    void deliverLink(deps.mailer, resetMail(user.lang, user.email, issued.expiresAt), link, { mayShowLink: false });
  }
  return { isMailConfigured: deps.mailer !== null };
};

/** An administrator makes a reset link for a user: mailed to them, or shown to pass on. */
export const createResetLink = async (deps: WorkspaceDeps, meta: RequestMeta, userId: string, baseUrl: string) => {
  const user = await deps.repos.users.byId(userId);
  if (!user) throw new NotFound("user", userId);
  const issued = await runChange(deps, meta, { changesData: false }, async (tx, at) => ({
    value: await issueLink(tx, "password-reset", { email: user.email, userId: user.id, createdBy: meta.actor?.id }, at),
    audit: { action: "password-reset.link", recordKind: "user", recordId: user.id, before: null, after: null },
  }));
  const link = new URL(issued.path, baseUrl).toString();
  const delivery = await deliverLink(deps.mailer, resetMail(user.lang, user.email, issued.expiresAt), link, {
    mayShowLink: true,
  });
  return { expiresAt: issued.expiresAt, ...delivery };
};

/** Sets the new password once, and signs the account out everywhere. */
export const completePasswordReset = async (
  deps: WorkspaceDeps,
  secret: string,
  password: string,
  meta: RequestMeta,
) => {
  const token = await deps.repos.tokens.usable(secretId(secret), "password-reset", deps.now());
  if (!token?.userId) throw new TokenInvalid();
  if (isPasswordLikeEmail(password, token.email))
    throw new InvalidInput([{ field: "password", key: "error.password.like-email" }]);
  const passwordHash = await hashPassword(password);
  const userId = token.userId;
  await runChange(deps, { ...meta, actorEmail: token.email }, { changesData: false }, async (tx, at) => {
    if (!(await tx.tokens.redeem(token.id, at))) throw new TokenInvalid();
    const user = await tx.users.update(userId, { passwordHash }, at);
    if (!user) throw new TokenInvalid();
    const ended = await tx.sessions.removeForUser(userId);
    return {
      value: undefined,
      audit: {
        action: "password-reset.complete",
        recordKind: "user",
        recordId: userId,
        before: null,
        after: { sessionsEnded: ended },
      },
    };
  });
};
