import { useTranslation } from "react-i18next";
import type { Relation } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { DateText } from "../../components/date-text.tsx";
import { SourceDetails } from "../../components/source-details.tsx";
import { parsePartialDate } from "../../lib/dates.ts";
import { pick } from "../../lib/lang.ts";
import { withKeys } from "../../lib/unique-keys.ts";

/** Outcomes, and every reading where the sources disagree (activities: the continuity timeline). */
export const RelationEvents = ({ relation }: { relation: Relation }) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
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
      {relation.conflicts.length ? (
        <section aria-labelledby="conflicts-title" className="conflicts">
          <h2 id="conflicts-title">{t("relation.conflicts")}</h2>
          {relation.conflicts.map((conflict) => (
            <div key={conflict.field} className="conflict">
              <h3>{t("relation.conflict-field", { field: conflict.field })}</h3>
              <ul className="fact-list">
                {withKeys(conflict.readings, (reading) => reading.value).map(([key, reading]) => (
                  <li key={key}>
                    <strong>
                      {parsePartialDate(reading.value) ? <DateText value={reading.value} /> : reading.value}
                    </strong>{" "}
                    <SourceDetails source={reading.source} />
                  </li>
                ))}
              </ul>
              {conflict.note ? <p className="note">{t("common.note", { note: conflict.note })}</p> : null}
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
};
