import { useTranslation } from "react-i18next";
import { useApi } from "../../api/use-api.ts";
import { useWrite } from "../../api/use-write.ts";
import { QueryView } from "../../components/query-view.tsx";
import { SubmissionSummary } from "./submission-summary.tsx";
import { isOpen, type Submission } from "./types.ts";

const Withdraw = ({ submission }: { submission: Submission }) => {
  const { t } = useTranslation();
  const withdraw = useWrite();
  return (
    <p className="actions">
      <button
        type="button"
        className="button secondary"
        disabled={withdraw.isPending}
        onClick={() =>
          withdraw.mutate({ method: "POST", path: `/api/submissions/${submission.id}/withdraw`, body: {} })
        }
      >
        {t("ws.submission.withdraw")}
      </button>
      {withdraw.error ? <span role="alert">{withdraw.error.message}</span> : null}
    </p>
  );
};

/** Everything I submitted, newest first, with its outcome and the reviewer's reason. */
export const MySubmissions = () => {
  const { t } = useTranslation();
  const list = useApi<{ items: Submission[] }>("/api/submissions", { mine: "true" }, { staleTime: 0 });
  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">{t("ws.mine.title")}</h2>
      <QueryView query={list}>
        {(data) =>
          data.items.length ? (
            <ul className="submission-list">
              {data.items.map((submission) => (
                <li key={submission.id}>
                  <SubmissionSummary submission={submission} />
                  {isOpen(submission) && submission.kind !== "self-report" ? (
                    <Withdraw submission={submission} />
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("common.none")}</p>
          )
        }
      </QueryView>
    </section>
  );
};
