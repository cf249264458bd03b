import type { User } from "../../domain/policy/actor.ts";
import type { Repositories } from "../../store/repositories.ts";
import type { UserRow } from "../../store/users.repository.ts";
import { isWellFormedSecret, newSecret, secretId } from "./tokens.ts";

export type SessionPolicy = {
  /** Signed out after this long without a request. */
  idleMs: number;
  /** Signed out this long after signing in, however active. */
  absoluteMs: number;
};

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 2 * 60 * 60 * 1000, absoluteMs: 12 * 60 * 60 * 1000 };

/** Last-seen is written at most once a minute, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export type ClientInfo = { ip?: string | null | undefined; userAgent?: string | null | undefined };

export const toActor = (user: UserRow): User => ({ kind: "user", id: user.id, role: user.role, scope: user.scope });

/** Starts a session and returns the secret for the cookie; the database keeps only its hash. */
export const startSession = async (
  repos: Pick<Repositories, "sessions">,
  userId: string,
  client: ClientInfo,
  now: Date,
  policy: SessionPolicy,
): Promise<{ secret: string; sessionId: string; expiresAt: Date }> => {
  const { secret, id } = newSecret();
  const expiresAt = new Date(now.getTime() + policy.absoluteMs);
  await repos.sessions.insert({
    id,
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: client.ip ?? null,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { secret, sessionId: id, expiresAt };
};

export type ResolvedSession = { sessionId: string; user: UserRow; expiresAt: Date };

/**
 * The session a cookie names, if it is still good: not idle too long, not past its absolute end,
 * its user not disabled. A session that is no longer good is deleted.
 */
export const resolveSession = async (
  repos: Pick<Repositories, "sessions">,
  secret: string,
  now: Date,
  policy: SessionPolicy,
): Promise<ResolvedSession | undefined> => {
  if (!isWellFormedSecret(secret)) return undefined;
  const id = secretId(secret);
  const found = await repos.sessions.withUser(id);
  if (!found) return undefined;
  const { session, user } = found;
  const isIdle = now.getTime() - session.lastSeenAt.getTime() > policy.idleMs;
  if (isIdle || now >= session.expiresAt || user.status !== "active") {
    await repos.sessions.remove(id);
    return undefined;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repos.sessions.touch(id, now);
  return { sessionId: id, user, expiresAt: session.expiresAt };
};

export const sessionPolicyFromEnv = (env: NodeJS.ProcessEnv): SessionPolicy => {
  const minutes = (value: string | undefined, fallback: number) => {
    const parsed = Number(value);
    return Number.isFinite(parsed) && parsed > 0 ? parsed * 60_000 : fallback;
  };
  return {
    idleMs: minutes(env.SESSION_IDLE_MINUTES, DEFAULT_SESSION_POLICY.idleMs),
    absoluteMs: minutes(env.SESSION_ABSOLUTE_MINUTES, DEFAULT_SESSION_POLICY.absoluteMs),
  };
};
