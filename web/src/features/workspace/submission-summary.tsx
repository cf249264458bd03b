import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { diffRecords } from "../../../../src/domain/diff.ts";
import type { Fact, Locality, NeedOffer } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { ChangeList, ValueText } from "../../components/change-list.tsx";
import { InstantText } from "../../components/instant-text.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { SourceDetails } from "../../components/source-details.tsx";
import { labelOf } from "../../lib/labels.ts";
import { pick, type Text } from "../../lib/lang.ts";
import type { Submission } from "./types.ts";

type ClaimedRelation = {
  type: string;
  title: Partial<Text>;
  parties: string[];
  start?: string | null;
  status?: string;
};

const recordLink = (submission: Submission): string | undefined => {
  const { kind, id } = submission.record;
  if (kind === "locality") return `/atlas/${id}`;
  if (kind === "relation" && submission.kind !== "relation-claim") return `/registry/${id}`;
  if (kind === "needOffer") return `/atlas/${submission.parties[0] ?? ""}#needs-offers`;
  return undefined;
};

/** What an editor said of their own locality, as it stands now (a need or offer, a fact, or contacts). */
const SelfReportSubject = ({ submission }: { submission: Submission }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const party = submission.parties[0] ?? "";
  const isNeedOffer = submission.record.kind === "needOffer";
  const needsOffers = useApi<{ items: NeedOffer[] }>("/api/needs-offers", { party }, { enabled: isNeedOffer });
  const locality = useApi<Locality>(
    `/api/localities/${encodeURIComponent(submission.record.id)}`,
    {},
    {
      enabled: submission.record.kind === "locality",
    },
  );
  if (isNeedOffer) {
    const item = needsOffers.data?.items.find((candidate) => candidate.id === submission.record.id);
    return item ? (
      <p className="subject">
        <span className="badge">{t(`ws.${item.kind}`)}</span> <LocalText text={item.text} />{" "}
        <SourceDetails source={item.source} />
      </p>
    ) : null;
  }
  const factId = submission.payload.factId;
  if (!locality.data) return null;
  if (factId === "registration")
    return (
      <p className="subject">
        <span className="badge">{t("reg.title")}</span> {pick(locality.data.names, lang)} ·{" "}
        {labelOf(t, "tier", locality.data.tier)} · {reference.nameOf(locality.data.parent ?? "")}
      </p>
    );
  if (typeof factId !== "string") {
    return locality.data.contacts ? (
      <p className="subject">
        {t("ws.contacts.title")}: <ValueText value={locality.data.contacts.office} />{" "}
        {locality.data.contacts.email ?? ""}
      </p>
    ) : null;
  }
  const sections = ["strengths", "challenges", "industries"] as const;
  for (const section of sections) {
    const fact = (locality.data[section] as Fact[]).find((candidate) => candidate.id === factId);
    if (fact)
      return (
        <p className="subject">
          <span className="badge">{t(`field.${section}`)}</span> <LocalText text={fact.text} />{" "}
          <SourceDetails source={fact.source} />
        </p>
      );
  }
  return null;
};

const ReferenceUpdate = ({ payload }: { payload: Record<string, unknown> }) => {
  const { t } = useTranslation();
  const conflicts = Array.isArray(payload.conflicts) ? (payload.conflicts as string[]) : [];
  return (
    <div className="reference-update">
      <h4>{t("ws.review.reference-changes")}</h4>
      <ChangeList changes={diffRecords(payload.base, payload.reference)} />
      <h4>{t("ws.review.merge")}</h4>
      <ChangeList changes={diffRecords(payload.base, payload.merged)} />
      <p>
        {conflicts.length ? t("ws.review.conflicts", { fields: conflicts.join(", ") }) : t("ws.review.no-conflicts")}
      </p>
    </div>
  );
};

/** One submission: what it is about, who it involves, what is proposed, and its history so far. */
export const SubmissionSummary = ({ submission, level = 3 }: { submission: Submission; level?: 3 | 4 }) => {
  const { t } = useTranslation();
  const reference = useReference();
  const Heading = level === 3 ? "h3" : "h4";
  const relation = submission.payload.relation as ClaimedRelation | undefined;
  const base = submission.payload.base as ClaimedRelation | undefined;
  const link = recordLink(submission);
  return (
    <div className="submission" data-submission={submission.id} data-status={submission.status}>
      <Heading className="submission-title">
        {t(`ws.kind.${submission.kind}`)}:{" "}
        {relation ? (
          <LocalText text={relation.title} />
        ) : link ? (
          <Link to={link}>{reference.nameOf(submission.parties[0] ?? submission.record.id)}</Link>
        ) : (
          submission.record.id
        )}
      </Heading>
      <p className="submission-meta">
        <span className={`badge status-${submission.status}`}>{t(`ws.status.${submission.status}`)}</span>{" "}
        {t("ws.submission.parties")}: {submission.parties.map((party) => reference.nameOf(party)).join(", ")} ·{" "}
        <InstantText value={submission.submittedAt} />
      </p>
      {submission.kind === "self-report" ? <SelfReportSubject submission={submission} /> : null}
      {relation && submission.kind === "relation-claim" ? (
        <p className="subject">
          {labelOf(t, "relation.type", relation.type)} ·{" "}
          {relation.parties.map((party) => reference.nameOf(party)).join(" – ")}
          {relation.start ? ` · ${relation.start}` : ""}
        </p>
      ) : null}
      {relation && base && submission.kind === "relation-correction" ? (
        <ChangeList changes={diffRecords(base, relation).filter((change) => change.path !== "sources")} />
      ) : null}
      {submission.kind === "reference-update" ? <ReferenceUpdate payload={submission.payload} /> : null}
      {submission.comment ? (
        <p className="comment">{t("ws.submission.comment", { comment: submission.comment })}</p>
      ) : null}
      <ol className="events">
        {submission.events.map((event) => (
          <li key={`${event.at}:${event.action}`}>
            <InstantText value={event.at} /> {labelOf(t, "ws.event", event.action)}
            {event.reason ? ` — ${event.reason}` : ""}
          </li>
        ))}
      </ol>
    </div>
  );
};
