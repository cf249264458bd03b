import { ApiError, type FieldProblem } from "../../api/client.ts";

/** The API's per-field problems of a failed write, looked up by the input's name ("text.th"). */
export type FieldErrors = { of: (field: string) => string[]; all: FieldProblem[] };

export const NO_ERRORS: FieldErrors = { of: () => [], all: [] };

export const fieldErrors = (error: unknown): FieldErrors => {
  if (!(error instanceof ApiError) || error.details.length === 0) return NO_ERRORS;
  const all = error.details;
  return { of: (field) => all.filter((problem) => problem.field === field).map((problem) => problem.message), all };
};

/** The id of an input named by an API field path, for labels and the error summary's links. */
export const inputId = (form: string, field: string): string => `${form}-${field.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
