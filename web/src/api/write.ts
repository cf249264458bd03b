import type { Lang } from "../lib/lang.ts";
import { ApiError, apiUrl, type Params, toApiError } from "./client.ts";

export type WriteMethod = "POST" | "PUT" | "PATCH" | "DELETE";
/** `body` is sent as JSON, or as it is when it is FormData (a file upload). */
export type WriteRequest = { method: WriteMethod; path: string; body?: unknown; params?: Params };

/** Where the CSRF token comes from: the one at hand, and a fresh one after the server refused it. */
export type TokenSource = { current: () => Promise<string | undefined>; refresh: () => Promise<string | undefined> };

/** JSON, or a file upload as multipart/form-data (the browser writes that header, with its boundary). */
const bodyOf = (body: unknown): { headers: Record<string, string>; body?: BodyInit } => {
  if (body === undefined) return { headers: {} };
  if (body instanceof FormData) return { headers: {}, body };
  return { headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
};

const send = async (request: WriteRequest, lang: Lang, token: string | undefined): Promise<Response> => {
  const payload = bodyOf(request.body);
  return fetch(apiUrl(request.path, request.params ?? {}, lang), {
    method: request.method,
    credentials: "same-origin",
    headers: { accept: "application/json", ...payload.headers, ...(token ? { "x-csrf-token": token } : {}) },
    ...(payload.body === undefined ? {} : { body: payload.body }),
  });
};

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
