import { ApiError } from "./client.ts";

/**
 * not-found: a missing record (final). invalid: the request failed validation; its detail is the
 * validator's, so the page explains it in the reader's words instead. refused: the API's own
 * message, already in the reader's language (final). failure: worth another try.
 */
export type ErrorKind = "not-found" | "invalid" | "refused" | "failure";

export const errorKind = (error: unknown): ErrorKind => {
  if (!(error instanceof ApiError) || error.status >= 500 || error.status === 429) return "failure";
  if (error.status === 404) return "not-found";
  if (error.code === "bad_request") return "invalid";
  return error.status >= 400 ? "refused" : "failure";
};

/** React Query's retry rule: once for a failure, never for a final answer. */
export const shouldRetry = (failures: number, error: unknown): boolean =>
  errorKind(error) === "failure" && failures < 1;
