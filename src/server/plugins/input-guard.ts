import type { FastifyInstance } from "fastify";
import { t } from "../../i18n/index.ts";
import { requestLang } from "./locale.ts";

/** The path (query.q, params.id, body.items.0.name) of the first string holding a NUL, if any. */
const nulPath = (value: unknown, path: string, depth = 0): string | undefined => {
  if (typeof value === "string") return value.includes("\u0000") ? path : undefined;
  if (depth > 20 || value === null || typeof value !== "object") return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes("\u0000")) return `${path}.${key.replaceAll("\u0000", "\\0")}`;
    const found = nulPath(inner, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
};

/**
 * PostgreSQL text cannot hold a NUL character, so one in any parameter would fail deep in the
 * database as a 500. It is refused here, before validation, as the reader's mistake (400).
 */
export const registerInputGuard = (app: FastifyInstance) => {
  app.addHook("preValidation", async (request, reply) => {
    const field = nulPath(request.params, "params") ?? nulPath(request.query, "query") ?? nulPath(request.body, "body");
    if (!field) return;
    const lang = requestLang(request);
    return reply
      .status(400)
      .send({ error: { code: "bad_request", message: t(lang, "error.nul_character", { field }) } });
  });
};
