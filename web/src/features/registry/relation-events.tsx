import { useTranslation } from "react-i18next";
import type { Relation } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { ConflictsBlock } from "../../components/conflicts-block.tsx";
import { DateText } from "../../components/date-text.tsx";
import { SourceDetails } from "../../components/source-details.tsx";
import { pick } from "../../lib/lang.ts";
import { withKeys } from "../../lib/unique-keys.ts";

/** Activities in date order, outcomes, and every reading where the sources disagree. */
export const RelationEvents = ({ relation }: { relation: Relation }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const activities = [...relation.activities].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
  return (
    <>
      <section aria-labelledby="activities-title">
        <h2 id="activities-title">{t("relation.activities")}</h2>
        {activities.length === 0 ? (
          <p>{t("common.none")}</p>
        ) : (
          <ol className="timeline">
            {withKeys(activities, (activity) => `${activity.date ?? ""}:${activity.text.en}`).map(([key, activity]) => (
              <li key={key} className="timeline-item">
                <strong>{activity.date ? <DateText value={activity.date} /> : t("locality.no-date")}</strong>{" "}
                {pick(activity.text, lang)} <SourceDetails source={activity.source} />
              </li>
            ))}
          </ol>
        )}
      </section>
      {relation.outcomes.length ? (
        <section aria-labelledby="outcomes-title">
          <h2 id="outcomes-title">{t("relation.outcomes")}</h2>
          <ul className="fact-list">
            {withKeys(relation.outcomes, (outcome) => outcome.text.en).map(([key, outcome]) => (
              <li key={key}>
                {pick(outcome.text, lang)} <SourceDetails source={outcome.source} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ConflictsBlock conflicts={relation.conflicts} />
    </>
  );
};
