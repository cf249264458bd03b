import { type ContactsInput, type FactInput, toSource } from "../../domain/editing.ts";
import { factIdOf, newFactId, PROFILE_SECTIONS, type ProfileSection } from "../../domain/fact-ids.ts";
import { type Fact, type Locality, LocalitySchema } from "../../domain/locality.ts";
import type { Actor, User } from "../../domain/policy/actor.ts";
import { authorize } from "../authorize.ts";
import { NotFound } from "../errors.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";
import { assertIssuesExist } from "./issue-check.ts";
import { reviewStateFor, trackSelfReport } from "./self-reports.ts";

type Edit = { doc: Locality; factId?: string; removed?: boolean; reason?: string | undefined };

/** One edit of a locality's profile: authorised, validated whole, written with its audit entry. */
const editLocality = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  localityId: string,
  change: (locality: Locality, user: User, at: Date) => Edit,
) => {
  const user = authorize(actor, { type: "locality.edit", locality: localityId });
  return runChange(deps, meta, { changesData: true }, async (tx, at) => {
    const stored = await tx.records.get("locality", localityId);
    if (!stored) throw new NotFound("locality", localityId);
    const edit = change(stored.doc, user, at);
    // The whole record is validated again: an edit can never leave an invalid record behind.
    const doc = LocalitySchema.parse(edit.doc);
    await tx.records.saveAsUser("locality", doc, stored.origin === "reference" ? stored.doc : stored.baseDoc);
    await trackSelfReport(
      tx,
      {
        actor: user,
        record: { kind: "locality", id: localityId },
        parties: [localityId],
        ...(edit.factId ? { factId: edit.factId } : {}),
        ...(edit.removed ? { removed: true } : {}),
        newId: deps.newId,
      },
      at,
    );
    return {
      value: doc,
      audit: {
        action: "locality.update",
        recordKind: "locality",
        recordId: localityId,
        before: stored.doc,
        after: doc,
        reason: edit.reason,
      },
    };
  });
};

const buildFact = (
  input: FactInput,
  localityId: string,
  user: User,
  at: Date,
  id: string,
): Omit<Fact, "kind"> & { kind?: string } => ({
  id,
  text: input.text,
  issues: input.issues,
  source: toSource(input.source, localityId, at.toISOString().slice(0, 10)),
  entered: { by: user.id, at: at.toISOString() },
  review: reviewStateFor(user, at),
  ...(input.section === "industries" ? { kind: input.kind ?? "industry" } : {}),
});

const findFact = (locality: Locality, factId: string): { section: ProfileSection; index: number } | undefined => {
  for (const section of PROFILE_SECTIONS) {
    const index = (locality[section] as Array<{ id?: string }>).findIndex((fact) => factIdOf(section, fact) === factId);
    if (index >= 0) return { section, index };
  }
  return undefined;
};

/**
 * What the editor's input has no field for but the replaced fact declared: its kind (a relation,
 * an event, a need …; for an industry, industry or speciality unless the input says) and whose
 * work it is (`by`). Kept while the fact stays in its list, since both describe the fact, not its
 * wording; a fact moved to another list takes that list's default, as the kinds differ by list.
 */
const carriedOver = (
  locality: Locality,
  found: { section: ProfileSection; index: number },
  input: FactInput,
): Partial<Pick<Fact, "kind" | "by">> => {
  if (input.section !== found.section) return {};
  const replaced = locality[found.section][found.index] as Pick<Fact, "kind" | "by"> | undefined;
  return {
    ...(replaced?.kind !== undefined && !(found.section === "industries" && input.kind) ? { kind: replaced.kind } : {}),
    ...(replaced?.by !== undefined ? { by: replaced.by } : {}),
  };
};

const withSection = (locality: Locality, section: ProfileSection, facts: unknown[]): Locality =>
  ({ ...locality, [section]: facts }) as Locality;

export const addFact = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  localityId: string,
  input: FactInput,
) => {
  await assertIssuesExist(deps.repos, input.issues);
  const id = newFactId(deps.newId());
  const doc = await editLocality(deps, actor, meta, localityId, (locality, user, at) => ({
    doc: withSection(locality, input.section, [...locality[input.section], buildFact(input, localityId, user, at, id)]),
    factId: id,
    reason: input.reason,
  }));
  return { id, locality: doc };
};

/** Replaces a fact (the reference's too); the new version is the user's, with its own source. */
export const updateFact = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  localityId: string,
  factId: string,
  input: FactInput,
) => {
  await assertIssuesExist(deps.repos, input.issues);
  const newId = factId.startsWith("f-r") ? newFactId(deps.newId()) : factId;
  const doc = await editLocality(deps, actor, meta, localityId, (locality, user, at) => {
    const found = findFact(locality, factId);
    if (!found) throw new NotFound("fact", factId);
    const fact = { ...buildFact(input, localityId, user, at, newId), ...carriedOver(locality, found, input) };
    const without = locality[found.section].filter((_fact, index) => index !== found.index);
    const target = input.section === found.section ? [...without] : [...locality[input.section]];
    if (input.section === found.section) target.splice(found.index, 0, fact as never);
    else target.push(fact as never);
    const moved = input.section === found.section ? locality : withSection(locality, found.section, without);
    return { doc: withSection(moved, input.section, target), factId: newId, reason: input.reason };
  });
  return { id: newId, locality: doc };
};

export const removeFact = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  localityId: string,
  factId: string,
  reason: string | undefined,
) =>
  editLocality(deps, actor, meta, localityId, (locality) => {
    const found = findFact(locality, factId);
    if (!found) throw new NotFound("fact", factId);
    const facts = locality[found.section].filter((_fact, index) => index !== found.index);
    return { doc: withSection(locality, found.section, facts), factId, removed: true, reason };
  });

export const updateContacts = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  localityId: string,
  input: ContactsInput,
) =>
  editLocality(deps, actor, meta, localityId, (locality, _user, at) => {
    const { reason, source, ...contacts } = input;
    return {
      doc: {
        ...locality,
        contacts: { ...contacts, source: toSource(source, localityId, at.toISOString().slice(0, 10)) },
      },
      factId: "contacts",
      reason,
    };
  });
