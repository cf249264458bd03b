import multipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { StepDurations } from "../../../domain/proposals/steps.ts";
import type { Proposal } from "../../../domain/proposals/workflow.ts";
import type { CatalogCache } from "../../../services/catalog.service.ts";
import { actOnProposal } from "../../../services/proposals/act.service.ts";
import { createFromPair, createProposal } from "../../../services/proposals/create.service.ts";
import { updateProposal } from "../../../services/proposals/edit.service.ts";
import { getProposal, listProposals } from "../../../services/proposals/read.service.ts";
import { readinessFor } from "../../../services/proposals/readiness.service.ts";
import { presentReadiness } from "../../../services/proposals/readiness-text.ts";
import { requestMeta } from "../../plugins/auth.ts";
import { requestLang } from "../../plugins/locale.ts";
import type { Workspace } from "../../workspace.ts";
import { dashboardRoutes } from "./dashboard.routes.ts";
import { documentRoutes } from "./documents.routes.ts";
import { presentProposal, presentSummary } from "./proposals.presenter.ts";
import {
  ActBodySchema,
  FromPairSchema,
  IdParams,
  LangQuery,
  ListQuery,
  ProposalBodySchema,
  ProposalUpdateSchema,
} from "./proposals.schema.ts";
import { UPLOAD_LIMITS } from "./uploads.ts";

/** Cooperation proposals and the Thai approval process; every write is guarded by the policy and audited. */
export const proposalsRoutes =
  (workspace: Workspace, catalogs: CatalogCache, durations: StepDurations): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(multipart, { limits: UPLOAD_LIMITS });
    const { deps } = workspace;
    const tags = ["proposals"];
    const present = async (request: FastifyRequest, proposal: Proposal) => {
      const people = new Map((await deps.repos.users.list()).map((user) => [user.id, user.name]));
      const documents = await deps.repos.documents.forOwner("proposal", proposal.id);
      return presentProposal(proposal, request.actor, deps.now(), durations, documents, people);
    };

    app.post(
      "/api/proposals",
      { schema: { tags, summary: "Start a cooperation proposal (a draft)", body: ProposalBodySchema } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await present(request, await createProposal(deps, request.actor, requestMeta(request), request.body))),
    );

    app.post(
      "/api/proposals/from-pair",
      {
        schema: {
          tags,
          summary: "Propose this partnership: a draft prefilled from the pair evaluation",
          body: FromPairSchema,
        },
      },
      async (request, reply) => {
        const proposal = await createFromPair(
          deps,
          await catalogs.get(),
          request.actor,
          requestMeta(request),
          request.body,
        );
        return reply.status(201).send(await present(request, proposal));
      },
    );

    app.get(
      "/api/proposals",
      { schema: { tags, summary: "The proposals I may see (all of them for facilitators)", querystring: ListQuery } },
      async (request) => ({
        items: (await listProposals(deps, request.actor, { steps: request.query.step })).map((proposal) =>
          presentSummary(proposal, deps.now(), durations),
        ),
      }),
    );

    await app.register(dashboardRoutes(workspace, catalogs, durations));

    app.get(
      "/api/proposals/:id",
      {
        schema: {
          tags,
          summary: "One proposal: content, timeline, history, documents, what I may do",
          params: IdParams,
        },
      },
      async (request) => present(request, await getProposal(deps, request.actor, request.params.id)),
    );

    app.put(
      "/api/proposals/:id",
      {
        schema: {
          tags,
          summary: "Change a draft or a returned proposal",
          params: IdParams,
          body: ProposalUpdateSchema,
        },
      },
      async (request) => {
        const { content, reason } = request.body;
        const proposal = await updateProposal(
          deps,
          request.actor,
          requestMeta(request),
          request.params.id,
          content,
          reason,
        );
        return present(request, proposal);
      },
    );

    app.get(
      "/api/proposals/:id/readiness",
      {
        schema: {
          tags,
          summary: "The readiness check: a finding per dimension, with the report lines behind it",
          params: IdParams,
          querystring: LangQuery,
        },
      },
      async (request) => {
        const proposal = await getProposal(deps, request.actor, request.params.id);
        return presentReadiness(deps.repos, await readinessFor(deps.repos, proposal.content), requestLang(request));
      },
    );

    app.post(
      "/api/proposals/:id/acts",
      {
        schema: {
          tags,
          summary: "Take a step of the approval process, or record something at the current step",
          params: IdParams,
          body: ActBodySchema,
        },
      },
      async (request) =>
        present(
          request,
          await actOnProposal(deps, request.actor, requestMeta(request), request.params.id, request.body),
        ),
    );

    await app.register(
      documentRoutes(deps, { kind: "proposal", base: "/api/proposals", tags, noun: "proposal's current step" }),
    );
  };
