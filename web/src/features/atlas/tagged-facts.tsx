import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Fact } from "../../api/types.ts";
import { useReference } from "../../api/use-reference.ts";
import { LocalText } from "../../components/local-text.tsx";
import { ReviewBadge } from "../../components/review-badge.tsx";
import { SourceDetails } from "../../components/source-details.tsx";
import { withKeys } from "../../lib/unique-keys.ts";

/** Strengths or needs, each stated once with every issue it serves as a tag, and its source. */
export const TaggedFacts = ({ id, title, facts }: { id: string; title: string; facts: Fact[] }) => {
  const { t } = useTranslation();
  const reference = useReference();
  if (facts.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ul className="fact-list tagged">
        {withKeys(facts, (fact) => fact.id ?? JSON.stringify(fact.text)).map(([key, fact]) => (
          <li key={key} data-fact={fact.id ?? ""}>
            <LocalText text={fact.text} /> <ReviewBadge review={fact.review} /> <SourceDetails source={fact.source} />
            {fact.issues.length ? (
              <ul className="tag-list small" aria-label={t("profile.tags")}>
                {fact.issues.map((issue) => (
                  <li key={issue}>
                    <Link to={`/issues/${issue}`}>{reference.issueLabel(issue)}</Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
};
