import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Locality, MatchAnswer } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useReference } from "../../api/use-reference.ts";
import { LocalText } from "../../components/local-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { LocalityContacts } from "../atlas/locality-contacts.tsx";
import { ScoreBadge } from "../match/score-band.tsx";
import { Completeness } from "./completeness.tsx";
import type { WorkspaceAnswer } from "./types.ts";

type Entry = WorkspaceAnswer["localities"][number];

const Partners = ({ id }: { id: string }) => {
  const reference = useReference();
  const match = useApi<MatchAnswer>("/api/match", { from: id, limit: 5 });
  return (
    <QueryView query={match}>
      {(data) => (
        <ol className="partner-list">
          {data.results.map((result) => (
            <li key={result.id}>
              <Link to={`/match/pair?a=${id}&b=${result.id}`}>{reference.nameOf(result.id)}</Link>{" "}
              <ScoreBadge band={result.band} score={result.score} />
            </li>
          ))}
        </ol>
      )}
    </QueryView>
  );
};

const Contacts = ({ id }: { id: string }) => {
  const locality = useApi<Locality>(`/api/localities/${encodeURIComponent(id)}`);
  return locality.data ? (
    <LocalityContacts locality={id} contacts={locality.data.contacts ?? null} headingId={`contacts-${id}`} level={3} />
  ) : null;
};

/** One locality I speak for: how complete, what waits, what facilitators suggest, partners, contacts. */
export const LocalityCard = ({ entry }: { entry: Entry }) => {
  const { t } = useTranslation();
  const reference = useReference();
  const titleId = `locality-${entry.id}`;
  return (
    <section className="workspace-card" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <Link to={`/atlas/${entry.id}`}>{reference.nameOf(entry.id)}</Link>
      </h2>
      <p className="actions">
        <Link className="button" to={`/edit/${entry.id}`}>
          {t("ws.edit.profile")}
        </Link>
        <Link className="button secondary" to={`/propose-relation?party=${entry.id}`}>
          {t("ws.claim.title")}
        </Link>
        <Link className="button secondary" to={`/handover/${entry.id}`}>
          {t("cw.nav.handover")}
        </Link>
      </p>
      <Completeness locality={entry.id} score={entry.completeness.score} missing={entry.completeness.missing} />
      <p>{t("ws.awaiting-review", { count: entry.awaitingReview })}</p>
      <h3>{t("ws.recommendations")}</h3>
      {entry.recommendations.length ? (
        <ul className="fact-list">
          {entry.recommendations.map((recommendation) => {
            const other = recommendation.from === entry.id ? recommendation.to : recommendation.from;
            return (
              <li key={recommendation.id}>
                <Link to={`/match/pair?a=${entry.id}&b=${other}`}>{reference.nameOf(other)}</Link>
                {recommendation.issues.length
                  ? ` (${recommendation.issues.map((issue) => reference.issueLabel(issue)).join(", ")})`
                  : ""}
                {recommendation.note ? (
                  <>
                    {" — "}
                    <LocalText text={recommendation.note} />
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t("common.none")}</p>
      )}
      <h3>{t("locality.partners")}</h3>
      <Partners id={entry.id} />
      <Contacts id={entry.id} />
    </section>
  );
};
