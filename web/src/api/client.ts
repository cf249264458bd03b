import type { Lang } from "../lib/lang.ts";

/** An API error, its message already in the reader's language ({"error": {"code", "message"}}). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export type Params = Record<string, string | number | undefined | null>;

/** "/api/x?a=1&lang=th": empty values are left out so the URL says only what was asked. */
export const apiUrl = (path: string, params: Params, lang: Lang): string => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(name, String(value));
  }
  search.set("lang", lang);
  return `${path}?${search.toString()}`;
};

const errorOf = (body: unknown): { code: string; message: string } | undefined => {
  if (typeof body !== "object" || body === null || !("error" in body)) return undefined;
  const { error } = body as { error: { code?: unknown; message?: unknown } };
  return typeof error.message === "string"
    ? { code: typeof error.code === "string" ? error.code : "error", message: error.message }
    : undefined;
};

export const apiGet = async <T>(path: string, params: Params, lang: Lang, signal?: AbortSignal): Promise<T> => {
  const response = await fetch(apiUrl(path, params, lang), { signal, headers: { accept: "application/json" } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = errorOf(body);
    throw new ApiError(
      error?.code ?? "http",
      error?.message ?? `${response.status} ${response.statusText}`,
      response.status,
    );
  }
  return body as T;
};
