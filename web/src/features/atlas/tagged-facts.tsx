import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Fact } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { SourceDetails } from "../../components/source-details.tsx";
import { pick } from "../../lib/lang.ts";
import { withKeys } from "../../lib/unique-keys.ts";

/** Strengths or needs, each stated once with every issue it serves as a tag, and its source. */
export const TaggedFacts = ({ id, title, facts }: { id: string; title: string; facts: Fact[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  if (facts.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ul className="fact-list tagged">
        {withKeys(facts, (fact) => fact.text.en).map(([key, fact]) => (
          <li key={key} data-fact>
            {pick(fact.text, lang)} <SourceDetails source={fact.source} />
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
