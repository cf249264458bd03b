import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { upcomingEvents } from "../../../services/continuity/events.service.ts";
import { toICalendar } from "../../../services/export/ical.ts";
import { loadNameBook } from "../../../services/notifications/names.ts";
import { requestLang } from "../../plugins/locale.ts";
import type { Workspace } from "../../workspace.ts";
import { presentActivity } from "../activities/activities.presenter.ts";

const EventsQuery = z.object({
  locality: z.string().max(100).optional().describe("Only relations this locality is party to"),
  issue: z.string().max(100).optional().describe("Only activities (or relations) on this issue"),
  from: z.iso.date().optional().describe("From this day on (default today)"),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  lang: z.enum(["th", "en", "ja"]).optional(),
});

/** The events calendar: upcoming activities of all relations, and the same as an iCalendar feed. */
export const eventsRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    const { deps, publicUrl } = workspace;
    const tags = ["continuity"];
    const filterOf = (query: z.infer<typeof EventsQuery>) => ({
      locality: query.locality,
      issue: query.issue,
      from: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
      limit: query.limit,
    });

    app.get(
      "/api/events",
      {
        schema: {
          tags,
          summary: "Upcoming activities (public ones to visitors), soonest first",
          querystring: EventsQuery,
        },
      },
      async (request) => ({
        items: (await upcomingEvents(deps, request.actor, filterOf(request.query))).map(({ activity, relation }) => ({
          activity: presentActivity(activity, request.actor),
          relation,
        })),
      }),
    );

    app.get(
      "/api/events.ics",
      {
        schema: { tags, summary: "The same as an iCalendar (RFC 5545) file to subscribe to", querystring: EventsQuery },
      },
      async (request, reply) => {
        const events = await upcomingEvents(deps, request.actor, filterOf(request.query));
        const lang = requestLang(request);
        const names = await loadNameBook(
          deps.repos,
          { parties: events.flatMap((event) => event.relation.parties), relations: [] },
          lang,
        );
        const body = toICalendar(events, { lang, names, publicUrl, host: new URL(publicUrl).hostname });
        return reply
          .header("content-type", "text/calendar; charset=utf-8")
          .header("content-disposition", 'attachment; filename="jubkoo-events.ics"')
          .send(body);
      },
    );
  };
