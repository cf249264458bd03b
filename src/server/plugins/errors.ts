import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { notFoundMessage, t } from "../../i18n/index.ts";
import { fieldOf, localizeIssue } from "../../i18n/zod-issues.ts";
import { MatchInputError } from "../../matching/modes.ts";
import { NotFound, ServiceBusy, ValidationFailed } from "../../services/errors.ts";
import { statusErrorBody } from "./error-body.ts";
import { requestLang } from "./locale.ts";
import { sendWorkspaceError } from "./workspace-errors.ts";

/** A request that is well-formed but cannot be answered as asked (HTTP 400). */
export class BadInput extends Error {}

/** Every error leaves as {"error": {"code", "message", "details"?}} in the reader's language. */
export const registerErrorHandling = (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = requestLang(request);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        field: fieldOf(error.validationContext, issue.instancePath),
        message: localizeIssue(lang, issue),
      }));
      const detail = details.map((issue) => `${issue.field}: ${issue.message}`).join("; ");
      return reply
        .status(400)
        .send({ error: { code: "bad_request", message: t(lang, "error.bad_request", { detail }), details } });
    }
    if (sendWorkspaceError(error, lang, reply)) return reply;
    if (error instanceof NotFound) {
      return reply
        .status(404)
        .send({ error: { code: "not_found", message: notFoundMessage(lang, error.kind, error.id) } });
    }
    if (error instanceof MatchInputError) {
      if (error.code === "unknown-locality") {
        return reply
          .status(404)
          .send({ error: { code: "not_found", message: notFoundMessage(lang, "locality", error.subject ?? "") } });
      }
      const message =
        error.code === "no-issue-understood"
          ? t(lang, "error.unknown_issue", { text: error.subject ?? "" })
          : error.code === "same-country"
            ? t(lang, "error.same_country", { a: error.pair?.[0][lang] ?? "", b: error.pair?.[1][lang] ?? "" })
            : t(lang, "error.empty_issue");
      return reply.status(400).send({ error: { code: error.code, message } });
    }
    if (error instanceof ServiceBusy) {
      return reply
        .status(503)
        .header("retry-after", String(error.retryAfterSeconds))
        .send({ error: { code: "busy", message: t(lang, "error.busy", { seconds: error.retryAfterSeconds }) } });
    }
    if (error instanceof BadInput) {
      return reply
        .status(400)
        .send({ error: { code: "bad_request", message: t(lang, "error.bad_request", { detail: error.message }) } });
    }
    if (error instanceof ValidationFailed) {
      return reply.status(400).send({
        error: {
          code: "validation_failed",
          message: t(lang, "error.validation", { count: error.problems.length }),
          details: error.problems,
        },
      });
    }
    if (error.statusCode === 404) {
      return reply
        .status(404)
        .send({ error: { code: "not_found", message: notFoundMessage(lang, "route", request.url) } });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.status(error.statusCode).send(statusErrorBody(lang, error.statusCode, error.message));
    }
    request.log.error(error);
    return reply.status(500).send({ error: { code: "internal", message: t(lang, "error.internal") } });
  });
  app.setNotFoundHandler((request, reply) => {
    const lang = requestLang(request);
    reply.status(404).send({ error: { code: "not_found", message: notFoundMessage(lang, "route", request.url) } });
  });
};
