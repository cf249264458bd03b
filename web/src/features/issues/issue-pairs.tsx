import { useTranslation } from "react-i18next";
import type { Issue, PairsAnswer } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { QueryView } from "../../components/query-view.tsx";
import { ResultCard } from "../match/result-card.tsx";

/** The best Thai–Japanese pairs for the issue (GET /api/match/pairs, asked by its English label). */
export const IssuePairs = ({ issue }: { issue: Issue }) => {
  const { t } = useTranslation();
  const pairs = useApi<PairsAnswer>("/api/match/pairs", { issue: issue.label.en, limit: 5 });
  const pairQuery = `&issue=${encodeURIComponent(issue.label.en)}`;
  return (
    <section aria-labelledby="pairs-title">
      <h2 id="pairs-title">{t("issue.pairs")}</h2>
      <QueryView query={pairs}>
        {(answer) => (
          <ol className="results">
            {answer.results.map((result, index) => (
              <ResultCard
                key={`${result.thai}-${result.japanese}`}
                rank={index + 1}
                result={result}
                pairQuery={pairQuery}
              />
            ))}
          </ol>
        )}
      </QueryView>
    </section>
  );
};
