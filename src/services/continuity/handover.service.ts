import { z } from "zod";
import { EmailSchema } from "../../domain/account.ts";
import { isCounted } from "../../domain/activity.ts";
import { mayHaveAnnualReport, reportsToMoi } from "../../domain/annual-report.ts";
import { indicatorYear } from "../../domain/objectives.ts";
import { type Actor, speaksFor } from "../../domain/policy/actor.ts";
import { awaitedFrom, IN_PROGRESS_STEPS } from "../../domain/proposals/in-progress.ts";
import { daysBetween } from "../../domain/proposals/timeline.ts";
import { healthOfRelation } from "../../domain/rules/health-of-relation.ts";
import { LangSchema } from "../../domain/text.ts";
import { t } from "../../i18n/index.ts";
import { deliverLink, formatExpiry, issueLink, roleLabel } from "../auth/links.ts";
import { authorize } from "../authorize.ts";
import { Conflict, InvalidInput, NotFound } from "../errors.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";

export const HandoverInputSchema = z
  .object({
    outgoingUserId: z.uuid().describe("The officer handing over"),
    email: EmailSchema.describe("The successor's address: they are invited with the same role and scope"),
    note: z.string().trim().max(4000).optional().describe("What the successor should know first"),
    lang: LangSchema.default("th").describe("Language of the invitation email"),
  })
  .strict();
export type HandoverInput = z.infer<typeof HandoverInputSchema>;

const HISTORY = 40;

const loadLocality = async (deps: WorkspaceDeps, id: string) => {
  const locality = await deps.repos.localities.get(id);
  if (!locality) throw new NotFound("locality", id);
  return locality;
};

/**
 * Everything a new officer needs on one page: who is responsible, how to reach them, every
 * relation with its last activity, health and open commitments, what is in progress, which
 * reports are due, and the history in brief. Read-only; nothing here depends on any account
 * still being active.
 */
export const handoverDossier = async (deps: WorkspaceDeps, actor: Actor, localityId: string) => {
  authorize(actor, { type: "locality.dossier", locality: localityId });
  const locality = await loadLocality(deps, localityId);
  const today = deps.now();
  const year = today.getUTCFullYear();
  const { items: relations } = await deps.repos.relations.list({ party: localityId });
  const ids = relations.map((relation) => relation.id);
  const [logs, plans, confirmed, users, handovers, reports, proposals] = await Promise.all([
    deps.repos.activities.forRelations(ids),
    deps.repos.objectives.forRelations(ids),
    deps.repos.objectives.lastConfirmed(ids),
    deps.repos.users.list(),
    deps.repos.handovers.forLocality(localityId),
    deps.repos.annualReports.list({ localityId }),
    deps.repos.proposals.list({ party: localityId, steps: IN_PROGRESS_STEPS }),
  ]);
  const people = new Map(users.map((user) => [user.id, user]));
  const todayIso = today.toISOString().slice(0, 10);
  const relationRows = relations.map((relation) => {
    const logged = (logs.get(relation.id) ?? []).filter(isCounted);
    const objectives = plans.get(relation.id) ?? [];
    const health = healthOfRelation(relation, logged, objectives, confirmed.get(relation.id), today);
    const past = logged.filter((activity) => activity.date <= todayIso);
    const last = past.at(-1);
    const planned = logged.filter((activity) => activity.date > todayIso);
    const targets = objectives.flatMap((objective) =>
      objective.indicators.flatMap((indicator) => {
        const progress = indicatorYear(indicator, logged, year);
        return progress.target !== null && !progress.isMet
          ? [{ objective: objective.text, indicator: indicator.name, unit: indicator.unit ?? null, ...progress }]
          : [];
      }),
    );
    return {
      id: relation.id,
      title: relation.title,
      type: relation.type,
      status: relation.status,
      partners: relation.parties.filter((party) => party !== localityId),
      health,
      lastActivity: last
        ? { id: last.id, date: last.date, title: last.title, kind: last.kind }
        : health.lastActivity
          ? { id: null, date: health.lastActivity, title: null, kind: null }
          : null,
      commitments: {
        planned: planned.map((activity) => ({
          id: activity.id,
          date: activity.date,
          title: activity.title,
          kind: activity.kind,
        })),
        targets,
      },
    };
  });
  const submissions = await deps.repos.submissions.list({
    parties: [localityId],
    status: ["pending", "changes-requested"],
  });
  const lastYear = year - 1;
  const reportOf = (y: number) => reports.find((report) => report.year === y);
  const history = await deps.repos.audit.forRecords(
    [
      localityId,
      ...ids,
      ...[...logs.values()].flat().map((activity) => activity.id),
      ...reports.map((report) => report.id),
    ],
    HISTORY,
  );
  return {
    locality: { id: locality.id, names: locality.names, country: locality.country, tier: locality.tier },
    contacts: locality.contacts ?? null,
    officers: users
      .filter((user) => user.role === "editor" && speaksFor(user.scope, localityId))
      .map((user) => ({
        id: user.id,
        name: user.name,
        email: user.email,
        status: user.status,
        lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
      })),
    relations: relationRows.sort(
      (a, b) => (b.health.monthsSilent ?? -1) - (a.health.monthsSilent ?? -1) || a.id.localeCompare(b.id),
    ),
    inProgress: submissions.map((submission) => ({
      id: submission.id,
      kind: submission.kind,
      status: submission.status,
      record: submission.record,
      submittedAt: submission.submittedAt,
      submittedBy: submission.submittedBy ? (people.get(submission.submittedBy)?.name ?? null) : null,
    })),
    proposals: proposals.map((proposal) => ({
      id: proposal.id,
      title: proposal.content.title ?? null,
      instrument: proposal.content.instrument,
      parties: [proposal.content.thaiParty, proposal.content.japaneseParty],
      step: proposal.state.step,
      stepSince: proposal.stepSince,
      days: daysBetween(proposal.stepSince, today),
      awaiting: awaitedFrom(proposal),
    })),
    reports: {
      reportsToMoi: reportsToMoi(locality),
      mayReport: mayHaveAnnualReport(locality),
      due:
        reportsToMoi(locality) && !["submitted", "acknowledged"].includes(reportOf(lastYear)?.state ?? "")
          ? [{ year: lastYear, reportId: reportOf(lastYear)?.id ?? null, state: reportOf(lastYear)?.state ?? null }]
          : [],
      all: reports.map((report) => ({ id: report.id, year: report.year, state: report.state })),
    },
    handovers: handovers.map((handover) => {
      const successor = users.find((user) => user.email === handover.successorEmail);
      return {
        id: handover.id,
        at: handover.createdAt.toISOString(),
        from: people.get(handover.outgoingUserId)?.name ?? null,
        fromEmail: people.get(handover.outgoingUserId)?.email ?? null,
        to: handover.successorEmail,
        note: handover.note,
        // Accepting makes the account (or enables a disabled one) after the handover was made.
        isAccepted:
          successor?.status === "active" &&
          (successor.createdAt >= handover.createdAt || successor.updatedAt >= handover.createdAt),
      };
    }),
    history: history.map((entry) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      action: entry.action,
      recordKind: entry.recordKind,
      recordId: entry.recordId,
      by: entry.actorEmail,
      reason: entry.reason,
    })),
  };
};

/**
 * "Hand over to a new officer": invites the successor with the outgoing officer's role and scope,
 * and records the handover (in the locality's history, and on the handover page). The outgoing
 * account is left as it is; disabling it later loses nothing, since records do not belong to accounts.
 */
export const handOver = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  localityId: string,
  input: HandoverInput,
  baseUrl: string,
) => {
  authorize(actor, { type: "locality.handover", locality: localityId, outgoingUserId: input.outgoingUserId });
  await loadLocality(deps, localityId);
  const outgoing = await deps.repos.users.byId(input.outgoingUserId);
  if (outgoing?.role !== "editor" || !speaksFor(outgoing.scope, localityId))
    throw new InvalidInput([{ field: "outgoingUserId", key: "v.handover-outgoing" }]);
  if (outgoing.email === input.email) throw new InvalidInput([{ field: "email", key: "v.handover-self" }]);
  const existing = await deps.repos.users.byEmail(input.email);
  if (existing?.status === "active") throw new Conflict("error.already-exists", { what: input.email });
  const id = deps.newId();
  const issued = await runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const link = await issueLink(
      tx,
      "invitation",
      { email: input.email, role: "editor", scope: outgoing.scope, createdBy: meta.actor?.id ?? null },
      at,
    );
    const handover = {
      id,
      localityId,
      outgoingUserId: outgoing.id,
      successorEmail: input.email,
      scope: outgoing.scope,
      note: input.note ?? null,
      createdBy: meta.actor?.id ?? outgoing.id,
      createdAt: at,
    };
    await tx.handovers.insert(handover);
    return {
      value: { link, handover },
      audit: {
        action: "locality.handover",
        recordKind: "locality",
        recordId: localityId,
        before: { officer: outgoing.email },
        after: { successor: input.email, scope: outgoing.scope, expiresAt: link.expiresAt.toISOString() },
        reason: input.note,
      },
    };
  });
  const url = new URL(issued.link.path, baseUrl).toString();
  const delivery = await deliverLink(
    deps.mailer,
    {
      to: input.email,
      subject: t(input.lang, "mail.invitation.subject"),
      body: (link) =>
        t(input.lang, "mail.invitation.body", {
          inviter: meta.actorEmail ?? outgoing.email,
          role: roleLabel(input.lang, "editor"),
          scope: [...outgoing.scope.localities, ...outgoing.scope.organisations].join(", "),
          expires: formatExpiry(input.lang, issued.link.expiresAt),
          link,
        }),
    },
    url,
    { mayShowLink: true },
  );
  return {
    id,
    successor: input.email,
    scope: outgoing.scope,
    expiresAt: issued.link.expiresAt.toISOString(),
    ...delivery,
  };
};
