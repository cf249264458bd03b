import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiUrl } from "../../api/client.ts";
import { useLang } from "../../api/use-lang.ts";
import type { Lang } from "../../lib/lang.ts";

/**
 * A small write client for the proposal pages: same-origin requests carrying the session's CSRF
 * token (from GET /api/session) as X-CSRF-Token, errors in the reader's language with per-field
 * details. (To be replaced by the workspace's shared client once it is on main.)
 */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: "admin" | "facilitator" | "editor";
  scope: { localities: string[]; organisations: string[] };
};
type SessionAnswer = { user: SessionUser; csrfToken: string } | null;

export class WriteError extends ApiError {
  constructor(
    code: string,
    message: string,
    status: number,
    readonly details: Array<{ field: string; message: string }> = [],
  ) {
    super(code, message, status);
  }
}

const readSession = async (): Promise<SessionAnswer> => {
  const response = await fetch("/api/session", { credentials: "same-origin", headers: { accept: "application/json" } });
  if (response.status === 401) return null;
  if (!response.ok) throw new ApiError("session", `${response.status} ${response.statusText}`, response.status);
  return (await response.json()) as SessionAnswer;
};

const SESSION_KEY = ["session"] as const;

/** Who is signed in (null for a visitor); kept a minute. */
export const useSession = () =>
  useQuery({ queryKey: SESSION_KEY, queryFn: readSession, staleTime: 60_000, retry: false });

const errorOf = async (response: Response): Promise<WriteError> => {
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { code?: string; message?: string; details?: Array<{ field: string; message: string }> } }
    | undefined;
  return new WriteError(
    body?.error?.code ?? "http",
    body?.error?.message ?? `${response.status} ${response.statusText}`,
    response.status,
    body?.error?.details ?? [],
  );
};

export type Write = { method: "POST" | "PUT"; path: string; body: unknown };

const send = (write: Write, lang: Lang, token: string | undefined) => {
  const isForm = write.body instanceof FormData;
  return fetch(apiUrl(write.path, {}, lang), {
    method: write.method,
    credentials: "same-origin",
    headers: {
      accept: "application/json",
      ...(isForm ? {} : { "content-type": "application/json" }),
      ...(token ? { "x-csrf-token": token } : {}),
    },
    body: isForm ? (write.body as FormData) : JSON.stringify(write.body),
  });
};

/** One write; a token the server no longer accepts (the session rotated) is fetched again once. */
export const sendWrite = async <T>(client: QueryClient, write: Write, lang: Lang): Promise<T> => {
  const session = await client.ensureQueryData({ queryKey: SESSION_KEY, queryFn: readSession });
  let response = await send(write, lang, session?.csrfToken);
  if (response.status === 403) {
    const error = await errorOf(response.clone());
    if (error.code !== "csrf") throw error;
    const fresh = await client.fetchQuery({ queryKey: SESSION_KEY, queryFn: readSession, staleTime: 0 });
    response = await send(write, lang, fresh?.csrfToken);
  }
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as T;
};

/** A mutation that writes and then refreshes what it changed. */
export const useWrite = <T, V>(toWrite: (variables: V) => Write, invalidate: (data: T) => unknown[][]) => {
  const client = useQueryClient();
  const lang = useLang();
  return useMutation<T, WriteError, V>({
    mutationFn: (variables) => sendWrite<T>(client, toWrite(variables), lang),
    onSuccess: async (data) => {
      for (const key of invalidate(data)) await client.invalidateQueries({ queryKey: key });
    },
  });
};
