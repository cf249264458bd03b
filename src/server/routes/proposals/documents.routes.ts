import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachDocument, readDocument } from "../../../services/documents/documents.service.ts";
import type { WorkspaceDeps } from "../../../services/workspace/context.ts";
import type { OwnerKind } from "../../../store/documents.repository.ts";
import { requestMeta } from "../../plugins/auth.ts";
import { presentDocument } from "./proposals.presenter.ts";
import { DocumentParams } from "./proposals.schema.ts";
import { readUpload, sendDocument } from "./uploads.ts";

const OwnerParams = z.object({ id: z.string().min(1).max(100).describe("Id of the record the files belong to") });

/**
 * Upload and download of the files attached to one kind of record (a proposal's step, a trip
 * request): `POST {base}/:id/documents` and `GET {base}/:id/documents/:documentId`. The parent
 * plugin registers @fastify/multipart; who may attach or read is the documents service's policy.
 */
export const documentRoutes =
  (
    deps: WorkspaceDeps,
    owner: { kind: OwnerKind; base: string; tags: string[]; noun: string },
  ): FastifyPluginAsyncZod =>
  async (app) => {
    const { kind, base, tags, noun } = owner;
    app.post(
      `${base}/:id/documents`,
      {
        schema: {
          tags,
          summary: `Attach a file to the ${noun} (multipart, field 'file'; PDF, image or Office; 10 MB at most)`,
          params: OwnerParams,
          consumes: ["multipart/form-data"],
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const document = await attachDocument(
          deps,
          request.actor,
          requestMeta(request),
          { kind, id },
          readUpload(request),
        );
        return reply.status(201).send(presentDocument(document, `${base}/${id}`));
      },
    );

    app.get(
      `${base}/:id/documents/:documentId`,
      { schema: { tags, summary: `Download a document of the ${noun}`, params: DocumentParams } },
      async (request, reply) => {
        const { document, content } = await readDocument(
          deps,
          request.actor,
          { kind, id: request.params.id },
          request.params.documentId,
        );
        return sendDocument(reply, document, content);
      },
    );
  };
