import type { FastifyInstance } from "fastify";
import { t } from "../../i18n/index.ts";
import { requestLang } from "./locale.ts";

/**
 * While the server shuts down, requests that still arrive on open connections are told to come
 * back (503, Retry-After, documented error shape) instead of Fastify's own reply; requests already
 * running finish normally.
 */
export const registerClosing = (app: FastifyInstance) => {
  let isClosing = false;
  app.addHook("preClose", async () => {
    isClosing = true;
  });
  app.addHook("onRequest", async (request, reply) => {
    if (!isClosing) return;
    return reply
      .status(503)
      .header("connection", "close")
      .header("retry-after", "5")
      .send({ error: { code: "unavailable", message: t(requestLang(request), "error.closing") } });
  });
};
