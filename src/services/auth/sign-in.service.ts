import { EmailSchema } from "../../domain/account.ts";
import {
  FAILURE_WINDOW_MS,
  type ThrottleKind,
  throttleDelaySeconds,
  throttleKey,
} from "../../domain/rules/sign-in-throttle.ts";
import { SignInFailed, SignInThrottled } from "../errors.ts";
import { auditFields, type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";
import { decoyHash, verifyPassword } from "./password.ts";
import { type ClientInfo, type SessionPolicy, startSession, toActor } from "./session.service.ts";

const keysFor = (email: string, ip: string | null | undefined): Array<[ThrottleKind, string]> => [
  ["account", throttleKey("account", email)],
  ...(ip ? ([["address", throttleKey("address", ip)]] as Array<[ThrottleKind, string]>) : []),
];

/** Seconds until the earliest moment another try is allowed; 0 when it is allowed now. */
const secondsBlocked = async (deps: WorkspaceDeps, keys: Array<[ThrottleKind, string]>, now: Date) => {
  const rows = await deps.repos.throttle.get(keys.map(([, key]) => key));
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
};

const recordFailure = async (deps: WorkspaceDeps, keys: Array<[ThrottleKind, string]>, now: Date) => {
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS);
  for (const [kind, key] of keys) {
    const failures = await deps.repos.throttle.addFailure(key, now, windowStart);
    const delay = throttleDelaySeconds(failures, kind);
    if (delay > 0) await deps.repos.throttle.block(key, new Date(now.getTime() + delay * 1000));
  }
};

/**
 * Checks the password and starts a session. The answer is the same, and takes as long, whether
 * the address has an account, is disabled, or the password is wrong; failures slow further tries
 * per account and per address; every attempt is in the audit trail.
 */
export const signIn = async (
  deps: WorkspaceDeps,
  input: { email: string; password: string },
  client: ClientInfo & Pick<RequestMeta, "requestId"> & { previousSessionId?: string | undefined },
  policy: SessionPolicy,
) => {
  const now = deps.now();
  const parsed = EmailSchema.safeParse(input.email);
  const email = parsed.success ? parsed.data : input.email.trim().toLowerCase().slice(0, 254);
  const keys = keysFor(email, client.ip);
  const blocked = await secondsBlocked(deps, keys, now);
  if (blocked > 0) throw new SignInThrottled(blocked);

  const user = parsed.success ? await deps.repos.users.byEmail(email) : undefined;
  const isPasswordRight = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
  if (!user || !isPasswordRight || user.status !== "active") {
    await recordFailure(deps, keys, now);
    await deps.repos.audit.append({
      ...auditFields({ actor: null, actorEmail: email, ...client }, now),
      action: "session.sign-in-failed",
      recordKind: "user",
      recordId: user?.id ?? `email:${email}`,
      before: null,
      after: null,
      reason: !user ? "no such account" : user.status !== "active" ? "account disabled" : "wrong password",
      reverts: null,
    });
    throw new SignInFailed();
  }

  await deps.repos.throttle.clear(throttleKey("account", email));
  const actor = toActor(user);
  return runChange(deps, { actor, actorEmail: user.email, ...client }, { changesData: false }, async (tx, at) => {
    // A new session id at every sign-in: a session planted before sign-in (fixation) is worthless.
    if (client.previousSessionId) await tx.sessions.remove(client.previousSessionId);
    const session = await startSession(tx, user.id, client, at, policy);
    await tx.users.update(user.id, { lastSignInAt: at }, at);
    return {
      value: { user, ...session },
      audit: { action: "session.sign-in", recordKind: "user", recordId: user.id, before: null, after: null },
    };
  });
};

export const signOut = async (
  deps: WorkspaceDeps,
  meta: RequestMeta,
  sessionId: string,
  options: { everywhere: boolean },
) => {
  const userId = meta.actor?.id;
  if (!userId) return 0;
  return runChange(deps, meta, { changesData: false }, async (tx) => {
    let count = 1;
    if (options.everywhere) count = await tx.sessions.removeForUser(userId);
    else await tx.sessions.remove(sessionId);
    return {
      value: count,
      audit: {
        action: options.everywhere ? "session.sign-out-everywhere" : "session.sign-out",
        recordKind: "user",
        recordId: userId,
        before: null,
        after: { sessionsEnded: count },
      },
    };
  });
};
