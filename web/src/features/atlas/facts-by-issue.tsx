import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Fact } from "../../api/types.ts";
import { useReference } from "../../api/use-reference.ts";
import { LocalText } from "../../components/local-text.tsx";
import { ReviewBadge } from "../../components/review-badge.tsx";
import { SourceDetails } from "../../components/source-details.tsx";
import { withKeys } from "../../lib/unique-keys.ts";
import { groupByIssue } from "./group-by-issue.ts";

/** Strengths or needs under the issues they serve, each with its source. */
export const FactsByIssue = ({ id, title, facts }: { id: string; title: string; facts: Fact[] }) => {
  const { t } = useTranslation();
  const reference = useReference();
  if (facts.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="by-issue">
      <h2 id={`${id}-title`}>{title}</h2>
      {groupByIssue(facts).map(([issue, items]) => (
        <section key={issue ?? "other"} className="issue-group">
          <h3>
            {issue ? <Link to={`/issues/${issue}`}>{reference.issueLabel(issue)}</Link> : t("locality.other-issues")}
          </h3>
          <ul className="fact-list">
            {withKeys(items, (fact) => fact.id ?? JSON.stringify(fact.text)).map(([key, fact]) => (
              <li key={key} data-fact={fact.id}>
                <LocalText text={fact.text} /> <ReviewBadge review={fact.review} />{" "}
                <SourceDetails source={fact.source} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
};
