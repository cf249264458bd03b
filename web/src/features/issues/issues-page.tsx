import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { Loading } from "../../components/loading.tsx";
import { useTitle } from "../../components/use-title.ts";
import { pick } from "../../lib/lang.ts";

/** The taxonomy as a two-level list: roots and the issues under them. */
export const IssuesPage = () => {
  const { t } = useTranslation();
  useTitle(t("issues.title"));
  const lang = useLang();
  const reference = useReference();
  const roots = reference.issues.filter((issue) => issue.parent === null);
  return (
    <section aria-labelledby="issues-title">
      <h1 id="issues-title">{t("issues.title")}</h1>
      <p className="lead">{t("issues.intro")}</p>
      {reference.isReady ? null : <Loading />}
      <ul className="issue-tree">
        {roots.map((root) => (
          <li key={root.id}>
            <h2>
              <Link to={`/issues/${root.id}`}>{pick(root.label, lang)}</Link>
            </h2>
            <ul className="tag-list">
              {reference.issues
                .filter((issue) => issue.parent === root.id)
                .map((issue) => (
                  <li key={issue.id}>
                    <Link to={`/issues/${issue.id}`}>{pick(issue.label, lang)}</Link>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
};
