import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { NotFound } from "../../services/errors.ts";

/**
 * The built web app (web/dist): hashed assets under /assets cached for a year, and index.html for
 * every other path outside /api so the browser's router can take over. /api keeps its JSON 404s.
 */
export const registerWebApp = async (app: FastifyInstance, webDir: string): Promise<boolean> => {
  if (!existsSync(join(webDir, "index.html"))) return false;
  await app.register(fastifyStatic, {
    root: join(webDir, "assets"),
    prefix: "/assets/",
    index: false,
    immutable: true,
    dotfiles: "ignore",
    maxAge: "365d",
  });
  app.get("/*", { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    if (path === "/api" || path.startsWith("/api/")) throw new NotFound("route", request.url);
    // The shell names the current hashed assets: browsers must revalidate it after every upgrade.
    return reply.header("cache-control", "no-cache").sendFile("index.html", webDir, { cacheControl: false });
  });
  return true;
};
