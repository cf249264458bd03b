import { ApiError } from "../../api/client.ts";
import type { Lang } from "../../lib/lang.ts";

export type ImportSummary = { localities: number; organisations: number; relations: number; needsOffers: number };
export type ImportProblem = { file: string; line?: number; record?: string; field?: string; message: string };

/** What the page shows after an attempt: the counts, or every problem found (nothing written). */
export type ImportOutcome =
  | { ok: true; imported: ImportSummary }
  | { ok: false; message: string; problems: ImportProblem[] };

const errorOf = (body: unknown) =>
  (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;

/** The signed-in session's CSRF token, or undefined for a visitor. */
export const sessionToken = async (lang: Lang): Promise<string | undefined> => {
  const response = await fetch(`/api/session?lang=${lang}`, { headers: { accept: "application/json" } });
  if (response.status === 401) return undefined;
  const body = (await response.json().catch(() => undefined)) as { csrfToken?: string } | undefined;
  if (!response.ok)
    throw new ApiError(errorOf(body)?.code ?? "http", errorOf(body)?.message ?? `${response.status}`, response.status);
  return body?.csrfToken;
};

/** Sends the file's text to POST /api/admin/import as the signed-in admin. */
export const postImport = async (
  file: { name: string; text: string },
  csrfToken: string,
  lang: Lang,
): Promise<ImportOutcome> => {
  const response = await fetch(`/api/admin/import?lang=${lang}`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", "x-csrf-token": csrfToken },
    body: JSON.stringify(file),
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, imported: (body as { imported: ImportSummary }).imported };
  const error = errorOf(body);
  const details = Array.isArray(error?.details) ? (error.details as ImportProblem[]) : [];
  return { ok: false, message: error?.message ?? `${response.status}`, problems: details };
};
