import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Relation } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { DateText } from "../../components/date-text.tsx";
import { PartyLink } from "../../components/party-link.tsx";
import { SourcesDetails } from "../../components/source-details.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatPartialDate } from "../../lib/dates.ts";
import { labelOf } from "../../lib/labels.ts";

/** Parties, type, status, dates at their precision, issues, channel, initiator, sources. */
export const RelationFacts = ({ relation }: { relation: Relation }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  // ISO partial dates sort as text: the last is the latest.
  const lastDate = [relation.start, ...relation.activities.map((activity) => activity.date)]
    .filter((date): date is string => typeof date === "string")
    .sort()
    .at(-1);
  // Every Thai party with every Japanese party: a relation of three provinces is three pairs.
  const pairs = relation.parties
    .filter((party) => party.startsWith("TH-"))
    .flatMap((thai) => relation.parties.filter((party) => party.startsWith("JP-")).map((japanese) => [thai, japanese]));
  return (
    <section aria-label={t("locality.overview")}>
      <dl className="facts">
        <dt>{t("field.parties")}</dt>
        <dd>
          <ul className="plain">
            {relation.parties.map((party) => (
              <li key={party}>
                <PartyLink id={party} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t("field.type")}</dt>
        <dd>{labelOf(t, "relation.type", relation.type)}</dd>
        <dt>{t("field.status")}</dt>
        <dd>
          <StatusBadge status={relation.status} suggested={relation.suggestedStatus} />
          {relation.form === "one-off" ? <span className="badge">{t("relation.form.one-off")}</span> : null}
          {lastDate && relation.suggestedStatus && relation.suggestedStatus !== relation.status ? (
            <span className="suggested-status">
              {" "}
              {t("status.suggested-by", {
                date: formatPartialDate(lastDate, lang),
                recorded: t("status.recorded", { status: labelOf(t, "relation.status", relation.status) }),
              })}
            </span>
          ) : null}
        </dd>
        <dt>{t("field.start")}</dt>
        <dd>{relation.start ? <DateText value={relation.start} /> : t("common.unknown")}</dd>
        {relation.end ? (
          <>
            <dt>{t("relation.end")}</dt>
            <dd>
              <DateText value={relation.end} />
            </dd>
          </>
        ) : null}
        <dt>{t("field.issues")}</dt>
        <dd>
          {relation.issues.length === 0 ? (
            t("common.none")
          ) : (
            <ul className="tag-list">
              {relation.issues.map((issue) => (
                <li key={issue}>
                  <Link to={`/issues/${issue}`}>{reference.issueLabel(issue)}</Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {relation.channel ? (
          <>
            <dt>{t("relation.channel")}</dt>
            <dd>{labelOf(t, "channel", relation.channel)}</dd>
          </>
        ) : null}
        {relation.initiator ? (
          <>
            <dt>{t("relation.initiator")}</dt>
            <dd>
              {relation.initiator.includes("-")
                ? reference.nameOf(relation.initiator)
                : labelOf(t, "initiator", relation.initiator)}
            </dd>
          </>
        ) : null}
        <dt>{t("common.sources")}</dt>
        <dd>
          <SourcesDetails sources={relation.sources} />
        </dd>
      </dl>
      {pairs.length === 1 ? (
        <p>
          <Link className="button" to={`/match/pair?a=${pairs[0]?.[0]}&b=${pairs[0]?.[1]}`}>
            {t("relation.evaluate")}
          </Link>
        </p>
      ) : pairs.length > 1 ? (
        <section aria-labelledby="evaluate-title">
          <h2 id="evaluate-title">{t("relation.evaluate")}</h2>
          <ul className="tag-list">
            {pairs.map(([thai = "", japanese = ""]) => (
              <li key={`${thai}|${japanese}`}>
                <Link to={`/match/pair?a=${thai}&b=${japanese}`}>
                  {t("pair.title", { a: reference.nameOf(thai), b: reference.nameOf(japanese) })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
};
