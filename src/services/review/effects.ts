import { factIdOf, PROFILE_SECTIONS } from "../../domain/fact-ids.ts";
import { type Locality, LocalitySchema } from "../../domain/locality.ts";
import { deepEqual } from "../../domain/merge.ts";
import type { Scope } from "../../domain/policy/actor.ts";
import { REGISTRATION_FACT } from "../../domain/registration/tiers.ts";
import { NeedOfferSchema, type Relation, RelationSchema } from "../../domain/relation.ts";
import type { Decision, Submission } from "../../domain/review.ts";
import type { ReviewState } from "../../domain/review-state.ts";
import type { RecordDocs, RecordKindName } from "../../store/records.repository.ts";
import type { Repositories } from "../../store/repositories.ts";
import { Conflict } from "../errors.ts";
import type { AuditDraft } from "../workspace/context.ts";
import { applyContinuityDecision } from "./continuity-effects.ts";

export type Effect = { audit: AuditDraft };

const SCHEMAS = {
  locality: LocalitySchema,
  relation: RelationSchema,
  needOffer: NeedOfferSchema,
} as const;

const parseRecord = <K extends RecordKindName>(kind: K, doc: unknown): RecordDocs[K] =>
  (kind === "organisation" ? doc : SCHEMAS[kind as keyof typeof SCHEMAS].parse(doc)) as RecordDocs[K];

const onSubmission = (submission: Submission, action: string, reason?: string): Effect => ({
  audit: { action, recordKind: "submission", recordId: submission.id, before: null, after: submission, reason },
});

/** The fact a self-report is about, marked reviewed or taken out. */
const settleFact = (locality: Locality, factId: unknown, change: (facts: unknown[], index: number) => unknown[]) => {
  for (const section of PROFILE_SECTIONS) {
    const facts = locality[section] as Array<{ id?: string }>;
    const index = facts.findIndex((fact) => factIdOf(section, fact) === factId);
    if (index >= 0) return { ...locality, [section]: change(facts, index) } as Locality;
  }
  return locality;
};

const writeRecord = async <K extends RecordKindName>(
  tx: Repositories,
  kind: K,
  doc: RecordDocs[K],
  previous: { origin: string; doc: RecordDocs[K]; baseDoc: RecordDocs[K] | null } | undefined,
) => tx.records.saveAsUser(kind, doc, previous?.origin === "reference" ? previous.doc : (previous?.baseDoc ?? null));

/**
 * What a decision does to the records, inside the decision's transaction, and the one audit entry
 * that describes it: on the record it changed, or on the submission when no record changed.
 */
export const applyDecision = async (
  tx: Repositories,
  submission: Submission,
  decision: Decision,
  reviewer: { id: string; scope?: Scope | undefined },
  at: Date,
  reason: string | undefined,
): Promise<Effect> => {
  if (submission.kind === "activity-report" || submission.kind === "annual-report")
    return applyContinuityDecision(tx, submission, decision, reviewer, at, reason);
  const { kind: recordKind, id: recordId } = submission.record as { kind: RecordKindName; id: string };
  const stored = await tx.records.get(recordKind, recordId);
  const audit = (action: string, before: unknown, after: unknown): Effect => ({
    audit: {
      action,
      recordKind,
      recordId,
      before,
      after,
      reason: reason ?? `${submission.kind} ${submission.id} ${decision}`,
    },
  });

  if (submission.kind === "relation-claim" || submission.kind === "relation-correction") {
    if (decision !== "approve") return onSubmission(submission, `submission.${decision}`, reason);
    const relation = RelationSchema.parse(submission.payload.relation) as Relation;
    if (submission.kind === "relation-claim") {
      if (stored) throw new Conflict("error.already-exists", { what: recordId });
      await tx.records.saveAsUser("relation", relation, null);
      return audit("relation.create", null, relation);
    }
    if (!stored || !deepEqual(stored.doc, submission.payload.base))
      throw new Conflict("error.conflict", { detail: "the relation changed after the correction was proposed" });
    await writeRecord(tx, "relation", relation, stored as never);
    return audit("relation.update", stored.doc, relation);
  }

  if (submission.kind === "self-report") {
    if (decision === "request-changes") return onSubmission(submission, "submission.request-changes", reason);
    if (!stored) return onSubmission(submission, `submission.${decision}`, reason);
    const reviewed: ReviewState = { status: "reviewed", by: reviewer.id, at: at.toISOString() };
    if (recordKind === "needOffer") {
      if (decision === "reject") {
        await tx.records.remove("needOffer", recordId, at);
        return audit("needOffer.delete", stored.doc, null);
      }
      const doc = parseRecord("needOffer", { ...stored.doc, review: reviewed });
      await writeRecord(tx, "needOffer", doc, stored as never);
      return audit("needOffer.review", stored.doc, doc);
    }
    if (recordKind === "locality" && submission.payload.factId === REGISTRATION_FACT) {
      // A registration a reviewer rejects was not a real body (or a duplicate): it leaves the atlas.
      if (decision === "reject") {
        await tx.records.remove("locality", recordId, at);
        return audit("locality.delete", stored.doc, null);
      }
      const doc = parseRecord("locality", { ...stored.doc, review: reviewed });
      await writeRecord(tx, "locality", doc, stored as never);
      return audit("locality.review", stored.doc, doc);
    }
    if (recordKind === "locality") {
      const locality = stored.doc as Locality;
      const factId = submission.payload.factId;
      const next =
        factId === "contacts"
          ? decision === "reject"
            ? (({ contacts: _contacts, ...rest }) => rest as Locality)(locality)
            : locality
          : settleFact(locality, factId, (facts, index) =>
              decision === "reject"
                ? facts.filter((_fact, position) => position !== index)
                : facts.map((fact, position) =>
                    position === index ? { ...(fact as object), review: reviewed } : fact,
                  ),
            );
      if (deepEqual(next, locality)) return onSubmission(submission, `submission.${decision}`, reason);
      const doc = parseRecord("locality", next);
      await writeRecord(tx, "locality", doc, stored as never);
      return audit(decision === "reject" ? "locality.update" : "locality.review", locality, doc);
    }
    return onSubmission(submission, `submission.${decision}`, reason);
  }

  // A reference update: take the merge, or keep the user's version and stop asking.
  if (!stored) return onSubmission(submission, `submission.${decision}`, reason);
  const reference = submission.payload.reference as RecordDocs[typeof recordKind];
  if (decision === "approve") {
    const merged = parseRecord(recordKind, submission.payload.merged);
    if (deepEqual(merged, reference)) await tx.records.saveAsReference(recordKind, merged);
    else await tx.records.saveAsUser(recordKind, merged, reference);
    return audit(`${recordKind}.update`, stored.doc, merged);
  }
  if (decision === "request-changes")
    throw new Conflict("error.submission-state", { status: "pending", action: decision });
  await tx.records.saveAsUser(recordKind, stored.doc, reference);
  return onSubmission(submission, "submission.reject", reason);
};
