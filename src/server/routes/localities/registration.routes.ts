import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { RegistrationInputSchema, RegistrationResultSchema } from "../../../domain/registration/registration.ts";
import { registerLocality } from "../../../services/registration/registration.service.ts";
import { requestMeta } from "../../plugins/auth.ts";
import type { Workspace } from "../../workspace.ts";

/** A Thai local government registers itself through the workspace (issue 12). */
export const registrationRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/localities",
      {
        schema: {
          tags: ["workspace"],
          summary: "Register a Thai local government under its province and gazetteer district",
          description:
            "Facilitators and admins register any; an editor of a Thai province registers one inside it. " +
            "The body is placed with its district (and subdistrict) names, gets an id TH-NN-<place>[-<tier>], " +
            "and is published at once as self-reported. 400 names the field that could not be placed; " +
            "409 when the province already has a body of this Thai name.",
          body: RegistrationInputSchema,
          response: { 201: RegistrationResultSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await registerLocality(workspace.deps, request.actor, requestMeta(request), request.body)),
    );
  };
