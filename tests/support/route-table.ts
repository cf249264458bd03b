import type { FastifyInstance } from "fastify";

export type RouteEntry = { method: string; url: string };

/**
 * Every route the app serves, read from Fastify's route tree, so a test can insist that each
 * state-changing route is covered and notice one added without a test.
 */
export const routeTable = (app: FastifyInstance): RouteEntry[] => {
  const entries: RouteEntry[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split("\n")) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = [...(match[1] ?? "")].length / 4;
    stack.length = depth;
    stack.push(match[2] ?? "");
    const url = stack.join("");
    for (const method of (match[3] ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)) {
      entries.push({ method, url });
    }
  }
  return entries;
};

export const writeRoutes = (app: FastifyInstance): string[] =>
  routeTable(app)
    .filter((entry) => ["POST", "PUT", "PATCH", "DELETE"].includes(entry.method) && entry.url.startsWith("/api/"))
    .map((entry) => `${entry.method} ${entry.url}`)
    .sort();
