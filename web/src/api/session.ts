import { type QueryClient, useQuery } from "@tanstack/react-query";
import type { Lang } from "../lib/lang.ts";
import { ApiError, toApiError } from "./client.ts";
import type { TokenSource } from "./write.ts";

export type Role = "admin" | "facilitator" | "editor";
export type Scope = { localities: string[]; organisations: string[] };
export type SessionUser = { id: string; email: string; name: string; role: Role; scope: Scope; lang: Lang };
/** Signed in (the user and the token for writes), or null for a visitor. */
export type SessionState = { user: SessionUser; csrfToken: string } | null;

export const SESSION_KEY = ["session"] as const;

/** GET /api/session: 401 means a visitor, which is not an error. */
export const fetchSession = async (): Promise<SessionState> => {
  const response = await fetch("/api/session", { credentials: "same-origin", headers: { accept: "application/json" } });
  if (response.status === 401) return null;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response, body);
  return body as SessionState;
};

/** Who is reading: fetched once, then kept until a sign-in, a sign-out or a refused token. */
export const useSession = () =>
  useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Number.POSITIVE_INFINITY, retry: false });

export const tokensOf = (client: QueryClient): TokenSource => ({
  current: async () => (await client.ensureQueryData({ queryKey: SESSION_KEY, queryFn: fetchSession }))?.csrfToken,
  refresh: async () =>
    (await client.fetchQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 0 }))?.csrfToken,
});

/** Queries that never depend on who is signed in or on a write: kept when everything else is refetched. */
const KEPT = new Set(["session", "reference", "policy-module"]);

/** After a write, a sign-in or a sign-out every page's data is read again (contacts, badges, matches). */
export const refreshData = (client: QueryClient) =>
  client.invalidateQueries({ predicate: (query) => !KEPT.has(String(query.queryKey[0])) });

export const isSignInRequired = (error: unknown): boolean => error instanceof ApiError && error.status === 401;

/**
 * After a sign-out nothing the account could read stays in memory, and nothing is refetched with
 * the old account's view still mounted (an unread count polled after the session ended is a 401).
 * Pages read their public data again when they render as a visitor.
 */
export const forgetSignedInData = (client: QueryClient) => {
  client.setQueryData(SESSION_KEY, null);
  client.removeQueries({ predicate: (query) => !KEPT.has(String(query.queryKey[0])) });
};
