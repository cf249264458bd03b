import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApi } from "../../api/use-api.ts";
import { usePolicy } from "../../api/use-policy.ts";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { DecidedNote, DecisionForm } from "./decision-form.tsx";
import { LocalityCard } from "./locality-card.tsx";
import { MySubmissions } from "./my-submissions.tsx";
import { ScopeNames } from "./scope-names.tsx";
import { SignedInOnly } from "./sign-in-needed.tsx";
import { SubmissionSummary } from "./submission-summary.tsx";
import type { Submission, WorkspaceAnswer } from "./types.ts";

/** Shown to those who may register a Thai local government: facilitators, and a Thai province's editors. */
const RegisterLink = () => {
  const { t } = useTranslation();
  const { user, may } = usePolicy();
  const provinces = user ? [...user.scope.localities, "TH-10"] : [];
  if (!provinces.some((province) => may({ type: "locality.register", province }))) return null;
  return (
    <p className="actions">
      <Link className="button secondary" to="/register-locality">
        {t("reg.link")}
      </Link>
    </p>
  );
};

const Workspace = () => {
  const { t } = useTranslation();
  const { user, may } = usePolicy();
  const answer = useApi<WorkspaceAnswer>("/api/workspace", {}, { staleTime: 0 });
  const [decided, setDecided] = useState<Submission | undefined>();
  return (
    <>
      <h1 id="workspace-title">{t("ws.workspace.title")}</h1>
      <p className="lead">
        {user ? t("ws.workspace.who", { name: user.name, role: t(`role.${user.role}`) }) : null}{" "}
        {user ? <ScopeNames scope={user.scope} /> : null}
      </p>
      {may({ type: "review.queue" }) ? (
        <p className="actions">
          <Link className="button secondary" to="/review">
            {t("ws.nav.review")}
          </Link>
          <Link className="button secondary" to="/propose-relation">
            {t("ws.claim.title")}
          </Link>
          <span className="muted">{t("ws.workspace.facilitator-hint")}</span>
        </p>
      ) : null}
      <RegisterLink />
      <QueryView query={answer}>
        {(data) => (
          <>
            {data.localities.map((entry) => (
              <LocalityCard key={entry.id} entry={entry} />
            ))}
            {may({ type: "review.queue" }) ? null : (
              <section aria-labelledby="awaiting-me-title">
                <h2 id="awaiting-me-title">{t("ws.awaiting-me.title")}</h2>
                <DecidedNote decided={decided} />
                {data.awaitingMe.length ? (
                  <ul className="submission-list">
                    {data.awaitingMe.map((submission) => (
                      <li key={submission.id}>
                        <SubmissionSummary submission={submission} />
                        {submission.status === "pending" ? (
                          <DecisionForm submission={submission} as="other-party" onDecided={setDecided} />
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t("common.none")}</p>
                )}
              </section>
            )}
          </>
        )}
      </QueryView>
      <MySubmissions />
    </>
  );
};

/** /workspace — "My locality". */
export const WorkspacePage = () => {
  const { t } = useTranslation();
  useTitle(t("ws.workspace.title"));
  return (
    <SignedInOnly>
      <Workspace />
    </SignedInOnly>
  );
};
