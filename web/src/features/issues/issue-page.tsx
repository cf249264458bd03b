import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Issue } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { Loading } from "../../components/loading.tsx";
import { NotFoundNotice } from "../../components/not-found-notice.tsx";
import { useTitle } from "../../components/use-title.ts";
import { LANGS, pick } from "../../lib/lang.ts";
import { IssuePairs } from "./issue-pairs.tsx";
import { NeedsOffers } from "./needs-offers.tsx";

const IssueView = ({ issue }: { issue: Issue }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  useTitle(pick(issue.label, lang));
  const narrower = reference.issues.filter((item) => item.parent === issue.id);
  return (
    <article aria-labelledby="issue-title" className="profile">
      <header className="profile-header">
        <h1 id="issue-title">{pick(issue.label, lang)}</h1>
        <p className="lead">{pick(issue.definition, lang)}</p>
        {issue.parent ? (
          <p>
            {t("issue.parent")}: <Link to={`/issues/${issue.parent}`}>{reference.issueLabel(issue.parent)}</Link>
          </p>
        ) : null}
        {narrower.length ? (
          <p>
            {t("issue.narrower")}:{" "}
            {narrower.map((item, index) => (
              <span key={item.id}>
                {index ? ", " : ""}
                <Link to={`/issues/${item.id}`}>{pick(item.label, lang)}</Link>
              </span>
            ))}
          </p>
        ) : null}
        <details>
          <summary>{t("issue.synonyms")}</summary>
          <ul className="plain">
            {LANGS.map((other) => (
              <li key={other} lang={other}>
                {(issue.synonyms[other] ?? []).join(" · ")}
              </li>
            ))}
          </ul>
        </details>
        <p>
          <Link className="button" to={`/match?issue=${encodeURIComponent(issue.label[lang])}`}>
            {t("issue.explore")}
          </Link>
        </p>
      </header>
      <NeedsOffers issue={issue.id} />
      <IssuePairs issue={issue} />
    </article>
  );
};

export const IssuePage = () => {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const reference = useReference();
  const issue = reference.issue(id);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/issues">{t("issue.back")}</Link>
      </p>
      {issue ? <IssueView issue={issue} /> : reference.isReady ? <NotFoundNotice /> : <Loading />}
    </>
  );
};
