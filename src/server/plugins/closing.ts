import type { FastifyInstance } from "fastify";
import { t } from "../../i18n/index.ts";
import { requestLang } from "./locale.ts";

/**
 * While the server shuts down, requests that still arrive on open connections are told to come
 * back (503, Retry-After, documented error shape) instead of Fastify's own reply; requests already
 * running finish normally, and their connections close after the answer.
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
  // A kept-alive connection would hold the shutdown open until it times out: close it after the answer.
  app.addHook("onSend", async (_request, reply) => {
    if (isClosing) reply.header("connection", "close");
  });
};
