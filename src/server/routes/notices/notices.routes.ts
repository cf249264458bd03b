import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { PreferencesSchema } from "../../../domain/notifications.ts";
import {
  inbox,
  markRead,
  preferences,
  setPreferences,
  unreadCount,
} from "../../../services/notifications/inbox.service.ts";
import { requestMeta } from "../../plugins/auth.ts";
import { requestLang } from "../../plugins/locale.ts";
import type { Workspace } from "../../workspace.ts";

const InboxQuery = z.object({
  unread: z.stringbool().default(false).describe("Only unread notices"),
  lang: z.enum(["th", "en", "ja"]).optional(),
});
const ReadBody = z
  .object({
    ids: z
      .array(z.string().max(100))
      .max(200)
      .optional()
      .describe("The notices to mark read; all unread ones when left out"),
  })
  .strict();

/** The in-app inbox and each user's choice of notices. */
export const noticesRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    const { deps } = workspace;
    const tags = ["notifications"];

    app.get(
      "/api/notices",
      { schema: { tags, summary: "My notices, newest first, in my language", querystring: InboxQuery } },
      async (request) => inbox(deps, request.actor, { unreadOnly: request.query.unread, lang: requestLang(request) }),
    );

    app.get(
      "/api/notices/unread-count",
      { schema: { tags, summary: "How many of my notices are unread (for the navigation)" } },
      async (request) => ({ unread: await unreadCount(deps, request.actor) }),
    );

    app.post("/api/notices/read", { schema: { tags, summary: "Mark notices read", body: ReadBody } }, async (request) =>
      markRead(deps, request.actor, requestMeta(request), request.body.ids ?? "all"),
    );

    app.get(
      "/api/notification-preferences",
      { schema: { tags, summary: "Which notices I get, and by email at once, weekly or not" } },
      async (request) => preferences(deps, request.actor),
    );

    app.put(
      "/api/notification-preferences",
      { schema: { tags, summary: "Choose which notices I get and how often", body: PreferencesSchema } },
      async (request) => setPreferences(deps, request.actor, requestMeta(request), request.body),
    );
  };
