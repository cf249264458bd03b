import { isMessageKey, notFoundMessage, t } from "../i18n/index.ts";
import { Conflict, InvalidInput, NotFound, TokenInvalid } from "../services/errors.ts";

const en = (key: string, params?: Record<string, string | number>): string =>
  isMessageKey(key) ? t("en", key, params) : key;

/** Bad input found by a workspace service, in plain words (exit code 2); undefined for anything else. */
export const describeWorkspaceError = (error: unknown): string | undefined => {
  if (error instanceof InvalidInput)
    return error.problems.map((problem) => `${problem.field}: ${en(problem.key, problem.params)}`).join("; ");
  if (error instanceof Conflict) return en(error.key, error.params);
  if (error instanceof NotFound) return notFoundMessage("en", error.kind, error.id);
  if (error instanceof TokenInvalid) return t("en", "error.token-invalid");
  return undefined;
};
