import { createHash } from "node:crypto";
import type { Actor } from "../../domain/policy/actor.ts";
import type { Action } from "../../domain/policy/policy.ts";
import { partiesOf } from "../../domain/proposals/proposal.ts";
import { isClosed } from "../../domain/proposals/steps.ts";
import type { OwnerKind } from "../../store/documents.repository.ts";
import { authorize } from "../authorize.ts";
import { InvalidInput, NotFound, WorkflowRefused } from "../errors.ts";
import { loadProposal, readAction } from "../proposals/load.ts";
import { loadTrip, tripReadAction } from "../trips/trips.service.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";
import { detectType, safeFileName } from "./detect-type.ts";

/** The largest file accepted (10 MB): scans of signed letters fit, the database stays small. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type Owner = { kind: OwnerKind; id: string };

/** Who may attach to and read from an owner, and the step it is at. */
const ownerFacts = async (
  deps: WorkspaceDeps,
  owner: Owner,
): Promise<{ attach: Action; read: Action; step: string }> => {
  if (owner.kind === "proposal") {
    const proposal = await loadProposal(deps.repos, owner.id);
    return {
      attach: { type: "proposal.edit", parties: partiesOf(proposal.content) },
      read: readAction(proposal),
      step: proposal.state.step,
    };
  }
  const trip = await loadTrip(deps.repos, owner.id);
  // Whoever may ask for the trip attaches to it (the province; facilitators for the decision).
  return {
    attach: { type: "trip.create", thaiParties: trip.thaiParties },
    read: tripReadAction(trip),
    step: trip.step,
  };
};

/** Stores a file attached at the owner's current step; the type is read from the bytes, not the name. */
export const attachDocument = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  owner: Owner,
  readFile: () => Promise<{ fileName: string; content: Buffer }>,
) => {
  const facts = await ownerFacts(deps, owner);
  const user = authorize(actor, facts.attach);
  if (owner.kind === "proposal" && isClosed(facts.step as never))
    throw new WorkflowRefused("wrong_step", "error.proposal.closed", {}, { step: `proposal.step.${facts.step}` });
  // Read only once the policy has said yes: a refused upload is not even received.
  const file = await readFile();
  if (file.content.length === 0) throw new InvalidInput([{ field: "file", key: "v.document.empty" }]);
  if (file.content.length > MAX_DOCUMENT_BYTES)
    throw new InvalidInput([
      { field: "file", key: "v.document.too-large", params: { mb: MAX_DOCUMENT_BYTES / 1048576 } },
    ]);
  const type = detectType(file.content, file.fileName);
  if (!type) throw new InvalidInput([{ field: "file", key: "v.document.type" }]);
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const document = {
      id: deps.newId(),
      ownerKind: owner.kind,
      ownerId: owner.id,
      step: facts.step,
      fileName: safeFileName(file.fileName, type),
      mediaType: type.mediaType,
      size: file.content.length,
      sha256: createHash("sha256").update(file.content).digest("hex"),
      uploadedBy: user.id,
      uploadedAt: at,
    };
    await tx.documents.insert(document, file.content);
    return {
      value: document,
      audit: {
        action: `${owner.kind}.attach`,
        recordKind: owner.kind,
        recordId: owner.id,
        before: null,
        after: { ...document, uploadedAt: at.toISOString() },
      },
    };
  });
};

/** A document's description and bytes, for those who may read its owner. */
export const readDocument = async (deps: WorkspaceDeps, actor: Actor, owner: Owner, documentId: string) => {
  authorize(actor, (await ownerFacts(deps, owner)).read);
  const document = await deps.repos.documents.get(documentId);
  if (!document || document.ownerKind !== owner.kind || document.ownerId !== owner.id)
    throw new NotFound("document", documentId);
  const content = await deps.repos.documents.content(documentId);
  if (!content) throw new NotFound("document", documentId);
  return { document, content };
};

export const listDocuments = async (deps: WorkspaceDeps, owner: Owner) =>
  deps.repos.documents.forOwner(owner.kind, owner.id);
