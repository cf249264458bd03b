import { type NeedOfferInput, type NeedOfferUpdate, toSource } from "../../domain/editing.ts";
import type { Actor } from "../../domain/policy/actor.ts";
import { type NeedOffer, NeedOfferSchema } from "../../domain/relation.ts";
import { authorize } from "../authorize.ts";
import { loadCatalog } from "../catalog.service.ts";
import { NotFound } from "../errors.ts";
import { enqueueMatchNotices } from "../notifications/need-offer-notices.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";
import { assertIssuesExist } from "./issue-check.ts";
import { reviewStateFor, trackSelfReport } from "./self-reports.ts";

const assertPartyExists = async (deps: WorkspaceDeps, party: string) => {
  const isLocality = (await deps.repos.localities.get(party)) !== undefined;
  const isOrganisation =
    !isLocality && (await deps.repos.organisations.list()).items.some((organisation) => organisation.id === party);
  if (!isLocality && !isOrganisation) throw new NotFound("party", party);
};

/** A new need or offer, published at once; an editor's waits in the review queue. */
export const createNeedOffer = async (deps: WorkspaceDeps, actor: Actor, meta: RequestMeta, input: NeedOfferInput) => {
  const user = authorize(actor, { type: "needOffer.write", party: input.party });
  await assertIssuesExist(deps.repos, input.issues);
  await assertPartyExists(deps, input.party);
  // Loaded before the transaction: the matcher decides, inside it, who hears of the new item.
  const catalog = await (deps.catalog?.() ?? loadCatalog(deps.repos));
  return runChange(deps, meta, { changesData: true }, async (tx, at) => {
    const doc: NeedOffer = NeedOfferSchema.parse({
      id: `u-${deps.newId().replace(/-/g, "").slice(0, 16)}`,
      party: input.party,
      kind: input.kind,
      text: input.text,
      issues: input.issues,
      source: toSource(input.source, input.party, at.toISOString().slice(0, 10)),
      entered: { by: user.id, at: at.toISOString() },
      review: reviewStateFor(user, at),
    });
    await tx.records.saveAsUser("needOffer", doc, null);
    await enqueueMatchNotices(tx, catalog, doc, user.id, at);
    await trackSelfReport(
      tx,
      { actor: user, record: { kind: "needOffer", id: doc.id }, parties: [doc.party], newId: deps.newId },
      at,
    );
    return {
      value: doc,
      audit: {
        action: "needOffer.create",
        recordKind: "needOffer",
        recordId: doc.id,
        before: null,
        after: doc,
        reason: input.reason,
      },
    };
  });
};

/** Loads the record first: who may change it depends on whose it is. */
const loadForWrite = async (deps: WorkspaceDeps, actor: Actor, id: string) => {
  const stored = await deps.repos.records.get("needOffer", id);
  if (!stored) throw new NotFound("need or offer", id);
  return { stored, user: authorize(actor, { type: "needOffer.write", party: stored.doc.party }) };
};

export const updateNeedOffer = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: NeedOfferUpdate,
) => {
  const { user } = await loadForWrite(deps, actor, id);
  await assertIssuesExist(deps.repos, input.issues);
  const catalog = await (deps.catalog?.() ?? loadCatalog(deps.repos));
  return runChange(deps, meta, { changesData: true }, async (tx, at) => {
    const stored = await tx.records.get("needOffer", id);
    if (!stored) throw new NotFound("need or offer", id);
    const doc = NeedOfferSchema.parse({
      ...stored.doc,
      kind: input.kind,
      text: input.text,
      issues: input.issues,
      source: toSource(input.source, stored.doc.party, at.toISOString().slice(0, 10)),
      entered: { by: user.id, at: at.toISOString() },
      review: reviewStateFor(user, at),
    });
    await tx.records.saveAsUser("needOffer", doc, stored.origin === "reference" ? stored.doc : stored.baseDoc);
    await enqueueMatchNotices(tx, catalog, doc, user.id, at);
    await trackSelfReport(
      tx,
      { actor: user, record: { kind: "needOffer", id }, parties: [doc.party], newId: deps.newId },
      at,
    );
    return {
      value: doc,
      audit: {
        action: "needOffer.update",
        recordKind: "needOffer",
        recordId: id,
        before: stored.doc,
        after: doc,
        reason: input.reason,
      },
    };
  });
};

export const deleteNeedOffer = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  reason: string | undefined,
) => {
  const { user } = await loadForWrite(deps, actor, id);
  return runChange(deps, meta, { changesData: true }, async (tx, at) => {
    const stored = await tx.records.get("needOffer", id);
    if (!stored) throw new NotFound("need or offer", id);
    await tx.records.remove("needOffer", id, at);
    await trackSelfReport(
      tx,
      { actor: user, record: { kind: "needOffer", id }, parties: [stored.doc.party], removed: true, newId: deps.newId },
      at,
    );
    return {
      value: undefined,
      audit: {
        action: "needOffer.delete",
        recordKind: "needOffer",
        recordId: id,
        before: stored.doc,
        after: null,
        reason,
      },
    };
  });
};
