import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { displayYear } from "../../lib/dates.ts";
import { pick } from "../../lib/lang.ts";
import { ActForm } from "./act-form.tsx";
import { ContentView } from "./content-view.tsx";
import { DocumentsPanel } from "./documents-panel.tsx";
import { formatDate } from "./format.ts";
import { ReadinessPanel } from "./readiness-panel.tsx";
import { StepBadge } from "./step-badge.tsx";
import { TimelinePanel } from "./timeline-panel.tsx";
import type { Proposal, Readiness } from "./types.ts";
import "./proposals.css";

const ProposalView = ({ proposal }: { proposal: Proposal }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const readiness = useApi<Readiness>(
    `/api/proposals/${proposal.id}/readiness`,
    { v: proposal.updatedAt },
    { staleTime: 0 },
  );
  const pair = t("proposal.pair", {
    thai: reference.nameOf(proposal.thaiParty),
    japanese: reference.nameOf(proposal.japaneseParty),
  });
  const title = proposal.title ? pick(proposal.title, lang) : pair;
  useTitle(title);
  return (
    <article aria-labelledby="proposal-title" className="proposal">
      <header className="proposal-header">
        <h1 id="proposal-title">{title}</h1>
        <p>
          {pair} · {t(`relation.type.${proposal.instrument}` as never)} · {t(`proposal.path.${proposal.path}`)}
          {proposal.proposingBody
            ? ` · ${t("proposal.through", { body: reference.nameOf(proposal.proposingBody) })}`
            : ""}
        </p>
        <p>
          <StepBadge step={proposal.step} standing={proposal.standing} />
        </p>
        {proposal.awaiting ? <p>{t("proposal.awaiting", { act: t(`proposal.act.${proposal.awaiting}`) })}</p> : null}
        {proposal.reportYear !== null ? (
          <p className="notice-line">
            {t("lk.proposal.report-through", {
              year: displayYear(proposal.reportYear, lang),
              locality: reference.nameOf(proposal.thaiParty),
            })}{" "}
            <Link to={`/reports?locality=${proposal.thaiParty}&year=${proposal.reportYear}`}>
              {t("lk.proposal.open-report")}
            </Link>
          </p>
        ) : null}
        {proposal.state.step === "returned" || proposal.state.step === "rejected" ? (
          <blockquote className="returned">
            {proposal.state.step === "returned" ? proposal.state.comment : proposal.state.reason}
          </blockquote>
        ) : null}
        {proposal.japaneseApproval ? (
          <p>{t("proposal.japanese-approval", { date: formatDate(proposal.japaneseApproval.on, lang) })}</p>
        ) : null}
        <p className="actions">
          {proposal.canEdit ? (
            <Link className="button" to={`/proposals/${proposal.id}/edit`}>
              {t("proposal.edit")}
            </Link>
          ) : null}
          <Link className="button secondary" to={`/proposals/${proposal.id}/dossier`}>
            {t("proposal.dossier")}
          </Link>
          {proposal.relationId ? (
            <>
              <Link className="button secondary" to={`/registry/${proposal.relationId}`}>
                {t("proposal.relation")}
              </Link>
              <Link className="button secondary" to={`/registry/${proposal.relationId}/trips`}>
                {t("trips.title")}
              </Link>
            </>
          ) : null}
        </p>
      </header>
      <div className="proposal-grid">
        <div>
          <ActForm key={proposal.updatedAt} proposal={proposal} needsComment={readiness.data?.needsComment ?? false} />
          <ReadinessPanel id={proposal.id} updatedAt={proposal.updatedAt} />
        </div>
        <div>
          <TimelinePanel proposal={proposal} />
          <DocumentsPanel
            base={`/api/proposals/${proposal.id}`}
            documents={proposal.documents}
            canAttach={proposal.canAttach}
          />
        </div>
      </div>
      <ContentView content={proposal.content} />
    </article>
  );
};

/** One proposal: where it stands, what may be done now, the readiness check, the timeline, documents. */
export const ProposalPage = () => {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const proposal = useApi<Proposal>(`/api/proposals/${id}`, {}, { staleTime: 0 });
  return (
    <>
      <p className="breadcrumb">
        <Link to="/proposals">{t("proposals.title")}</Link>
      </p>
      <QueryView query={proposal}>{(data) => <ProposalView proposal={data} />}</QueryView>
    </>
  );
};
