import type { Lang } from "../lib/lang.ts";
import { ApiError, apiUrl, type Params, toApiError } from "./client.ts";

export type WriteMethod = "POST" | "PUT" | "PATCH" | "DELETE";
export type WriteRequest = { method: WriteMethod; path: string; body?: unknown; params?: Params };

/** Where the CSRF token comes from: the one at hand, and a fresh one after the server refused it. */
export type TokenSource = { current: () => Promise<string | undefined>; refresh: () => Promise<string | undefined> };

const send = async (request: WriteRequest, lang: Lang, token: string | undefined): Promise<Response> =>
  fetch(apiUrl(request.path, request.params ?? {}, lang), {
    method: request.method,
    credentials: "same-origin",
    headers: {
      accept: "application/json",
      ...(request.body === undefined ? {} : { "content-type": "application/json" }),
      ...(token ? { "x-csrf-token": token } : {}),
    },
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
  });

const isStaleToken = (error: ApiError): boolean => error.status === 403 && error.code === "csrf";

const answer = async <T>(response: Response): Promise<T> => {
  const body: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response, body);
  return body as T;
};

/**
 * One state-changing request: the session's CSRF token as X-CSRF-Token and the reader's language.
 * A token the server no longer accepts (the session rotated) is refreshed once and the write retried.
 */
export const sendWrite = async <T>(request: WriteRequest, lang: Lang, tokens: TokenSource): Promise<T> => {
  try {
    return await answer<T>(await send(request, lang, await tokens.current()));
  } catch (error) {
    if (!(error instanceof ApiError) || !isStaleToken(error)) throw error;
    return answer<T>(await send(request, lang, await tokens.refresh()));
  }
};
