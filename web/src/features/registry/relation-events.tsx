import { useTranslation } from "react-i18next";
import type { Relation } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { ConflictsBlock } from "../../components/conflicts-block.tsx";
import { SourceDetails } from "../../components/source-details.tsx";
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
      <ConflictsBlock conflicts={relation.conflicts} />
    </>
  );
};
