import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApi } from "../../api/use-api.ts";
import { usePolicy } from "../../api/use-policy.ts";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { labelOf } from "../../lib/labels.ts";
import { useSearchState } from "../../lib/use-search-state.ts";
import { DecidedNote, DecisionForm } from "../workspace/decision-form.tsx";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";
import { SubmissionSummary } from "../workspace/submission-summary.tsx";
import type { Submission } from "../workspace/types.ts";

const STATUSES = ["pending", "changes-requested", "approved", "rejected", "withdrawn"] as const;

const Queue = () => {
  const { t } = useTranslation();
  const { may, isReady } = usePolicy();
  const { values, set } = useSearchState(["status"] as const);
  const status = values.status || "pending";
  const list = useApi<{ items: Submission[] }>("/api/submissions", { status }, { staleTime: 0 });
  const [decided, setDecided] = useState<Submission | undefined>();
  if (isReady && !may({ type: "review.queue" }))
    return (
      <p role="alert" className="error">
        {t("error.forbidden.role")}
      </p>
    );
  return (
    <>
      <div className="field narrow-select">
        <label htmlFor="review-status">{t("registry.status")}</label>
        <select id="review-status" value={status} onChange={(event) => set({ status: event.target.value })}>
          {STATUSES.map((option) => (
            <option key={option} value={option}>
              {labelOf(t, "ws.status", option)}
            </option>
          ))}
        </select>
      </div>
      <DecidedNote decided={decided} />
      <QueryView query={list}>
        {(data) =>
          data.items.length ? (
            <ul className="submission-list review-queue">
              {data.items.map((submission) => (
                <li key={submission.id}>
                  <SubmissionSummary submission={submission} level={3} />
                  {submission.status === "pending" ? (
                    <DecisionForm submission={submission} as="facilitator" onDecided={setDecided} />
                  ) : null}
                  {may({ type: "audit.read" }) ? (
                    <p>
                      <Link
                        to={`/history/${submission.record.kind === "relation" && submission.kind === "relation-claim" ? submission.id : submission.record.id}`}
                      >
                        {t("ws.history.title")}
                      </Link>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="review-empty">{t("ws.review.empty")}</p>
          )
        }
      </QueryView>
    </>
  );
};

/** /review — the facilitators' queue: approve, reject with a reason, or ask for changes. */
export const ReviewPage = () => {
  const { t } = useTranslation();
  useTitle(t("ws.review.title"));
  return (
    <SignedInOnly>
      <h1 id="review-title">{t("ws.review.title")}</h1>
      <p className="lead">{t("ws.review.intro")}</p>
      <Queue />
    </SignedInOnly>
  );
};
