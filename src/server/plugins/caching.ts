import type { FastifyInstance } from "fastify";
import { isApiRequest } from "./api-route.ts";

/**
 * API answers: users edit the data, so a browser or proxy may keep an answer but must ask again
 * before using it (no-cache), and an edit shows on the next request. Health and errors are not
 * kept at all. Signed-in answers are made private by the auth plugin. The web app's shell and
 * assets are handled where they are served (plugins/static.ts).
 */
export const registerCaching = (app: FastifyInstance) => {
  app.addHook("onSend", async (request, reply) => {
    if (!isApiRequest(request) || reply.hasHeader("cache-control")) return;
    const isKeepable =
      request.method === "GET" && reply.statusCode === 200 && request.routeOptions.url !== "/api/health";
    reply.header("cache-control", isKeepable ? "no-cache" : "no-store");
  });
};
