import type { FastifyReply } from "fastify";
import type { Lang } from "../../domain/text.ts";
import { isMessageKey, type MessageKey, t } from "../../i18n/index.ts";
import {
  Conflict,
  InvalidInput,
  Refused,
  SignInFailed,
  SignInThrottled,
  TokenInvalid,
  WorkflowRefused,
} from "../../services/errors.ts";
import { CrossSiteRequest } from "./csrf.ts";

const REFUSAL_KEY: Record<Refused["reason"], MessageKey> = {
  "sign-in-required": "error.unauthenticated",
  role: "error.forbidden.role",
  scope: "error.forbidden.scope",
  "own-submission": "error.forbidden",
  self: "error.forbidden",
};

const message = (lang: Lang, key: string, params?: Record<string, string | number>): string =>
  isMessageKey(key) ? t(lang, key, params) : key;

const isCsrfError = (error: unknown): boolean =>
  typeof error === "object" &&
  error !== null &&
  "code" in error &&
  typeof error.code === "string" &&
  error.code.startsWith("FST_CSRF_");

/** The workspace's refusals and conflicts in the documented error shape; false when not one of them. */
export const sendWorkspaceError = (error: unknown, lang: Lang, reply: FastifyReply): boolean => {
  if (error instanceof CrossSiteRequest) {
    void reply.status(403).send({ error: { code: "cross_site", message: t(lang, "error.csrf-origin") } });
    return true;
  }
  if (isCsrfError(error)) {
    void reply.status(403).send({ error: { code: "csrf", message: t(lang, "error.csrf") } });
    return true;
  }
  if (error instanceof Refused) {
    const isAuth = error.reason === "sign-in-required";
    void reply.status(isAuth ? 401 : 403).send({
      error: { code: isAuth ? "unauthenticated" : "forbidden", message: t(lang, REFUSAL_KEY[error.reason]) },
    });
    return true;
  }
  if (error instanceof InvalidInput) {
    const details = error.problems.map((problem) => ({
      field: problem.field,
      message: message(lang, problem.key, problem.params),
    }));
    void reply.status(400).send({
      error: {
        code: "invalid_input",
        message: details.map((detail) => t(lang, "error.field", detail)).join(" "),
        details,
      },
    });
    return true;
  }
  if (error instanceof Conflict) {
    void reply.status(409).send({ error: { code: "conflict", message: message(lang, error.key, error.params) } });
    return true;
  }
  if (error instanceof WorkflowRefused) {
    const terms = Object.fromEntries(Object.entries(error.terms).map(([name, key]) => [name, message(lang, key)]));
    void reply
      .status(409)
      .send({ error: { code: error.code, message: message(lang, error.key, { ...error.params, ...terms }) } });
    return true;
  }
  if (error instanceof SignInFailed) {
    void reply.status(401).send({ error: { code: "sign_in_failed", message: t(lang, "error.sign-in-failed") } });
    return true;
  }
  if (error instanceof SignInThrottled) {
    void reply
      .status(429)
      .header("retry-after", String(error.retryAfterSeconds))
      .send({
        error: {
          code: "sign_in_throttled",
          message: t(lang, "error.sign-in-throttled", { seconds: error.retryAfterSeconds }),
        },
      });
    return true;
  }
  if (error instanceof TokenInvalid) {
    void reply.status(400).send({ error: { code: "token_invalid", message: t(lang, "error.token-invalid") } });
    return true;
  }
  return false;
};
