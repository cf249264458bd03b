import type { Lang } from "../lib/lang.ts";

/** One input's problem, as the API names the field ("text.th", "source.title", "scope"). */
export type FieldProblem = { field: string; message: string };

/** An API error, its message already in the reader's language ({"error": {"code", "message", "details"}}). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details: FieldProblem[] = [],
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

const isProblem = (value: unknown): value is FieldProblem =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as FieldProblem).field === "string" &&
  typeof (value as FieldProblem).message === "string";

const errorOf = (body: unknown): { code: string; message: string; details: FieldProblem[] } | undefined => {
  if (typeof body !== "object" || body === null || !("error" in body)) return undefined;
  const { error } = body as { error: { code?: unknown; message?: unknown; details?: unknown } };
  return typeof error.message === "string"
    ? {
        code: typeof error.code === "string" ? error.code : "error",
        message: error.message,
        details: Array.isArray(error.details) ? error.details.filter(isProblem) : [],
      }
    : undefined;
};

/** The API's error shape as an ApiError (its per-field problems kept for the form). */
export const toApiError = (response: Response, body: unknown): ApiError => {
  const error = errorOf(body);
  return new ApiError(
    error?.code ?? "http",
    error?.message ?? `${response.status} ${response.statusText}`,
    response.status,
    error?.details ?? [],
  );
};

export const apiGet = async <T>(path: string, params: Params, lang: Lang, signal?: AbortSignal): Promise<T> => {
  const response = await fetch(apiUrl(path, params, lang), { signal, headers: { accept: "application/json" } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response, body);
  return body as T;
};
